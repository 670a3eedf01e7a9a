/**
 * Deterministic synthetic content for the scale run: N articles of ~1500 words (headings, a table,
 * code, a callout, a list, real fact ids) with two FAQ entries each, written into a copy of
 * content/. The text is spliced from runs of words of the real articles and FAQ answers, so word
 * frequencies, and with them the search index, look like the site's own. Same seed and same real
 * content give the same files.
 *
 * On request the same articles and answers are also written for a bare Astro + MDX site (scripts/bench/bare-site.ts):
 * each MDX element replaced by the plain Markdown the site's Markdown copy gives it (a fact as its
 * value and source link, a callout as a block quote), so both sites build the same text.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml, stringify as toYaml } from 'yaml';
import { parseMdx, plainText } from '../../src/data/mdx-body.ts';
import { topicIds } from '../../src/data/topics.ts';
import { citeLabel } from '../../src/facts/cite-label.ts';
import { factReadsAsCode, formatFact } from '../../src/facts/format-fact.ts';
import type { Fact } from '../../src/schemas/fact.ts';
import type { Source } from '../../src/schemas/source.ts';

export interface SyntheticSet {
  /** Slugs (= URL paths /<slug>/) of the generated articles. */
  readonly articles: readonly string[];
  readonly faqEntries: number;
  /** Mean words of prose, table, list and code per article. */
  readonly wordsPerArticle: number;
}

const targetWords = 1500;
const headings = [
  'Deployment model',
  'Latency budget',
  'Scaling out',
  'State and recovery',
  'Delivery guarantees',
  'Windowing and late data',
  'Joins across streams',
  'Testing the topology',
  'Rolling upgrades',
  'Monitoring lag',
  'Cost of running it',
  'Securing the pipeline',
  'Schema evolution',
  'Backpressure',
  'Partitioning keys',
  'Checkpoints and offsets',
  'Serialization formats',
  'Operating in production',
  'Failure modes',
  'Migrating a job',
];

/** mulberry32: a small, fast, deterministic generator of numbers in [0, 1). */
function randomFrom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const headingId = (text: string) => text.toLowerCase().replace(/\s+/g, '-');

/** Words of the real articles and FAQ answers, in reading order, without markup or MDX-special characters. */
function sourceWords(contentDir: string): string[] {
  const bodies = ['articles', 'faq'].flatMap((folder) =>
    readdirSync(path.join(contentDir, folder))
      .filter((f) => f.endsWith('.mdx'))
      .sort()
      .map((f) => readFileSync(path.join(contentDir, folder, f), 'utf8').replace(/^---[\s\S]*?\n---\n/, '')),
  );
  const text = bodies
    .map((body) => body.replace(/```[\s\S]*?```/g, ' ').replace(/^\s*[#|].*$/gm, ' '))
    .map((body) => plainText(parseMdx(body), () => ''))
    .join(' ');
  return (
    text
      .replace(/[^A-Za-z0-9 .,;:'()%/-]/g, ' ')
      .split(/\s+/)
      // Names such as Trigger.Once come from code spans; as loose prose words they would read as two sentences run together.
      .filter((w) => /[A-Za-z0-9]/.test(w) && !/\p{L}\.\p{Lu}/u.test(w))
  );
}

/**
 * Frontmatter of the first real entry of a collection folder, the template of every synthetic one:
 * fields the schema gains later (dates, flags) carry over without changing the generator.
 */
function frontmatterTemplate(folder: string): Record<string, unknown> {
  const first = readdirSync(folder)
    .filter((f) => f.endsWith('.mdx'))
    .sort()[0];
  if (!first) throw new Error(`no .mdx entry in ${folder} to use as a template`);
  const match = /^---\n([\s\S]*?)\n---/.exec(readFileSync(path.join(folder, first), 'utf8'));
  return (parseYaml(match?.[1] ?? '') ?? {}) as Record<string, unknown>;
}

const mdx = (frontmatter: Record<string, unknown>, body: string) => `---\n${toYaml(frontmatter)}---\n\n${body}\n`;

/** A piece of an article in its two forms: MDX for the site, plain Markdown for the bare site. */
interface Twin {
  readonly mdx: string;
  readonly md: string;
}

const both = (text: string): Twin => ({ mdx: text, md: text });
const joined = (parts: readonly Twin[], separator: string): Twin => ({
  mdx: parts.map((p) => p.mdx).join(separator),
  md: parts.map((p) => p.md).join(separator),
});

/** A fact as the site's Markdown copy writes it (src/markdown-copy/nodes.ts): its value, then its source as a link. */
function factMarkdown(fact: Fact, sources: Readonly<Record<string, Source>>): string {
  const value = formatFact(fact);
  const shown = factReadsAsCode(fact) ? `\`${value}\`` : value;
  const source = fact.source ? sources[fact.source] : undefined;
  return source ? `${shown} ([${citeLabel(source)}](${source.url}))` : `${shown} (estimate)`;
}

export interface SyntheticOptions {
  /** Seed of the generator; the same seed and the same real content give the same files. */
  readonly seed?: number;
  /**
   * Where to write the content again for the bare site, in plain Markdown: `articles/<slug>.mdx`
   * (title and description only) and `faq/<id>.mdx` (the question only).
   */
  readonly bareDir?: string;
}

/** Writes `count` synthetic articles and their FAQ entries into `contentDir` (a copy of content/), and their bare copies on request. */
export function writeSyntheticContent(contentDir: string, count: number, { seed = 8, bareDir }: SyntheticOptions = {}): SyntheticSet {
  const random = randomFrom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const words = sourceWords(contentDir);
  if (words.length < 200) throw new Error(`too little text under ${contentDir} to splice synthetic articles from`);
  const facts = parseYaml(readFileSync(path.join(contentDir, 'facts.yaml'), 'utf8')) as Record<string, Fact>;
  const sources = parseYaml(readFileSync(path.join(contentDir, 'sources.yaml'), 'utf8')) as Record<string, Source>;
  const factIds = Object.keys(facts).sort();
  const versionIds = factIds.filter((id) => facts[id]?.kind === 'version');
  const articleTemplate = frontmatterTemplate(path.join(contentDir, 'articles'));
  const faqTemplate = frontmatterTemplate(path.join(contentDir, 'faq'));

  let written = 0;
  /** A run of consecutive source words. */
  const run = (min: number, max: number): string[] => {
    const length = min + Math.floor(random() * (max - min + 1));
    const start = Math.floor(random() * (words.length - length));
    return words.slice(start, start + length);
  };
  const sentence = () => {
    const w = run(8, 18);
    written += w.length;
    const text = w.join(' ').replace(/[.,;:(/-]+$/, '');
    return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
  };
  /** Fisher–Yates, so the order does not depend on the engine's sort. */
  const shuffle = <T>(list: readonly T[]): T[] => {
    const out = [...list];
    for (let j = out.length - 1; j > 0; j--) {
      const r = Math.floor(random() * (j + 1));
      [out[j], out[r]] = [out[r] as T, out[j] as T];
    }
    return out;
  };
  const fact = (): Twin => {
    const id = pick(factIds);
    return { mdx: `<Fact id="${id}" />`, md: factMarkdown(facts[id] as Fact, sources) };
  };
  const paragraph = (): Twin => {
    const sentences = Array.from({ length: 3 + Math.floor(random() * 3) }, () => both(sentence()));
    if (random() < 0.4) {
      const f = fact();
      sentences.push({ mdx: `The figure that matters here is ${f.mdx}.`, md: `The figure that matters here is ${f.md}.` });
    }
    return joined(sentences, ' ');
  };

  const articles: string[] = [];
  let totalWords = 0;
  for (let i = 1; i <= count; i++) {
    const slug = `synthetic-${String(i).padStart(4, '0')}`;
    const label = `Synthetic article ${String(i).padStart(4, '0')}`;
    const chosen = shuffle(headings).slice(0, 6);
    const [first = '', second = ''] = chosen;
    written = 0;
    const parts: Twin[] = [paragraph(), paragraph()];
    chosen.forEach((heading, k) => {
      parts.push(both(`## ${heading}`), paragraph());
      if (k === 1) {
        parts.push(both('### Worked example'), paragraph());
        parts.push(
          both(
            [
              '```properties',
              `application.id=${slug}`,
              'bootstrap.servers=broker-1:9092,broker-2:9092',
              `num.stream.threads=${1 + (i % 4)}`,
              'processing.guarantee=exactly_once_v2',
              `commit.interval.ms=${100 * (1 + (i % 5))}`,
              'statestore.cache.max.bytes=10485760',
              `producer.linger.ms=${i % 20}`,
              '```',
            ].join('\n'),
          ),
        );
        written += 14;
      }
      if (k === 2) {
        const cell = () =>
          run(2, 5)
            .join(' ')
            .replace(/[.,;:]+$/, '');
        const rows = ['Latency', 'Scaling', 'State', 'Guarantees', 'Operations'].map((d) => `| ${d} | ${cell()} | ${cell()} |`);
        const [a, b] = [fact(), fact()];
        const head = ['| Dimension | Kafka Streams | Spark |', '| --- | --- | --- |', ...rows.slice(0, 4)];
        parts.push({
          mdx: [...head, `| Version | ${a.mdx} | ${b.mdx} |`].join('\n'),
          md: [...head, `| Version | ${a.md} | ${b.md} |`].join('\n'),
        });
        written += 60;
      }
      if (k === 3) {
        const title = `${heading} in practice`;
        const p = paragraph();
        // A note's Markdown form is a block quote led by "Note: <title>" (the Callout converter in src/markdown-copy/converters.ts).
        parts.push({ mdx: `<Callout kind="note" title="${title}">\n${p.mdx}\n</Callout>`, md: `> **Note: ${title}**\n>\n> ${p.md}` });
      }
      if (k === 4) {
        parts.push(both('### Trade-offs'), both(Array.from({ length: 4 }, () => `- ${sentence()}`).join('\n')));
      }
      const sectionEnd = (targetWords * (k + 1)) / chosen.length;
      while (written < sectionEnd - 40) parts.push(paragraph());
    });
    totalWords += written;
    const title = `${label}: ${first}`;
    const description = `Synthetic benchmark article ${i} on ${first.toLowerCase()} and ${second.toLowerCase()}, generated to measure build and search at scale.`;
    const body = joined(parts, '\n\n');
    mkdirSync(path.join(contentDir, 'articles'), { recursive: true });
    writeFileSync(
      path.join(contentDir, 'articles', `${slug}.mdx`),
      mdx(
        {
          ...articleTemplate,
          title,
          description,
          checkedAgainst: [pick(versionIds)],
          order: 1000 + i,
          // A short name is the article's own; carried over, a thousand links would share one.
          ...('navLabel' in articleTemplate ? { navLabel: `Synthetic ${i}` } : {}),
        },
        body.mdx,
      ),
    );
    if (bareDir) {
      mkdirSync(path.join(bareDir, 'articles'), { recursive: true });
      writeFileSync(path.join(bareDir, 'articles', `${slug}.mdx`), mdx({ title, description }, body.md));
    }
    [first, second].forEach((heading, k) => {
      const frontmatter = {
        ...faqTemplate,
        question: `How does ${label.toLowerCase()} handle ${heading.toLowerCase()}?`,
        topics: [topicIds[(i + k) % topicIds.length]],
        article: slug,
        section: headingId(heading),
        order: 1000 + i,
      };
      const link = ` See [${heading.toLowerCase()}](/${slug}/#${headingId(heading)}).`;
      const answer = paragraph();
      writeFileSync(path.join(contentDir, 'faq', `${slug}-${k + 1}.mdx`), mdx(frontmatter, `${answer.mdx}${link}`));
      if (bareDir) {
        mkdirSync(path.join(bareDir, 'faq'), { recursive: true });
        writeFileSync(path.join(bareDir, 'faq', `${slug}-${k + 1}.mdx`), mdx({ question: frontmatter.question }, `${answer.md}${link}`));
      }
    });
    articles.push(slug);
  }
  return { articles, faqEntries: count * 2, wordsPerArticle: Math.round(totalWords / Math.max(count, 1)) };
}

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, it } from 'vitest';
import { buildFixture, removeProjectCopies } from './build-fixture';

afterAll(removeProjectCopies);

/**
 * Each case lays one defect over the valid fixture set; the build must fail with a message that
 * names where the defect is (the file, or for links the page and element) and what is wrong.
 */
const cases: Record<string, { file: string; field: RegExp }> = {
  'article-missing-title': { file: 'articles/sample-article.mdx', field: /title\W+Required|title.*expected string/i },
  'article-description-too-short': { file: 'articles/sample-article.mdx', field: /description.*(too small|>=50)/is },
  'article-description-too-long': { file: 'articles/sample-article.mdx', field: /description.*(too big|<=160)/is },
  'faq-missing-question': { file: 'faq/does-the-fixture-build.mdx', field: /question/ },
  'faq-unknown-article': { file: 'faq/does-the-fixture-build.mdx', field: /field "article": unknown article id "no-such-article"/ },
  'duplicate-faq-id': { file: '/faq/', field: /id "basics" is used more than once/ },
  'comparison-duplicate-row-id': { file: 'comparisons/sample-table.yaml', field: /rows\.1\.id.*duplicate row id "waiting"/s },
  'fact-without-source': { file: 'facts.yaml', field: /source.*required: a primary source id/s },
  'source-not-https': { file: 'sources.yaml', field: /url.*https/s },
  'source-on-trunk': {
    file: 'sources.yaml (entry "sample-docs")',
    field: /field "url": "trunk" is a moving target.*: https:\/\/github\.com\/apache\/kafka\/blob\/trunk\//,
  },
  'source-host-not-allowed': {
    file: 'sources.yaml (entry "sample-docs")',
    field: /field "url": host www\.mail-archive\.com is not a primary source.*msg84007\.html/,
  },
  'link-to-latest-docs': {
    file: 'articles/sample-article.mdx:10',
    field: /link https:\/\/spark\.apache\.org\/docs\/latest\/streaming\/getting-started\.html: "latest" is a moving target/,
  },
  'code-line-too-long': { file: 'articles/sample-article.mdx:20', field: /code line of 82 characters \(limit 76\)/ },
  'decision-section-unknown': {
    file: 'decisions/sample-article.yaml',
    field: /field "factors\.0\.section": no heading with the pinned id "no-such-section"/,
  },
  'term-unknown': {
    file: 'faq/does-the-fixture-build.mdx',
    field: /field "<Term id="no-such-term">": unknown glossary term id "no-such-term"/,
  },
  'glued-sentence': { file: '/sample-article/', field: /sentence glued to the next word in <p> ".*on purpose\.Nothing else/ },
  'unknown-fact-id': { file: 'articles/sample-article.mdx', field: /<Fact id="sample-nope">.*unknown fact id/ },
  'link-to-missing-page': { file: '/faq/: <a href="/no-such-page/">', field: /no page or file at \/no-such-page\// },
  'link-to-missing-fragment': {
    file: '<a href="/sample-article/#nowhere">',
    field: /no element with id "nowhere" on \/sample-article\/; ids there: .*first/,
  },
  'heading-id-collision': { file: '/sample-article/', field: /id "faq" is used more than once/ },
  'anchor-removed-without-alias': { file: 'anchors.lock.json', field: /public ids disappeared[\s\S]*\/sample-article\/#first\n/ },
  'anchor-added-without-lock': { file: 'anchors.lock.json', field: /\/sample-article\/#a-new-subsection[\s\S]*npm run anchors:update/ },
  'code-block-without-language': { file: 'articles/sample-article.mdx', field: /sample-article\.mdx:\d+: code block without a language/ },
  'mdx-syntax-error': { file: 'articles/sample-article.mdx', field: /Calout|closing tag|expected/i },
  'content-file-in-no-collection': { file: 'faq/notes.md', field: /no collection loads/ },
  'change-unknown-fact': {
    file: 'changes.yaml (entry "kafka-4-0-sample-wait")',
    field: /field "facts\.1": unknown fact id "no-such-fact"/,
  },
};

// Each build has its own folder and project copy (build-fixture.ts): the cases run concurrently (tests/vitest.config.ts).
describe.concurrent('content fixtures', () => {
  it('the valid fixture set builds and renders its fact, table row and FAQ entry', async ({ expect }) => {
    const build = await buildFixture();
    try {
      expect(build.status, build.output).toBe(0);
      const html = readFileSync(path.join(build.dir, 'dist/sample-article/index.html'), 'utf8');
      expect(html).toContain('30000 ms (30 s)');
      expect(html).toContain('<tr id="table-waiting" role="row">');
      expect(html).toContain('id="does-the-fixture-build"');
    } finally {
      build.cleanup();
    }
  });

  it('a decision table renders each factor as a linkable row group, with its facts, systems and the section that explains it', async ({
    expect,
  }) => {
    const build = await buildFixture('good-content/decision-table');
    try {
      expect(build.status, build.output).toBe(0);
      const html = readFileSync(path.join(build.dir, 'dist/sample-article/index.html'), 'utf8');
      expect(html).toMatch(/<tbody id="decide-waiting" role="rowgroup">[\s\S]*30000 ms \(30 s\)[\s\S]*Sample A[\s\S]*Either/);
      expect(html).toMatch(/<a class="decision-why" href="#first"[^>]*>\s*Why: First section\s*<\/a>/);
    } finally {
      build.cleanup();
    }
  });

  it('a renamed heading with an alias builds, and the old id lands on the new heading without script', async ({ expect }) => {
    const build = await buildFixture('good-content/anchor-renamed-with-alias');
    try {
      expect(build.status, build.output).toBe(0);
      const html = readFileSync(path.join(build.dir, 'dist/sample-article/index.html'), 'utf8');
      expect(html).toMatch(
        /<div class="anchor-heading level-2"><span id="first" class="alias-anchor" data-alias-for="first-part"><\/span><h2 id="first-part">/,
      );
    } finally {
      build.cleanup();
    }
  });

  for (const [name, expected] of Object.entries(cases)) {
    it(`${name}: the build fails and names ${expected.file} and the field`, async ({ expect }) => {
      const build = await buildFixture(`bad-content/${name}`);
      try {
        expect(build.status, build.output).not.toBe(0);
        expect(build.output).toContain(expected.file);
        expect(build.output).toMatch(expected.field);
      } finally {
        build.cleanup();
      }
    });
  }
});

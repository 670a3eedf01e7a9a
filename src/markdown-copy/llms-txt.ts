/**
 * /llms.txt as llmstxt.org describes it: an h1 with the site's name, a one-line summary in a
 * blockquote, a short paragraph, then h2 sections listing `- [Title](URL): description` for
 * each Markdown copy.
 */

export interface LlmsTxtLink {
  readonly title: string;
  /** The absolute URL of the page's Markdown copy. */
  readonly url: string;
  readonly description: string;
}

export interface LlmsTxt {
  readonly title: string;
  readonly summary: string;
  readonly details?: string;
  readonly sections: readonly { readonly name: string; readonly links: readonly LlmsTxtLink[] }[];
}

/** Brackets in a link text would end it early. */
const linkText = (s: string) => s.replace(/[[\]\\]/g, '\\$&');

/** One line: newlines in a description would break the list. */
const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

export function llmsTxt({ title, summary, details, sections }: LlmsTxt): string {
  const parts = [`# ${oneLine(title)}`, `> ${oneLine(summary)}`, ...(details ? [oneLine(details)] : [])];
  for (const { name, links } of sections.filter((s) => s.links.length > 0)) {
    parts.push(
      `## ${oneLine(name)}\n\n${links.map((l) => `- [${linkText(oneLine(l.title))}](${l.url}): ${oneLine(l.description)}`).join('\n')}`,
    );
  }
  return `${parts.join('\n\n')}\n`;
}

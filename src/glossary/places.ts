import type { GlossaryEntry, SiteContent } from '../data/site-content';
import { articleSectionPath } from '../routes';

/** A place where a term matters: the section's path (without the base), its heading and its page's title. */
export interface TermPlace {
  readonly path: string;
  readonly text: string;
  readonly page: string;
}

/** Where a term matters (its `links`), as the glossary shows them. */
export function termPlaces(entry: GlossaryEntry, content: Pick<SiteContent, 'section'>): TermPlace[] {
  return entry.data.links.map((link) => {
    const [articleId = '', headingId = ''] = link.split('#');
    const found = content.section(articleId, headingId);
    return {
      path: articleSectionPath(articleId, headingId),
      text: found?.heading.text ?? headingId,
      page: found?.article.data.title ?? articleId,
    };
  });
}

/** The entries a term's `related` ids name, in that order. */
export function relatedTerms(entry: GlossaryEntry, content: Pick<SiteContent, 'glossary'>): GlossaryEntry[] {
  return entry.data.related.map((id) => content.glossary.find((g) => g.id === id)).filter((g) => g !== undefined);
}

import { sectionLink, type SectionLink } from '../data/section-link';
import type { GlossaryEntry, SiteContent } from '../data/site-content';

/** Where a term matters (its `links`), as the glossary shows them. */
export function termPlaces(entry: GlossaryEntry, content: Pick<SiteContent, 'section'>): SectionLink[] {
  return entry.data.links.map((link) => {
    const [articleId = '', headingId = ''] = link.split('#');
    return sectionLink(content, articleId, headingId);
  });
}

/** The entries a term's `related` ids name, in that order. */
export function relatedTerms(entry: GlossaryEntry, content: Pick<SiteContent, 'glossary'>): GlossaryEntry[] {
  return entry.data.related.map((id) => content.glossary.find((g) => g.id === id)).filter((g) => g !== undefined);
}

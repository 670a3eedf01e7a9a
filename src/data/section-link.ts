import { articleSectionPath } from '../routes';
import type { SiteContent } from './site-content';

/** A link to a pinned section of an article: its path (without the base), its heading as readers see it, its page's title. */
export interface SectionLink {
  readonly path: string;
  readonly text: string;
  readonly page: string;
}

/**
 * The link to heading `section` of `article`, as decision rules, guide answers and glossary terms
 * show it. The content checks make sure the heading exists; its id stands in for it otherwise.
 */
export function sectionLink(content: Pick<SiteContent, 'section'>, article: string, section: string): SectionLink {
  const found = content.section(article, section);
  return {
    path: articleSectionPath(article, section),
    text: found?.heading.text ?? section,
    page: found?.article.data.title ?? article,
  };
}

import type { SiteContent } from '../data/site-content';

/**
 * What a page's "Sources" section lists: every source its facts and rows cite, in the order of
 * content/sources.yaml, and the estimates among its facts (which cite no source but give a basis).
 */
export function citedSources(factIds: readonly string[], sourceIds: readonly string[], content: Pick<SiteContent, 'facts' | 'sources'>) {
  const facts = factIds.map((id) => content.facts.get(id)).filter((f) => f !== undefined);
  const cited = new Set([...facts.flatMap((f) => (f.data.source ? [f.data.source] : [])), ...sourceIds]);
  return {
    sources: [...content.sources.values()].filter((s) => cited.has(s.id)),
    estimates: facts.filter((f) => f.data.kind === 'estimate'),
  };
}

/** What the "Estimates" part of a Sources section says before listing them. */
export const estimatesNote = 'No primary source states these figures; they are our reading of the documented defaults.';

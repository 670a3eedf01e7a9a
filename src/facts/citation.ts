import type { Source } from '../schemas/source';
import { citeLabel } from './cite-label';

/** The id of a source's entry in a page's "Sources" list. */
export const sourceEntryId = (sourceId: string) => `source-${sourceId}`;

/** The id of a source's title in that list: what a citation of the source is described by. */
export const sourceTitleId = (sourceId: string) => `source-title-${sourceId}`;

/** The id of an estimate's entry (its label and value) in the "Estimates" part of the list. */
export const estimateId = (factId: string) => `estimate-${factId}`;

/** One citation link: where it goes, what it shows, and which element on the page describes it. */
export interface Citation {
  readonly href: string;
  readonly label: string;
  /** An id in the page's Sources section: the source's title, or the estimate's entry. */
  readonly describedBy: string;
}

/**
 * The citation after a fact's value: a link to its primary source, labelled "Kafka docs" and
 * described by the source's title in the page's Sources list, or for an estimate a link to the
 * estimate's entry there. The title is written once per page, not once per citation.
 */
export function citationFor(factId: string, source?: { id: string; data: Pick<Source, 'project' | 'kind' | 'url'> }): Citation {
  if (!source) return { href: `#${estimateId(factId)}`, label: 'estimate', describedBy: estimateId(factId) };
  return { href: source.data.url, label: citeLabel(source.data), describedBy: sourceTitleId(source.id) };
}

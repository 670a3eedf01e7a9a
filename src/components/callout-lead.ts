import type { Fact } from '../schemas/fact';
import type { Source } from '../schemas/source';
import { projectName } from '../facts/cite-label';

export type CalloutKind = 'misconception' | 'changed' | 'note';

/** What the lead needs to name a release: facts and sources by id, and a fact's text. */
export interface CalloutData {
  readonly facts: ReadonlyMap<string, { readonly data: Pick<Fact, 'source'> }>;
  readonly sources: ReadonlyMap<string, { readonly data: Pick<Source, 'project'> }>;
  readonly factText: (id: string) => string;
}

/**
 * The words a callout opens with, before its title: "Common misconception", "Note", or for a
 * `changed` callout the release that changed it ("Changed in Apache Spark 4.3.0"). Throws on an
 * unknown version fact.
 */
export function calloutLead(kind: CalloutKind, versionFact: string | undefined, data: CalloutData): string {
  const fact = versionFact === undefined ? undefined : data.facts.get(versionFact);
  if (versionFact !== undefined && !fact) throw new Error(`<Callout versionFact="${versionFact}">: unknown fact id`);
  const source = fact?.data.source ? data.sources.get(fact.data.source) : undefined;
  const release =
    fact && versionFact !== undefined
      ? `${source ? `${projectName(source.data.project)} ` : ''}${data.factText(versionFact)}`
      : 'a recent release';
  return { misconception: 'Common misconception', changed: `Changed in ${release}`, note: 'Note' }[kind];
}

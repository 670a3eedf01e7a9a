import type { SiteContent } from '../data/site-content';
import type { Decision } from '../schemas/decision';

/** A decision's rules and the systems of its article's table (names for "points to"). */
export interface FoundDecision {
  readonly decision: Decision;
  readonly systems: readonly { id: string; name: string }[];
}

/**
 * Decision `id` (content/decisions/<id>.yaml) with its article's systems; throws through `fail`
 * (the caller's way of naming where it was asked for) when there is no such file.
 */
export function findDecision(
  content: Pick<SiteContent, 'decisions' | 'comparisons'>,
  id: string,
  fail: (message: string) => Error,
): FoundDecision {
  const entry = content.decisions.find((d) => d.id === id);
  if (!entry) throw fail(`no file content/decisions/${id}.yaml`);
  const systems = content.comparisons.find((t) => t.data.article === entry.data.article)?.data.systems ?? [];
  return { decision: entry.data, systems };
}

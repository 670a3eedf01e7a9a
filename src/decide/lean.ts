import { eitherLean } from './outcomes';

/** The public id of a factor's row in the article ("decide-latency-target"). */
export function factorAnchor(factorId: string): string {
  return `decide-${factorId}`;
}

/** What a rule points to, in words: the system's name from the article's table, or "Either". */
export function leanLabel(lean: string, systems: readonly { id: string; name: string }[]): string {
  if (lean === eitherLean) return 'Either';
  return systems.find((s) => s.id === lean)?.name ?? lean;
}

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { root } from '../../../scripts/paths.ts';
import { latencyFactsFrom } from '../../../src/latency/fact-ids';

/** content/facts.yaml as the site stores it: fact id → fields. */
export const siteFacts = parseYaml(readFileSync(path.join(root, 'content/facts.yaml'), 'utf8')) as Record<
  string,
  { value: unknown; unit?: string; kind: string }
>;

/** The value of a fact in milliseconds, read straight from the YAML (so the tests do not trust the model's reading). */
export function factMs(id: string): number {
  const fact = siteFacts[id];
  if (!fact || typeof fact.value !== 'number') throw new Error(`no numeric fact ${id}`);
  return fact.value * ({ ms: 1, s: 1000, min: 60_000 }[fact.unit ?? ''] ?? NaN);
}

/** The model's facts, from the site's data. */
export const facts = latencyFactsFrom((id) => siteFacts[id]);

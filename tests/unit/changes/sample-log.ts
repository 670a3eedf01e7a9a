import type { ChangeEntry } from '../../../src/schemas/change';
import type { LoggedRelease } from '../../../src/changes/change-log';

/** Two Kafka lines and one Spark line, with changes that set matrix rows, and one correction. */
export const releases: LoggedRelease[] = [
  { id: 'kafka-4-1', project: 'kafka', version: '4.1', released: new Date('2025-09-04'), status: 'released', source: 's' },
  { id: 'kafka-4-0', project: 'kafka', version: '4.0', released: new Date('2025-03-18'), status: 'released', source: 's' },
  { id: 'kafka-4-2', project: 'kafka', version: '4.2', released: new Date('2026-02-17'), status: 'released', source: 's' },
  { id: 'spark-4-0', project: 'spark', version: '4.0', released: new Date('2025-05-23'), status: 'released', source: 's' },
];

const change = (release: string, extra: Partial<Extract<ChangeEntry, { kind: 'change' }>> = {}): ChangeEntry => ({
  kind: 'change',
  release,
  title: `A change in ${release}`,
  what: 'What changed, in a sentence long enough for the schema.',
  matters: 'Why it matters, in a sentence long enough for the schema.',
  source: 's',
  facts: [],
  sections: [],
  rows: [],
  matrix: {},
  ...extra,
});

export const entries: { id: string; data: ChangeEntry }[] = [
  { id: 'protocol-ea', data: change('kafka-4-1', { matrix: { protocol: { value: 'Early access', state: 'partial' } }, facts: ['f'] }) },
  {
    id: 'protocol-ga',
    data: change('kafka-4-2', {
      matrix: { protocol: { value: 'Production', state: 'yes' } },
      sections: ['a#scaling'],
      rows: ['t#groups'],
      facts: ['f'],
    }),
  },
  { id: 'java', data: change('kafka-4-0', { matrix: { java: { value: 'Java 11+', state: 'info' } }, sections: ['a#scaling'] }) },
  { id: 'tws', data: change('spark-4-0', { matrix: { tws: { value: 'Yes', state: 'yes' } }, sections: ['a#scaling', 'a#state'] }) },
  {
    id: 'fixed-key',
    data: {
      kind: 'correction',
      date: new Date('2026-11-30'),
      title: 'The key was spelt as Connect spells it',
      said: 'The page gave the key of another component.',
      says: 'The page gives the Streams key now.',
      source: 's',
      facts: ['f', 'g'],
      sections: ['b#dlq'],
      rows: [],
    },
  },
];

export const capabilities = [
  { id: 'protocol', data: { project: 'kafka' as const, label: 'Streams protocol', before: 'No' } },
  { id: 'java', data: { project: 'kafka' as const, label: 'Java', before: 'No' } },
  { id: 'tws', data: { project: 'spark' as const, label: 'transformWithState', before: 'No' } },
];

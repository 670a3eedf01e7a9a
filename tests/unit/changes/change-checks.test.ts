import { describe, expect, it } from 'vitest';
import { checkChanges } from '../../../src/changes/change-checks';
import { sampleTable } from '../sample-table';
import { capabilities, entries, releases } from './sample-log';

const ctx = {
  files: { releases: 'content/releases.yaml', changes: 'content/changes.yaml', capabilities: 'content/capabilities.yaml' },
  factIds: new Set(['f', 'g']),
  sourceIds: new Set(['s']),
  comparisons: [
    { id: 't', data: sampleTable([{ id: 'groups', dimension: 'Groups', cells: { x: 'a', y: 'b' }, sources: ['s'], topics: [] }]) },
  ],
  sectionProblem: (article: string, section: string) =>
    ['a#scaling', 'a#state', 'b#dlq'].includes(`${article}#${section}`) ? undefined : `no heading with the pinned id "${section}"`,
};
const set = { releases: releases.map(({ id, ...data }) => ({ id, data })), changes: entries, capabilities };

describe('change log checks', () => {
  it('accepts a consistent log', () => {
    expect(checkChanges(set, ctx)).toEqual([]);
  });

  it('names file, entry and field for every reference that does not resolve', () => {
    const [first, ...rest] = entries;
    const broken = {
      ...first!,
      data: {
        ...first!.data,
        release: 'kafka-9-9',
        source: 'gone',
        title: 'Now {fact:f} in a title',
        facts: ['f', 'nope'],
        sections: ['a#nowhere'],
        rows: ['t#missing', 'u#x'],
        matrix: { unknown: { value: 'x', state: 'yes' as const } },
      },
    };
    expect(checkChanges({ ...set, changes: [broken, ...rest] }, ctx)).toEqual([
      'content/changes.yaml (entry "protocol-ea"): field "source": unknown source id "gone"',
      'content/changes.yaml (entry "protocol-ea"): field "facts.1": unknown fact id "nope"',
      expect.stringMatching(/entry "protocol-ea"\): field "title": a title is a link's text/),
      'content/changes.yaml (entry "protocol-ea"): field "sections.0": no heading with the pinned id "nowhere"',
      'content/changes.yaml (entry "protocol-ea"): field "rows.0": no row "missing" in table "t"',
      'content/changes.yaml (entry "protocol-ea"): field "rows.1": unknown table id "u"',
      'content/changes.yaml (entry "protocol-ea"): field "release": unknown release id "kafka-9-9"',
      'content/changes.yaml (entry "protocol-ea"): field "matrix.unknown": unknown capability id "unknown"',
    ]);
  });

  it('refuses a cell in another project’s row and an unknown fact in the text', () => {
    const tws = entries.find((e) => e.id === 'tws')!;
    const crossed = {
      ...tws,
      data: {
        ...tws.data,
        what: 'It needs {fact:missing} now, which is long enough.',
        matrix: { java: { value: 'x', state: 'info' as const } },
      },
    };
    expect(checkChanges({ ...set, changes: [...entries.filter((e) => e !== tws), crossed] }, ctx)).toEqual([
      'content/changes.yaml (entry "tws"): field "what": unknown fact id "missing"',
      `content/changes.yaml (entry "tws"): field "matrix.java": a kafka row, but the entry's release is spark's`,
      'content/capabilities.yaml (entry "tws"): no change entry sets this row (give one a "matrix.tws" cell)',
    ]);
  });
});

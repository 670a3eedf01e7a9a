import { describe, expect, it } from 'vitest';
import { changeLog } from '../../../src/changes/change-log';
import { versionMatrix } from '../../../src/changes/version-matrix';
import { capabilities, entries, releases } from './sample-log';

const log = changeLog(entries, releases);

describe('version matrix', () => {
  const [kafka, spark] = versionMatrix(capabilities, releases, log);

  it('has one table per project, its release lines oldest first', () => {
    expect(kafka?.releases.map((r) => r.version)).toEqual(['4.0', '4.1', '4.2']);
    expect(spark?.releases.map((r) => r.version)).toEqual(['4.0']);
    expect(kafka?.rows.map((r) => r.id)).toEqual(['protocol', 'java']);
  });

  it('fills each cell from the newest entry at or before its release, marking where it changed', () => {
    const protocol = kafka?.rows.find((r) => r.id === 'protocol');
    expect(protocol?.cells).toEqual([
      { value: 'No', state: 'before', entryId: 'protocol-ea', changedHere: false },
      { value: 'Early access', state: 'partial', entryId: 'protocol-ea', changedHere: true },
      { value: 'Production', state: 'yes', entryId: 'protocol-ga', changedHere: true },
    ]);
    const java = kafka?.rows.find((r) => r.id === 'java');
    expect(java?.cells.map((c) => [c.value, c.entryId, c.changedHere])).toEqual([
      ['Java 11+', 'java', true],
      ['Java 11+', 'java', false],
      ['Java 11+', 'java', false],
    ]);
  });

  it('throws for a row no entry sets', () => {
    const orphan = [...capabilities, { id: 'orphan', data: { project: 'kafka' as const, label: 'Orphan', before: 'No' } }];
    expect(() => versionMatrix(orphan, releases, log)).toThrow(/capability "orphan": no change entry sets it/);
  });
});

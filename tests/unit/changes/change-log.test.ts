import { describe, expect, it } from 'vitest';
import {
  badgesFor,
  byRelease,
  changeLog,
  compareVersions,
  lastChangeOf,
  latestChangeFor,
  logGroups,
  parseProjects,
  recentChanges,
} from '../../../src/changes/change-log';
import { entries, releases } from './sample-log';

const log = changeLog(entries, releases);
const ids = (list: readonly { id: string }[]) => list.map((e) => e.id);

describe('change log', () => {
  it('orders release lines as numbers', () => {
    expect(compareVersions('4.10', '4.9')).toBeGreaterThan(0);
    expect(compareVersions('2.0', '4.0')).toBeLessThan(0);
    expect(compareVersions('4.2', '4.2')).toBe(0);
  });

  it('dates a change by its release and a correction by its own date, newest first', () => {
    expect(ids(log)).toEqual(['fixed-key', 'protocol-ga', 'protocol-ea', 'tws', 'java']);
    expect(
      log
        .find((e) => e.id === 'tws')
        ?.date.toISOString()
        .slice(0, 10),
    ).toBe('2025-05-23');
  });

  it('throws for a change whose release does not exist', () => {
    expect(() => changeLog([{ id: 'x', data: { ...entries[0]!.data, release: 'kafka-9-9' } as never }], releases)).toThrow(
      /change "x": unknown release "kafka-9-9"/,
    );
  });

  it('groups by project, newest line first, corrections last', () => {
    expect(logGroups(log).map((g) => [g.id, ids(g.entries)])).toEqual([
      ['kafka', ['protocol-ga', 'protocol-ea', 'java']],
      ['spark', ['tws']],
      ['corrections', ['fixed-key']],
    ]);
  });

  it('derives the entry that last touched a fact', () => {
    expect(lastChangeOf(log, 'f')?.id).toBe('fixed-key');
    expect(lastChangeOf(log, 'g')?.id).toBe('fixed-key');
    expect(lastChangeOf(log, 'nothing')).toBeUndefined();
  });

  it('badges a place with the newest change of each project that lists it, never a correction', () => {
    expect(ids(badgesFor(log, { section: 'a#scaling' }))).toEqual(['protocol-ga', 'tws']);
    expect(ids(badgesFor(log, { section: 'a#state' }))).toEqual(['tws']);
    expect(ids(badgesFor(log, { row: 't#groups' }))).toEqual(['protocol-ga']);
    expect(badgesFor(log, { section: 'b#dlq' })).toEqual([]);
    expect(badgesFor(log, { section: 'a#other' })).toEqual([]);
  });

  it('finds the newest entry bearing on an article by section, table row or cited fact', () => {
    expect(latestChangeFor(log, { id: 'a', tables: [], factIds: [] })?.id).toBe('protocol-ga');
    expect(latestChangeFor(log, { id: 'z', tables: ['t'], factIds: [] })?.id).toBe('protocol-ga');
    expect(latestChangeFor(log, { id: 'z', tables: [], factIds: ['g'] })?.id).toBe('fixed-key');
    expect(latestChangeFor(log, { id: 'z', tables: [], factIds: [] })).toBeUndefined();
  });

  it('lists an article’s recent changes project by project, newest line first', () => {
    expect(ids(recentChanges(log, ['spark', 'kafka']))).toEqual(['tws', 'protocol-ga', 'protocol-ea', 'java']);
    expect(parseProjects('kafka  spark')).toEqual(['kafka', 'spark']);
    expect(() => parseProjects('kafka storm')).toThrow(/"storm" is not one of kafka, spark, flink/);
    expect(() => parseProjects('')).toThrow(/one or more/);
    expect(byRelease(recentChanges(log, ['kafka'])).map((g) => [g.release.id, ids(g.entries)])).toEqual([
      ['kafka-4-2', ['protocol-ga']],
      ['kafka-4-1', ['protocol-ea']],
      ['kafka-4-0', ['java']],
    ]);
  });
});

/**
 * "Which version do I need?": the capability rows of content/capabilities.yaml against each
 * project's release lines, every cell derived from the change entries. A cell holds what the newest
 * entry at or before its release set for the row; before the first such entry it holds the row's
 * `before` text and links the entry that brings the capability.
 */
import type { Capability } from '../schemas/capability';
import type { CapabilityState } from '../schemas/change';
import { releaseProjects, type ReleaseProject } from '../schemas/release';
import { compareVersions, sortReleases, type LoggedEntry, type LoggedRelease } from './change-log';

export interface MatrixCell {
  readonly value: string;
  /** `before`: the capability does not exist yet in this release. */
  readonly state: CapabilityState | 'before';
  /** The entry the cell links: the one that set it, or for a `before` cell the one that brings the capability. */
  readonly entryId: string;
  /** Whether this release is the one whose entry set the cell (the cell shows a change, not an inherited value). */
  readonly changedHere: boolean;
}

export interface MatrixRow {
  readonly id: string;
  readonly capability: Capability;
  /** One cell per release column of the row's project, oldest first. */
  readonly cells: readonly MatrixCell[];
}

export interface MatrixTable {
  readonly project: ReleaseProject;
  readonly releases: readonly LoggedRelease[];
  readonly rows: readonly MatrixRow[];
}

/**
 * One table per project that has release columns, rows in the order of `capabilities`. A row no
 * entry ever sets throws (the content checks report it first, with the file and the row named).
 */
export function versionMatrix(
  capabilities: readonly { id: string; data: Capability }[],
  releases: readonly LoggedRelease[],
  log: readonly LoggedEntry[],
): MatrixTable[] {
  const sorted = sortReleases(releases);
  return releaseProjects.flatMap((project) => {
    const columns = sorted.filter((r) => r.project === project);
    if (columns.length === 0) return [];
    const rows = capabilities
      .filter((c) => c.data.project === project)
      .map(({ id, data }): MatrixRow => {
        // The entries that set this row, oldest release first.
        const setters = log
          .filter((e): e is Extract<LoggedEntry, { kind: 'change' }> => e.kind === 'change' && id in e.entry.matrix)
          .sort((a, b) => compareVersions(a.release.version, b.release.version));
        const first = setters[0];
        if (!first) throw new Error(`capability "${id}": no change entry sets it`);
        const cells = columns.map((release): MatrixCell => {
          const setter = setters
            .filter((e) => e.release.project === project && compareVersions(e.release.version, release.version) <= 0)
            .at(-1);
          if (!setter) return { value: data.before, state: 'before', entryId: first.id, changedHere: false };
          const cell = setter.entry.matrix[id];
          if (!cell) throw new Error(`capability "${id}": entry "${setter.id}" lost its cell`);
          return { ...cell, entryId: setter.id, changedHere: setter.release.id === release.id };
        });
        return { id, capability: data, cells };
      });
    return [{ project, releases: columns, rows }];
  });
}

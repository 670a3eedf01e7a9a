/**
 * Cross-references of the change log that its schemas cannot see: releases, sources, facts,
 * sections, table rows and matrix rows that an entry names must exist, a matrix cell must belong
 * to a row of its release's project, and every matrix row must be set by some entry.
 */
import type { Capability } from '../schemas/capability';
import type { ChangeEntry } from '../schemas/change';
import type { Comparison } from '../schemas/comparison';
import type { Release } from '../schemas/release';
import { cellFactIds } from '../facts/cell-markup';
import { entryBody } from './entry-body';

interface Entry<T> {
  readonly id: string;
  readonly data: T;
}

export interface ChangeSet {
  readonly releases: readonly Entry<Release>[];
  readonly changes: readonly Entry<ChangeEntry>[];
  readonly capabilities: readonly Entry<Capability>[];
}

export interface ChangeCheckContext {
  /** The files the three collections load from, for messages. */
  readonly files: { readonly releases: string; readonly changes: string; readonly capabilities: string };
  readonly factIds: ReadonlySet<string>;
  readonly sourceIds: ReadonlySet<string>;
  readonly comparisons: readonly Entry<Comparison>[];
  /** Why `<article>#<section>` does not resolve to a pinned heading, or undefined when it does. */
  readonly sectionProblem: (article: string, section: string) => string | undefined;
}

/** One message per problem, each naming the file, the entry and the field. */
export function checkChanges(set: ChangeSet, ctx: ChangeCheckContext): string[] {
  const problems: string[] = [];
  const at = (file: string, id: string) => `${file} (entry "${id}")`;
  const unknown = (where: string, field: string, kind: string, id: string) =>
    problems.push(`${where}: field "${field}": unknown ${kind} id "${id}"`);
  const releases = new Map(set.releases.map((r) => [r.id, r.data]));
  const capabilities = new Map(set.capabilities.map((c) => [c.id, c.data]));

  for (const release of set.releases) {
    if (!ctx.sourceIds.has(release.data.source)) unknown(at(ctx.files.releases, release.id), 'source', 'source', release.data.source);
  }
  for (const { id, data } of set.changes) {
    const where = at(ctx.files.changes, id);
    if (!ctx.sourceIds.has(data.source)) unknown(where, 'source', 'source', data.source);
    data.facts.forEach((fact, i) => ctx.factIds.has(fact) || unknown(where, `facts.${i}`, 'fact', fact));
    if (cellFactIds(data.title).length > 0) {
      problems.push(`${where}: field "title": a title is a link's text and names no {fact:…}; give the figure in the text below it`);
    }
    for (const { field, text } of [{ field: 'title', text: data.title }, ...entryBody(data)]) {
      for (const fact of cellFactIds(text)) if (!ctx.factIds.has(fact)) unknown(where, field, 'fact', fact);
    }
    data.sections.forEach((link, i) => {
      const [article = '', section = ''] = link.split('#');
      const problem = ctx.sectionProblem(article, section);
      if (problem) problems.push(`${where}: field "sections.${i}": ${problem}`);
    });
    data.rows.forEach((link, i) => {
      const [tableId = '', row = ''] = link.split('#');
      const table = ctx.comparisons.find((t) => t.id === tableId);
      if (!table) unknown(where, `rows.${i}`, 'table', tableId);
      else if (!table.data.rows.some((r) => r.id === row))
        problems.push(`${where}: field "rows.${i}": no row "${row}" in table "${tableId}"`);
    });
    if (data.kind !== 'change') continue;
    const release = releases.get(data.release);
    if (!release) unknown(where, 'release', 'release', data.release);
    for (const row of Object.keys(data.matrix)) {
      const capability = capabilities.get(row);
      if (!capability) unknown(where, `matrix.${row}`, 'capability', row);
      else if (release && capability.project !== release.project) {
        problems.push(`${where}: field "matrix.${row}": a ${capability.project} row, but the entry's release is ${release.project}'s`);
      }
    }
  }
  for (const { id } of set.capabilities) {
    if (!set.changes.some((c) => c.data.kind === 'change' && id in c.data.matrix)) {
      problems.push(`${at(ctx.files.capabilities, id)}: no change entry sets this row (give one a "matrix.${id}" cell)`);
    }
  }
  return problems;
}

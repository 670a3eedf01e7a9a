/**
 * The change log as pages read it: each entry of content/changes.yaml with its date, project and
 * version resolved from its release (content/releases.yaml), newest first. Which entry last touched
 * a fact, a section or a table row is derived here from the entries' lists, never stored twice.
 */
import type { ChangeEntry } from '../schemas/change';
import { releaseProjects, type Release, type ReleaseProject } from '../schemas/release';

/** An entry of the log: a release's change (with its project and version) or a correction of the site. */
export type LoggedEntry = {
  readonly id: string;
  /** The release date for a change, the publication date for a correction. */
  readonly date: Date;
} & (
  | { readonly kind: 'change'; readonly entry: Extract<ChangeEntry, { kind: 'change' }>; readonly release: LoggedRelease }
  | { readonly kind: 'correction'; readonly entry: Extract<ChangeEntry, { kind: 'correction' }> }
);

export interface LoggedRelease extends Release {
  readonly id: string;
}

/** "4.10" after "4.9": release lines compared as numbers, major then minor. */
export function compareVersions(a: string, b: string): number {
  const [aMajor = 0, aMinor = 0] = a.split('.').map(Number);
  const [bMajor = 0, bMinor = 0] = b.split('.').map(Number);
  return aMajor - bMajor || aMinor - bMinor;
}

/** The projects' releases, oldest line first within each project, projects in log order. */
export function sortReleases(releases: readonly LoggedRelease[]): LoggedRelease[] {
  return [...releases].sort(
    (a, b) => releaseProjects.indexOf(a.project) - releaseProjects.indexOf(b.project) || compareVersions(a.version, b.version),
  );
}

/** Newest first: by date, then a later release line first, then the order of the file. */
function newestFirst(a: LoggedEntry, b: LoggedEntry): number {
  const version = a.kind === 'change' && b.kind === 'change' ? compareVersions(b.release.version, a.release.version) : 0;
  return b.date.getTime() - a.date.getTime() || version;
}

/**
 * Resolves every entry's date and release. An entry naming a release that does not exist throws
 * (the content checks report it first, with the file and field).
 */
export function changeLog(entries: readonly { id: string; data: ChangeEntry }[], releases: readonly LoggedRelease[]): LoggedEntry[] {
  const byId = new Map(releases.map((r) => [r.id, r]));
  const logged = entries.map(({ id, data }): LoggedEntry => {
    if (data.kind === 'correction') return { id, kind: 'correction', entry: data, date: data.date };
    const release = byId.get(data.release);
    if (!release) throw new Error(`change "${id}": unknown release "${data.release}"`);
    return { id, kind: 'change', entry: data, release, date: release.released };
  });
  // Array#sort is stable, so entries of one day and line keep their order in the file.
  return logged.sort(newestFirst);
}

/** One group of the log page: a project's changes, newest line first, or the site's corrections. */
export interface LogGroup {
  readonly id: ReleaseProject | 'corrections';
  readonly entries: readonly LoggedEntry[];
}

/** The log grouped by project (in the order of `releaseProjects`), then the corrections; empty groups are left out. */
export function logGroups(log: readonly LoggedEntry[]): LogGroup[] {
  const groups: LogGroup[] = [
    ...releaseProjects.map((project) => ({
      id: project,
      entries: log
        .filter((e) => e.kind === 'change' && e.release.project === project)
        .sort((a, b) => (a.kind === 'change' && b.kind === 'change' ? compareVersions(b.release.version, a.release.version) : 0)),
    })),
    { id: 'corrections' as const, entries: log.filter((e) => e.kind === 'correction') },
  ];
  return groups.filter((g) => g.entries.length > 0);
}

/** The newest entry (change or correction) that lists the fact, or undefined when none does. */
export function lastChangeOf(log: readonly LoggedEntry[], factId: string): LoggedEntry | undefined {
  return log.find((e) => e.entry.facts.includes(factId));
}

/** Where an entry can say it applies: a section `<article>#<heading>` or a table row `<table>#<row>`. */
export type Place = { readonly section: string } | { readonly row: string };

/** Whether an entry lists the place among its sections or rows. */
const touches = (e: LoggedEntry, place: Place) =>
  'section' in place ? e.entry.sections.includes(place.section) : e.entry.rows.includes(place.row);

/**
 * The "Changed in" badges of a section or table row: of the changes that list it, the newest of
 * each project (a reader needs the release to be on, not every step before it), in project order.
 */
export function badgesFor(log: readonly LoggedEntry[], place: Place): Extract<LoggedEntry, { kind: 'change' }>[] {
  const changes = log.filter((e): e is Extract<LoggedEntry, { kind: 'change' }> => e.kind === 'change' && touches(e, place));
  return releaseProjects.flatMap((project) => {
    const ofProject = changes.filter((e) => e.release.project === project);
    return ofProject.sort((a, b) => compareVersions(b.release.version, a.release.version)).slice(0, 1);
  });
}

/**
 * The newest entry that bears on an article: one listing a section of it or a row of one of its
 * tables, or touching a fact it cites. Undefined when none does.
 */
export function latestChangeFor(
  log: readonly LoggedEntry[],
  article: { readonly id: string; readonly tables: readonly string[]; readonly factIds: readonly string[] },
): LoggedEntry | undefined {
  // The entry that last touched each fact the page cites, derived from the entries' fact lists.
  const lastTouches = new Set(article.factIds.flatMap((f) => lastChangeOf(log, f)?.id ?? []));
  const prefix = (links: readonly string[], ids: readonly string[]) => links.some((l) => ids.includes(l.slice(0, l.indexOf('#'))));
  return log.find((e) => lastTouches.has(e.id) || prefix(e.entry.sections, [article.id]) || prefix(e.entry.rows, article.tables));
}

/** The changes of some projects, for an article's "What changed recently": project by project in the order given, newest line first. */
export function recentChanges(log: readonly LoggedEntry[], projects: readonly string[]): Extract<LoggedEntry, { kind: 'change' }>[] {
  return projects.flatMap((project) =>
    log
      .filter((e): e is Extract<LoggedEntry, { kind: 'change' }> => e.kind === 'change' && e.release.project === project)
      .sort((a, b) => compareVersions(b.release.version, a.release.version)),
  );
}

/** The `projects` attribute of `<RecentChanges projects="kafka spark" />` as a list; an unknown project throws with its name. */
export function parseProjects(attribute: string | undefined): ReleaseProject[] {
  const names = (attribute ?? '').split(/\s+/).filter(Boolean);
  if (names.length === 0) throw new Error(`projects must name one or more of ${releaseProjects.join(', ')}`);
  return names.map((name) => {
    const project = releaseProjects.find((p) => p === name);
    if (!project) throw new Error(`projects: "${name}" is not one of ${releaseProjects.join(', ')}`);
    return project;
  });
}

/** Consecutive changes of one release line, together: how an article lists them, one line per release. */
export function byRelease(
  changes: readonly Extract<LoggedEntry, { kind: 'change' }>[],
): { release: LoggedRelease; entries: Extract<LoggedEntry, { kind: 'change' }>[] }[] {
  const groups: { release: LoggedRelease; entries: Extract<LoggedEntry, { kind: 'change' }>[] }[] = [];
  for (const change of changes) {
    const last = groups.at(-1);
    if (last?.release.id === change.release.id) last.entries.push(change);
    else groups.push({ release: change.release, entries: [change] });
  }
  return groups;
}

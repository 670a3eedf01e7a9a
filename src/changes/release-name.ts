import type { Release } from '../schemas/release';

const names: Record<Release['project'], string> = { kafka: 'Kafka', spark: 'Spark', flink: 'Flink' };

/** "Kafka 4.2": a release line as badges, cells and entries name it. */
export function releaseName(release: Pick<Release, 'project' | 'version'>): string {
  return `${names[release.project]} ${release.version}`;
}

/** "Kafka": a project's short name, for group headings and column groups. */
export function projectShortName(project: Release['project']): string {
  return names[project];
}

/**
 * The words around a line's day: none for a released line; for a line whose documentation is out
 * before its release is announced, "documented by" the day, "not yet on the release page".
 */
export function releaseWhenParts(release: Pick<Release, 'status'>): { readonly before: string; readonly after: string } {
  return release.status === 'docs-published'
    ? { before: 'documented by ', after: ', not yet on the release page' }
    : { before: '', after: '' };
}

/** How a line's date reads in text: `date` formats the day, with the words of `releaseWhenParts` around it. */
export function releaseWhen(release: Pick<Release, 'status' | 'released'>, date: (d: Date) => string): string {
  const { before, after } = releaseWhenParts(release);
  return `${before}${date(release.released)}${after}`;
}

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
 * How a line's date reads: its release day, or for a line whose documentation is out before its
 * release is announced, the day by which it was documented. `date` formats the day.
 */
export function releaseWhen(release: Pick<Release, 'status' | 'released'>, date: (d: Date) => string): string {
  return release.status === 'docs-published'
    ? `documented by ${date(release.released)}, not yet on the release page`
    : date(release.released);
}

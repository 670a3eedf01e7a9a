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

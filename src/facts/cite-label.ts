import type { Source } from '../schemas/source';

const projectNames: Record<Source['project'], string> = {
  kafka: 'Kafka',
  spark: 'Spark',
  flink: 'Flink',
  research: 'Paper',
};

const kindNames: Record<Source['kind'], string> = {
  docs: 'docs',
  kip: 'KIP',
  jira: 'JIRA',
  'source-code': 'source',
  release: 'release',
  paper: '',
};

/** The short visible label of a citation link: "Kafka docs", "Spark JIRA", "Paper". */
export function citeLabel(source: Pick<Source, 'project' | 'kind'>): string {
  return [projectNames[source.project], kindNames[source.kind]].filter(Boolean).join(' ');
}

const projectFullNames: Record<Source['project'], string> = {
  kafka: 'Apache Kafka',
  spark: 'Apache Spark',
  flink: 'Apache Flink',
  research: 'Research',
};

/** "Apache Kafka" for a Kafka source; used where a version is named with its project. */
export function projectName(project: Source['project']): string {
  return projectFullNames[project];
}

/**
 * Which URLs the site may cite. A claim names a version, so its source is the page or file for
 * that version: never a moving target that will say something else after the next release, and
 * only on a host that publishes primary material (the Apache projects, their GitHub repositories,
 * and the artifact registries for release dates). Pure: the content checks and the check over the
 * built pages both call it.
 */

/** Path segments that always name a moving target: a branch or an alias for "the newest docs". */
const movingSegments = new Set(['trunk', 'master', 'main', 'latest', 'current', 'stable']);

/** A segment such as `flink-docs-stable` or `docs-master`: a moving target spelt into a name. */
const movingSuffix = /-(trunk|master|main|latest|current|stable)$/;

/** Hosts outside *.apache.org that may be cited, with the part of the site that counts. */
const otherHosts: readonly { host: string; path: RegExp; what: string }[] = [
  { host: 'github.com', path: /^\/apache\//, what: 'repositories of the Apache Software Foundation' },
  { host: 'repo1.maven.org', path: /^\/maven2\//, what: 'Maven Central' },
  { host: 'central.sonatype.com', path: /^\//, what: 'Maven Central' },
  { host: 'search.maven.org', path: /^\//, what: 'Maven Central' },
  { host: 'pypi.org', path: /^\/project\//, what: 'PyPI' },
];

const allowedHostsText = '*.apache.org, github.com/apache/…, Maven Central, PyPI';

/** Why `url` may not be cited, or undefined when it may. */
export function sourceUrlProblem(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'not an absolute URL';
  }
  if (parsed.protocol !== 'https:') return 'not an https:// URL';
  const host = parsed.hostname.toLowerCase();
  const apache = host === 'apache.org' || host.endsWith('.apache.org');
  if (!apache) {
    const other = otherHosts.find((h) => h.host === host);
    if (!other) return `host ${host} is not a primary source (allowed: ${allowedHostsText})`;
    if (!other.path.test(parsed.pathname)) return `only ${other.what} on ${host} may be cited`;
  }
  const segments = parsed.pathname.split('/').filter(Boolean).map(decodeURIComponent);
  // On GitHub only the ref names a version (owner/repo/blob|tree|raw|commits/<ref>/path): a path
  // such as src/main/java is a folder, not a branch.
  const isMoving = (s: string) => movingSegments.has(s.toLowerCase()) || movingSuffix.test(s.toLowerCase());
  const refOnly = host === 'github.com' && ['blob', 'tree', 'raw', 'commits'].includes(segments[2] ?? '');
  const moving = refOnly ? [segments[3] ?? ''].find(isMoving) : segments.find(isMoving);
  if (moving !== undefined) {
    return `"${moving}" is a moving target; link the page or file for the version the claim names (a release tag, a docs version)`;
  }
  if (host === 'kafka.apache.org' && /^documentation/.test(segments[0] ?? '')) {
    return 'the unversioned Kafka documentation; link the versioned page (kafka.apache.org/44/…)';
  }
  if (host === 'spark.apache.org' && segments[0] === 'docs' && !/^\d+\.\d+\.\d+$/.test(segments[1] ?? '')) {
    return 'Spark documentation without a release number; link spark.apache.org/docs/<x.y.z>/…';
  }
  if (host === 'nightlies.apache.org' && segments[0] === 'flink' && !/^flink-docs-release-\d+\.\d+$/.test(segments[1] ?? '')) {
    return 'Flink documentation without a release line; link nightlies.apache.org/flink/flink-docs-release-<x.y>/…';
  }
  return undefined;
}

/** Every http(s) URL written into a piece of plain text (a note, a label). */
export function urlsInText(text: string): string[] {
  return [...text.matchAll(/https?:\/\/[^\s)"'<>\]]+/g)].map((m) => m[0].replace(/[.,;:]+$/, ''));
}

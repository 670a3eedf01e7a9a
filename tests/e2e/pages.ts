/** The site's pages, as a reader reaches them (the 404 page is tested on its own). */
export const sitePaths = [
  '/',
  '/kafka-streams-vs-spark/',
  '/kafka-streams-vs-spark/table/',
  '/decide/',
  '/what-is-kafka-streams/',
  '/scaling-kafka-streams/',
  '/what-is-spark-structured-streaming/',
  '/kafka-streams-vs-flink/',
  '/kafka-streams-vs-flink/table/',
  '/latency/',
  '/faq/',
  '/glossary/',
  '/changes/',
  '/versions/',
  '/search/',
] as const;

/** The pages with public anchors (sections, rows, questions, terms) that readers link to. */
export const anchoredPaths = sitePaths.filter((path) => path !== '/search/');

/** The side-by-side tables, each on its own page. */
export const tablePaths = sitePaths.filter((path) => path.endsWith('/table/'));

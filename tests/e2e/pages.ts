/** The site's pages, as a reader reaches them (the 404 page is tested on its own). */
export const sitePaths = ['/', '/kafka-streams-vs-spark/', '/kafka-streams-vs-spark/table/', '/faq/', '/search/'] as const;

/** The pages with public anchors (sections, rows, questions) that readers link to. */
export const anchoredPaths = sitePaths.filter((path) => path !== '/search/');

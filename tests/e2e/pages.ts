/** The site's pages, as a reader reaches them (the 404 page is tested on its own). */
export const sitePaths = ['/', '/kafka-streams-vs-spark/', '/kafka-streams-vs-spark/table/', '/faq/'] as const;

/**
 * The query parameter that carries the searched words to a result's page, which highlights them
 * (`/faq/?highlight=linger#which-has-lower-latency`). In a module of its own because every page's
 * bootstrap script reads it, and whatever else shares its module would be bundled with it.
 */
export const highlightParam = 'highlight';

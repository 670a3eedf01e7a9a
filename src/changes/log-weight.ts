/**
 * Search weight of the change log's text. An entry names the same keys and versions as the sections
 * that explain them, in fewer words, so at full weight it would outrank them; a reader looking up
 * `linger.ms` wants the explanation first and the log entry after it.
 */
export const logWeight = 0.3;

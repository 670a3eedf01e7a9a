import Callout from './Callout.astro';
import ComparisonTable from './ComparisonTable.astro';
import Fact from './Fact.astro';

/** Components every MDX article and FAQ answer may use without importing them. */
export const mdxComponents = { Callout, ComparisonTable, Fact };

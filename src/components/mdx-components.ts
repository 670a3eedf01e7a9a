import Callout from './Callout.astro';
import ComparisonTable from './ComparisonTable.astro';
import DecisionGuide from '../decide/DecisionGuide.astro';
import DecisionTable from '../decide/DecisionTable.astro';
import Diagram from '../diagrams/Diagram.astro';
import Fact from '../facts/Fact.astro';
import LatencyExplainer from '../latency/LatencyExplainer.astro';
import MdxH2 from '../anchors/MdxH2.astro';
import MdxH3 from '../anchors/MdxH3.astro';
import RecentChanges from '../changes/RecentChanges.astro';
import Term from '../glossary/Term.astro';

/** Components every MDX article and FAQ answer may use without importing them, and heading overrides. */
export const mdxComponents = {
  Callout,
  ComparisonTable,
  DecisionGuide,
  DecisionTable,
  Diagram,
  Fact,
  LatencyExplainer,
  RecentChanges,
  Term,
  h2: MdxH2,
  h3: MdxH3,
};

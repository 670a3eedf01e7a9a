import { it } from 'vitest';
import { openBuiltSearch, landing } from './pagefind-node';
import { runSearch } from '../../src/lib/run-search';
import { rankingCases } from '../search/queries';
it('tune', async () => {
  const s = await openBuiltSearch();
  const rows: string[] = [];
  await s.pagefind.search('kafka');
  for (const pageLength of [0, 0.05, 0.1, 0.15, 0.2, 0.3]) for (const termFrequency of [0.2, 0.4, 0.7, 1]) for (const title of [5, 10, 20]) for (const termSaturation of [1.4]) {
    await s.pagefind.options({ ranking: { pageLength, termFrequency, termSaturation, metaWeights: { title, context: 0 } } });
    const failed: string[] = [];
    for (const { query, expected } of rankingCases) {
      const { hits } = await runSearch({ query, filters: {} }, 3, s);
      if (!hits.map((h) => landing(h.url)).includes(expected)) failed.push(query);
    }
    rows.push(`${failed.length}\tpl=${pageLength} tf=${termFrequency} title=${title} ts=${termSaturation}\t${failed.join(' | ')}`);
  }
  rows.sort((a, b) => parseInt(a) - parseInt(b));
  console.log(rows.filter((r) => /pl=0.1[5]? tf=0.7|pl=0.2 tf=0.7|pl=0.3 tf=0.7/.test(r)).join('\n'));
  await s.close();
}, 600000);

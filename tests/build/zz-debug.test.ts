import { it } from 'vitest';
import { openBuiltSearch } from './pagefind-node';
import { bestSection } from '../../src/lib/search-hits';
it('debug', async () => {
  const s = await openBuiltSearch();
  for (const q of (process.env['Q'] ?? 'spark trigger availablenow').split('|')) {
    const r = await s.pagefind.search(q);
    console.log('QUERY', q, r.results.length);
    for (const res of r.results.slice(0, 6)) {
      const d = await res.data() as any;
      const words = d.content.split(/\s+/);
      console.log(res.score.toFixed(3), d.url.replace(s.origin, ''), d.word_count);
      if (d.sub_results.length > 1) for (const sr of d.sub_results) console.log('   ', sr.url.replace(s.origin,''), sr.weighted_locations.map((l: any) => `${words[l.location]}:${l.balanced_score.toFixed(0)}`).join(' '));
      if (d.sub_results.length > 1) console.log('   BEST', bestSection(d)?.url.replace(s.origin,''));
    }
  }
  await s.close();
});

import { describe, expect, it } from 'vitest';
import { checkLinks, pageIds, pageRefs } from '../../../src/build/link-check';

const pages = [
  { path: '/', html: '<a href="/faq/#q1">q</a><a href="/faq/">f</a><img src="/og/index.png"><a href="https://kafka.apache.org/">k</a>' },
  {
    path: '/faq/',
    html: '<h2 id="q1">Q</h2><h3 id="q2">Q2</h3><a href="#q2">self</a><a href="../#top">up</a><script>const s = \'<a href="/x/">\';</script>',
  },
];
const files = ['index.html', 'faq/index.html', 'og/index.png'];

describe('pageIds and pageRefs', () => {
  it('ignore markup-like text inside scripts', () => {
    expect(pageIds(pages[1]!.html)).toEqual(['q1', 'q2']);
    expect(pageRefs(pages[1]!.html).map((r) => r.value)).toEqual(['#q2', '../#top']);
  });
});

describe('checkLinks', () => {
  it('passes links, assets and fragments that resolve, and lists the rest by page and element', () => {
    expect(checkLinks(pages, files)).toEqual(['/faq/: <a href="../#top">: no element with id "top" on /; ids there: (none)']);
  });

  it('reports missing pages, assets, malformed external links and duplicate ids', () => {
    const broken = [
      {
        path: '/',
        html: '<h2 id="a">A</h2><h3 id="a">A</h3><a href="/gone/">x</a><img src="/missing.png"><a href="http://insecure.example/">y</a>',
      },
    ];
    expect(checkLinks(broken, ['index.html'])).toEqual([
      '/: id "a" is used more than once (ids must be unique on a page)',
      '/: <a href="/gone/">: no page or file at /gone/',
      '/: <img src="/missing.png">: no page or file at /missing.png',
      '/: <a href="http://insecure.example/">: external links must be well-formed https:// URLs',
    ]);
  });

  it('resolves links under a base path and flags links that leave it', () => {
    const based = [
      { path: '/', html: '<a href="/docs/faq/#q1">ok</a><a href="/faq/">outside</a>' },
      { path: '/faq/', html: '<h2 id="q1">Q</h2>' },
    ];
    expect(checkLinks(based, files, '/docs/')).toEqual(['/: <a href="/faq/">: points outside the site\'s base path /docs/']);
  });
});

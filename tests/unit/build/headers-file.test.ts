import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { headersFor, inlineScriptHashes, parseHeaders } from '../../../src/build/headers-file';

const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

describe('inlineScriptHashes', () => {
  it('hashes inline scripts that run, not external ones or data blocks', () => {
    const html =
      '<script>a()</script><script type="module">b()</script><script src="/x.js"></script><script type="application/ld+json">{}</script>';
    expect(inlineScriptHashes(html)).toEqual([sha('a()'), sha('b()')]);
  });
});

describe('the _headers format', () => {
  const rules = parseHeaders(
    [
      '# comment',
      '/*',
      '  X-A: 1',
      '  Cache-Control: no-cache',
      "  Content-Security-Policy: default-src 'self'; img-src data:",
      '',
      '/pagefind/*',
      '  X-A: 2',
      '  X-B: yes',
      '/pagefind/*.pf_meta',
      '  ! cache-control',
      '  Cache-Control: public, max-age=31536000, immutable',
    ].join('\n'),
  );

  it('reads path patterns with their indented headers, values kept whole, and the headers they detach', () => {
    expect(rules).toEqual([
      {
        pattern: '/*',
        headers: { 'X-A': '1', 'Cache-Control': 'no-cache', 'Content-Security-Policy': "default-src 'self'; img-src data:" },
        detach: [],
      },
      { pattern: '/pagefind/*', headers: { 'X-A': '2', 'X-B': 'yes' }, detach: [] },
      { pattern: '/pagefind/*.pf_meta', headers: { 'Cache-Control': 'public, max-age=31536000, immutable' }, detach: ['cache-control'] },
    ]);
  });

  it('gives a path the headers of every matching rule, joining the values two rules give for one header', () => {
    expect(headersFor(rules, '/faq/')).toEqual({
      'X-A': '1',
      'Cache-Control': 'no-cache',
      'Content-Security-Policy': "default-src 'self'; img-src data:",
    });
    expect(headersFor(rules, '/pagefind/pagefind.js')).toMatchObject({ 'X-A': '1, 2', 'X-B': 'yes', 'Cache-Control': 'no-cache' });
    expect(headersFor([{ pattern: '/exact.html', headers: { A: 'b' }, detach: [] }], '/exactXhtml')).toEqual({});
  });

  it('drops what the other rules give for a header a matching rule detaches, whatever its case', () => {
    expect(headersFor(rules, '/pagefind/pagefind.en_17f1b84896.pf_meta')).toMatchObject({
      'X-A': '1, 2',
      'Cache-Control': 'public, max-age=31536000, immutable',
    });
  });
});

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
      "  Content-Security-Policy: default-src 'self'; img-src data:",
      '',
      '/pagefind/*',
      '  X-A: 2',
      '  X-B: yes',
    ].join('\n'),
  );

  it('reads path patterns with their indented headers, values kept whole', () => {
    expect(rules).toEqual([
      { pattern: '/*', headers: { 'X-A': '1', 'Content-Security-Policy': "default-src 'self'; img-src data:" } },
      { pattern: '/pagefind/*', headers: { 'X-A': '2', 'X-B': 'yes' } },
    ]);
  });

  it('gives a path the headers of every matching rule, later rules winning', () => {
    expect(headersFor(rules, '/faq/')).toEqual({ 'X-A': '1', 'Content-Security-Policy': "default-src 'self'; img-src data:" });
    expect(headersFor(rules, '/pagefind/pagefind.js')).toMatchObject({ 'X-A': '2', 'X-B': 'yes' });
    expect(headersFor([{ pattern: '/exact.html', headers: { A: 'b' } }], '/exactXhtml')).toEqual({});
  });
});

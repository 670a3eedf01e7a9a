import { describe, expect, it } from 'vitest';
import { page, pages } from './dist';

describe.each(pages())('$url', ({ url }) => {
  const doc = page(url);

  it('has one h1, a title, a description of 50–160 characters and an absolute canonical URL', () => {
    expect(doc.querySelectorAll('h1')).toHaveLength(1);
    expect(doc.querySelector('title')?.text.trim()).toBeTruthy();
    const description = doc.querySelector('meta[name="description"]')?.getAttribute('content') ?? '';
    expect(description.length).toBeGreaterThanOrEqual(50);
    expect(description.length).toBeLessThanOrEqual(160);
    expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toMatch(/^https:\/\/[^/]+\//);
  });

  it('has unique ids', () => {
    const ids = doc.querySelectorAll('[id]').map((el) => el.id);
    const repeated = ids.filter((id, i) => ids.indexOf(id) !== i);
    expect(repeated).toEqual([]);
  });

  it('runs only the inline theme script and one enhancement module from the site itself', () => {
    const scripts = doc.querySelectorAll('script').filter((s) => s.getAttribute('type') !== 'application/ld+json');
    expect(scripts.map((s) => s.getAttribute('type') ?? 'classic')).toEqual(['classic', 'module']);
    expect(scripts[0]?.getAttribute('src')).toBeUndefined();
    expect(scripts[0]?.text).toContain('data-theme-toggle');
    expect(scripts[1]?.getAttribute('src')).toMatch(/^\/_astro\/[\w.-]+\.js$/);
  });

  it('loads nothing from another origin', () => {
    const refs = doc.querySelectorAll('link[href], script[src], img[src], source[src], iframe[src]');
    const external = refs
      .filter((el) => el.tagName !== 'LINK' || el.getAttribute('rel') !== 'canonical')
      .map((el) => el.getAttribute('href') ?? el.getAttribute('src') ?? '')
      .filter((ref) => /^(https?:)?\/\//.test(ref));
    expect(external).toEqual([]);
  });
});

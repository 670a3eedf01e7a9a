import { describe, expect, it } from 'vitest';
import { page, pages } from './dist';

/** Pages that run a module of their own at first load, and the custom element it defines. */
const toolModules: Record<string, string> = { '/decide/': 'decision-guide' };

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

  it("runs the inline theme script, one enhancement module and, on a page with a tool, that tool's own module", () => {
    const scripts = doc.querySelectorAll('script').filter((s) => s.getAttribute('type') !== 'application/ld+json');
    const tool = toolModules[url];
    expect(scripts.map((s) => s.getAttribute('type') ?? 'classic')).toEqual(['classic', 'module', ...(tool ? ['module'] : [])]);
    expect(scripts[0]?.getAttribute('src')).toBeUndefined();
    expect(scripts[0]?.text).toContain('data-theme-toggle');
    const modules = scripts.slice(1);
    expect(modules.find((s) => s.getAttribute('src'))?.getAttribute('src')).toMatch(/^\/_astro\/[\w.-]+\.js$/);
    if (tool) expect(modules.find((s) => !s.getAttribute('src'))?.text).toContain(`customElements.define(\`${tool}\``);
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

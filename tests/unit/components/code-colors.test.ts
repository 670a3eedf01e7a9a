import { codeToHtml } from 'shiki';
import { describe, expect, it } from 'vitest';
import { codeColoursCss, colourClass, styleClasses, themeColours } from '../../../src/components/code-colors';
import { codeDefaultColor, codeThemes, codeTransformers } from '../../../src/components/code-themes';

const known = new Set(['cl-cf222e', 'cd-ff7b72']);

describe('code colours as classes', () => {
  it('names one class per colour and theme, whatever the case of the hex', () => {
    expect(colourClass('light', '#CF222E')).toBe('cl-cf222e');
    expect(colourClass('dark', '#ff7b72')).toBe('cd-ff7b72');
  });

  it('lists a theme file’s token colours and its foreground once each', () => {
    const colours = themeColours({
      colors: { 'editor.foreground': '#1F2328' },
      tokenColors: [{ settings: { foreground: '#CF222E' } }, { settings: {} }, { settings: { foreground: '#cf222e' } }],
    });
    expect(colours).toEqual(['#1f2328', '#cf222e']);
  });

  it('turns a token style into classes and drops what the stylesheet already says', () => {
    expect(styleClasses('--shiki-light:#CF222E;--shiki-dark:#FF7B72', known)).toEqual(['cl-cf222e', 'cd-ff7b72']);
    expect(styleClasses('--shiki-light-bg:#fff;--shiki-dark-bg:#000;overflow-x:auto;--shiki-light-font-style:italic', known)).toEqual([]);
  });

  it('fails on a colour or a property the stylesheet has no class for, rather than lose it', () => {
    expect(() => styleClasses('--shiki-light:#123456', known)).toThrow(/#123456 for the light theme/);
    expect(() => styleClasses('color:red', known)).toThrow(/no class for: "color:red"/);
  });

  it('writes one rule per colour and the block colours, in the prose layer', () => {
    const css = codeColoursCss(codeThemes);
    expect(css).toMatch(
      /^@layer prose\{pre\.astro-code\{--shiki-light:#1f2328;--shiki-dark:#e6edf3;--shiki-light-bg:#ffffff;--shiki-dark-bg:#0d1117\}/,
    );
    expect(css).toContain('.cl-cf222e{--shiki-light:#cf222e}');
    expect(css).toContain('.cd-ff7b72{--shiki-dark:#ff7b72}');
  });

  it('leaves no style attribute on a block highlighted with the site’s themes, only classes the stylesheet defines', async () => {
    const html = await codeToHtml('props.put("linger.ms", 5); // batch', {
      lang: 'java',
      themes: codeThemes,
      defaultColor: codeDefaultColor,
      transformers: codeTransformers,
    });
    expect(html).not.toContain('style=');
    const css = codeColoursCss(codeThemes);
    const classes = [...html.matchAll(/\bc[ld]-[0-9a-f]{6}\b/g)].map(([name]) => name);
    expect(classes.length).toBeGreaterThan(4);
    for (const name of classes) expect(css).toContain(`.${name}{`);
    expect(html).toMatch(/<span class="cl-[0-9a-f]{6} cd-[0-9a-f]{6}">/);
  });
});

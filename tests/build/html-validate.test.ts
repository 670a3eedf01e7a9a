import { HtmlValidate } from 'html-validate';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pages } from './dist';

/**
 * html-validate's recommended rules (which include unique ids and no skipped heading levels) on
 * every page. Two rules are off and one narrowed (below): Shiki writes each token's light and dark colours as inline CSS
 * variables, which is what lets the theme switch without re-rendering code.
 */
const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    'no-inline-style': 'off',
    // The search results are the listbox of a combobox (ARIA's pattern for a search box with
    // suggestions); a native <select> cannot hold links with excerpts.
    'prefer-native-element': ['error', { exclude: ['listbox'] }],
    // The tables repeat their implicit roles (table, row, cell, rowheader…) on purpose: on phones
    // CSS lays them out as blocks, and a change of display drops table semantics in some browsers.
    'no-redundant-role': 'off',
  },
});

describe.each(pages())('$url', ({ url, file }) => {
  it('is valid HTML', async () => {
    const report = await validator.validateString(readFileSync(file, 'utf8'), url);
    const messages = report.results.flatMap((r) => r.messages.map((m) => `${url} ${m.selector ?? ''}: ${m.message} [${m.ruleId}]`));
    expect(messages).toEqual([]);
  });
});

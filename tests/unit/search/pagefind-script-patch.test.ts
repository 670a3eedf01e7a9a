import { describe, expect, it } from 'vitest';
import { patchMarker, patchPagefindScript } from '../../../src/search/pagefind-script-patch';

/** The shape of Pagefind 1.6's excerpt builder: it splits the text, then marks matches in the words. */
const excerptBuilder =
  'var word_separators=/[^\\S\\uFEFF]+/g;' +
  'var build_excerpt=(content,at)=>{let fragment_words=[];fragment_words=content.split(word_separators);' +
  'fragment_words[at]=`<mark>${fragment_words[at]}</mark>`;return fragment_words.join(" ");};';

const load = (source: string) => new Function(`${source};return build_excerpt;`)() as (content: string, at: number) => string;

describe('the pagefind.js patch', () => {
  it('builds the same excerpts, each marking only its own matches, from one split per text', () => {
    const patched = patchPagefindScript(excerptBuilder);
    expect(patched).toContain(patchMarker);
    const original = load(excerptBuilder);
    const build = load(patched);
    const text = 'state stores are backed by changelog topics';
    for (const at of [0, 4, 0]) expect(build(text, at)).toBe(original(text, at));
  });

  it('fails the build, naming the file, when a release words the code differently', () => {
    expect(() => patchPagefindScript(excerptBuilder.replace('content.split', 'text.split'))).toThrow(/pagefind\.js: expected/);
    expect(() => patchPagefindScript(excerptBuilder + excerptBuilder)).toThrow(/exactly once/);
  });
});

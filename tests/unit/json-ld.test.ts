import { describe, expect, it } from 'vitest';
import { faqPageJsonLd, serializeJsonLd } from '../../src/page-meta/json-ld';

describe('faqPageJsonLd', () => {
  it('builds one Question per entry with its accepted answer', () => {
    const data = faqPageJsonLd([{ question: 'Is it?', answer: 'Yes.' }]);
    expect(data.mainEntity).toEqual([{ '@type': 'Question', name: 'Is it?', acceptedAnswer: { '@type': 'Answer', text: 'Yes.' } }]);
  });
});

describe('serializeJsonLd', () => {
  it('cannot close the script element it is written into', () => {
    const json = serializeJsonLd({ text: '</script><script>alert(1)</script>' });
    expect(json).not.toContain('</script');
    expect(JSON.parse(json)).toEqual({ text: '</script><script>alert(1)</script>' });
  });
});

import { describe, expect, it } from 'vitest';
import { escapeXml } from '../../../src/lib/escape-xml';

describe('escapeXml', () => {
  it('escapes the five characters XML reserves, and only those', () => {
    expect(escapeXml(`Streams & "Spark" <vs> Flink's`)).toBe('Streams &amp; &quot;Spark&quot; &lt;vs&gt; Flink&apos;s');
    expect(escapeXml('plain – text')).toBe('plain – text');
  });
});

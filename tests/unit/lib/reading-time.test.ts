import { describe, expect, it } from 'vitest';
import { readingMinutes } from '../../../src/lib/reading-time';

describe('readingMinutes', () => {
  it('counts prose words only, at 220 words a minute, at least one minute', () => {
    const prose = Array.from({ length: 440 }, () => 'word').join(' ');
    const code = `\n\`\`\`java\n${Array.from({ length: 2000 }, () => 'token').join(' ')}\n\`\`\`\n`;
    expect(readingMinutes(`---\ntitle: x\n---\n${prose}${code}<Fact id="a" />`)).toBe(2);
    expect(readingMinutes('short')).toBe(1);
  });
});

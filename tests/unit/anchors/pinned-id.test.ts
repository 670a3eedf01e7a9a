import { describe, expect, it } from 'vitest';
import { pinnedIdFromComment } from '../../../src/anchors/pinned-id';

describe('pinnedIdFromComment', () => {
  it('reads the id of a pin comment and ignores other expressions', () => {
    expect(pinnedIdFromComment('/* #latency */')).toBe('latency');
    expect(pinnedIdFromComment(' /*#state-and-recovery*/ ')).toBe('state-and-recovery');
    expect(pinnedIdFromComment('props.title')).toBeUndefined();
    expect(pinnedIdFromComment('/* a note */')).toBeUndefined();
  });

  it('refuses an id that is not kebab-case', () => {
    expect(() => pinnedIdFromComment('/* #Bad_Id */')).toThrow(/kebab-case/);
  });
});

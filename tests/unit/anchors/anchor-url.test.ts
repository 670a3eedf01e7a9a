import { describe, expect, it } from 'vitest';
import { absoluteAnchorUrl } from '../../../src/anchors/anchor-url';

describe('absoluteAnchorUrl', () => {
  it('keeps origin and path, drops the query, sets the fragment', () => {
    expect(absoluteAnchorUrl('https://site.dev/faq/?q=lag#old', '#how-to-monitor-spark-kafka-lag')).toBe(
      'https://site.dev/faq/#how-to-monitor-spark-kafka-lag',
    );
  });
});

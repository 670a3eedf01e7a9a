import { describe, expect, it } from 'vitest';
import { gluedSentences } from '../../../src/build/glued-text';

describe('gluedSentences', () => {
  it('finds a sentence end glued to the next word across inline elements of one block', () => {
    expect(gluedSentences('<p>Read the primary sources.<a href="/a/">The reasoning</a> is here.</p>')).toEqual([
      '<p> "Read the primary sources.The reasoning is here."',
    ]);
    expect(gluedSentences('<ul><li><span>It waits.</span><span>Nothing else</span></li></ul>')).toHaveLength(1);
    expect(gluedSentences('<table><tr><td>One cell.<em>Two</em></td></tr></table>')).toHaveLength(1);
    expect(gluedSentences('<li><a href="/">A title</a> <span>(Spark docs)</span><span>Read on 30 November</span></li>')).toHaveLength(1);
  });

  it('accepts spaced sentences, code, block boundaries and names that are not sentence ends', () => {
    expect(gluedSentences('<p>One sentence. <a href="/">Another one.</a></p>')).toEqual([]);
    expect(gluedSentences('<p>Call <code>StreamsConfig.APPLICATION_ID_CONFIG</code> or <code>Trigger.RealTime</code>.</p>')).toEqual([]);
    expect(gluedSentences('<div><p>First paragraph.</p><p>Second paragraph.</p></div>')).toEqual([]);
    expect(gluedSentences('<li><p>Item text.</p><ul><li>Nested item.</li></ul></li>')).toEqual([]);
    expect(gluedSentences('<p>Line one.<br>Line two.</p>')).toEqual([]);
    expect(gluedSentences('<p>Version 4.4.0 and e.g. kafka.apache.org work.</p>')).toEqual([]);
    expect(gluedSentences('<pre><code>a.B()\nfoo.Bar</code></pre>')).toEqual([]);
    expect(
      gluedSentences('<li>org.apache.spark.sql.streaming.Trigger (docs) and pyspark.sql.streaming.DataStreamWriter.trigger</li>'),
    ).toEqual([]);
  });
});

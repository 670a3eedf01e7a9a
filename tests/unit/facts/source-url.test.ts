import { describe, expect, it } from 'vitest';
import { sourceUrlProblem, urlsInText } from '../../../src/facts/source-url';

describe('sourceUrlProblem', () => {
  it.each([
    'https://kafka.apache.org/44/streams/developer-guide/config-streams',
    'https://github.com/apache/kafka/blob/4.4.0/docs/streams/upgrade-guide.md',
    'https://github.com/apache/spark/blob/v4.2.0/python/pyspark/sql/streaming/readwriter.py',
    'https://github.com/apache/kafka/blob/4.4.0/streams/src/main/java/org/apache/kafka/streams/StreamsConfig.java',
    'https://github.com/apache/spark/commit/043b0963',
    'https://spark.apache.org/docs/4.2.0/streaming/apis-on-dataframes-and-datasets.html#triggers',
    'https://nightlies.apache.org/flink/flink-docs-release-2.3/docs/ops/state/state_backends/',
    'https://cwiki.apache.org/confluence/display/KAFKA/KIP-1034',
    'https://issues.apache.org/jira/browse/SPARK-53736',
    'https://lists.apache.org/thread/abc',
    'https://repo1.maven.org/maven2/org/apache/kafka/kafka-streams/4.4.0/',
    'https://pypi.org/project/apache-flink/2.3.0/',
    'https://spark.apache.org/releases/spark-release-4-2-0.html',
  ])('accepts %s', (url) => {
    expect(sourceUrlProblem(url)).toBeUndefined();
  });

  it.each([
    ['https://github.com/apache/kafka/blob/trunk/docs/streams/index.md', /"trunk" is a moving target/],
    ['https://github.com/apache/spark/tree/master/docs', /"master" is a moving target/],
    ['https://github.com/apache/flink/blob/main/README.md', /"main" is a moving target/],
    ['https://github.com/apache/kafka/tree/trunk', /"trunk" is a moving target/],
    ['https://github.com/apache/kafka/blob/trunk/streams/src/main/java/X.java', /"trunk" is a moving target/],
    ['https://spark.apache.org/docs/latest/streaming/index.html', /"latest" is a moving target/],
    ['https://spark.apache.org/docs/streaming.html', /without a release number/],
    ['https://nightlies.apache.org/flink/flink-docs-stable/docs/concepts/time/', /"flink-docs-stable" is a moving target/],
    ['https://nightlies.apache.org/flink/flink-docs-lts/docs/concepts/time/', /without a release line/],
    ['https://kafka.apache.org/current/streams/', /"current" is a moving target/],
    ['https://kafka.apache.org/documentation/streams/', /unversioned Kafka documentation/],
    ['https://kafka.apache.org/documentation.html#streamsconfigs', /unversioned Kafka documentation/],
    ['https://www.mail-archive.com/commits@spark.apache.org/msg84007.html', /host www\.mail-archive\.com is not a primary source/],
    ['https://index.scala-lang.org/apache/spark/artifacts/spark-sql/4.2.0', /is not a primary source/],
    ['https://github.com/confluentinc/kafka-streams-examples', /only repositories of the Apache Software Foundation/],
    ['https://pypi.org/search/?q=flink', /only PyPI on pypi\.org/],
    ['http://kafka.apache.org/44/streams/', /https/],
    ['not a url', /absolute URL/],
  ])('rejects %s', (url, problem) => {
    expect(sourceUrlProblem(url)).toMatch(problem);
  });
});

describe('urlsInText', () => {
  it('finds URLs in prose without the punctuation after them', () => {
    expect(urlsInText('See https://a.apache.org/x, and (https://b.apache.org/y).')).toEqual([
      'https://a.apache.org/x',
      'https://b.apache.org/y',
    ]);
  });
});

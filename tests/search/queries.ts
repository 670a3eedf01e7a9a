/**
 * Queries readers type, each with the page, section, question or row that should be among the
 * first three results. tests/build/search-ranking.test.ts runs them against the built index.
 *
 * When a query fails: improve the content, the weights or the ranking options (src/lib/search-options.ts),
 * never a rule for one query. Add a query here for every search a reader reports as poor.
 */
export interface RankingCase {
  readonly query: string;
  /** Where the reader should land: "/faq/#id", "/<article>/table/#row-id" or "/<article>/#heading-id". */
  readonly expected: string;
}

const article = '/kafka-streams-vs-spark/';
const table = '/kafka-streams-vs-spark/table/';
const faq = (id: string) => `/faq/#${id}`;
const row = (id: string) => `${table}#${id}`;
const section = (id: string) => `${article}#${id}`;

export const rankingCases: readonly RankingCase[] = [
  // Processing model, spelled every way readers spell it.
  { query: 'is kafka streams micro batch', expected: faq('is-kafka-streams-micro-batch') },
  { query: 'kafka streams micro-batch', expected: faq('is-kafka-streams-micro-batch') },
  { query: 'kafka streams microbatch', expected: faq('is-kafka-streams-micro-batch') },
  { query: 'kstreams micro batch', expected: faq('is-kafka-streams-micro-batch') },
  { query: 'kafka streams micro bacth', expected: faq('is-kafka-streams-micro-batch') },
  { query: 'record at a time processing', expected: row('processing-model') },

  // Delivery guarantees.
  { query: 'exactly once spark kafka sink', expected: faq('does-spark-support-exactly-once-with-kafka') },
  { query: 'structured streaming exactly-once', expected: faq('does-spark-support-exactly-once-with-kafka') },
  { query: 'kafka streams exactly once', expected: faq('does-kafka-streams-support-exactly-once') },
  { query: 'kafka streams exactly-once', expected: faq('does-kafka-streams-support-exactly-once') },
  { query: 'kstreams exactly once', expected: faq('does-kafka-streams-support-exactly-once') },
  { query: 'EOS', expected: faq('does-kafka-streams-support-exactly-once') },
  { query: 'exactly_once_v2', expected: faq('does-kafka-streams-support-exactly-once') },
  { query: 'exactyl once kafka streams', expected: faq('does-kafka-streams-support-exactly-once') },
  { query: 'at least once delivery', expected: row('delivery-guarantees') },

  // Latency and the settings behind it.
  { query: 'which has lower latency', expected: faq('which-has-lower-latency') },
  { query: 'linger', expected: section('where-kafka-streams-defaults-add-delay') },
  { query: 'linger.ms', expected: section('where-kafka-streams-defaults-add-delay') },
  { query: 'lingr', expected: section('where-kafka-streams-defaults-add-delay') },
  { query: 'record cache commit interval', expected: section('where-kafka-streams-defaults-add-delay') },
  { query: 'latency floor', expected: row('latency-floor') },
  { query: 'spark trigger availablenow', expected: section('spark-triggers-and-the-micro-batch-floor') },

  // Spark's low-latency modes.
  { query: 'RTM', expected: faq('what-is-spark-real-time-mode') },
  { query: 'what is rtm', expected: faq('what-is-spark-real-time-mode') },
  { query: 'spark real-time mode', expected: faq('what-is-spark-real-time-mode') },
  { query: 'structured streaming real time mode stateful', expected: faq('what-is-spark-real-time-mode') },
  { query: 'continuous processing production ready', expected: faq('is-spark-continuous-processing-production-ready') },
  { query: 'spark continuous mode', expected: faq('is-spark-continuous-processing-production-ready') },

  // State and scaling.
  { query: 'rocksdb', expected: section('state-and-recovery') },
  { query: 'rocksbd', expected: section('state-and-recovery') },
  { query: 'how much state can kafka streams hold', expected: faq('how-much-state-can-kafka-streams-hold') },
  { query: 'changelog topic restore', expected: faq('how-much-state-can-kafka-streams-hold') },
  { query: 'how many instances kafka streams', expected: faq('how-many-instances-can-a-kafka-streams-app-use') },
  { query: 'num.stream.threads', expected: faq('how-many-instances-can-a-kafka-streams-app-use') },
  { query: 'warm-up replicas', expected: section('how-far-each-one-scales') },
  { query: 'scaling ceiling partitions', expected: row('scaling-ceiling') },

  // Running it.
  { query: 'kafka streams kubernetes', expected: faq('how-to-run-kafka-streams-on-kubernetes') },
  { query: 'kstreams k8s', expected: faq('how-to-run-kafka-streams-on-kubernetes') },
  { query: 'kubernets statefulset', expected: faq('how-to-run-kafka-streams-on-kubernetes') },
  { query: 'does kafka streams need a cluster', expected: faq('does-kafka-streams-need-a-cluster') },
  { query: 'monitor consumer lag spark', expected: faq('how-to-monitor-spark-kafka-lag') },
  { query: 'kafka-consumer-groups.sh', expected: section('watching-lag-from-the-kafka-side') },
  { query: 'is kafka streams cheaper', expected: faq('which-is-cheaper-to-run') },
  { query: 'who operates it', expected: row('operational-owner') },

  // Languages, APIs and tests.
  { query: 'kafka streams python', expected: faq('can-i-use-kafka-streams-from-python') },
  { query: 'scala api deprecated', expected: row('languages') },
  { query: 'topologytestdriver', expected: row('testing') },
  { query: 'unit testing', expected: row('testing') },
  { query: 'word count example', expected: section('the-same-job-in-both') },

  // Sources, sinks, joins and time.
  { query: 'kafka streams read from database', expected: faq('can-kafka-streams-read-from-a-database') },
  { query: 'jdbc streaming source', expected: row('sources-and-sinks') },
  { query: 'watermark late data', expected: row('event-time-and-late-data') },
  { query: 'watermrk', expected: row('event-time-and-late-data') },
  { query: 'grace period', expected: row('event-time-and-late-data') },
  { query: 'stream-stream join', expected: row('joins') },
  { query: 'globalktable', expected: row('joins') },
  { query: 'mllib', expected: row('batch-sql-ml') },

  // Choosing.
  { query: 'difference between kafka streams and spark', expected: faq('what-is-the-difference-between-kafka-streams-and-spark') },
  { query: 'when to use spark instead of kafka streams', expected: faq('when-to-use-spark-instead-of-kafka-streams') },
  { query: 'can kafka streams replace spark for etl', expected: faq('can-kafka-streams-replace-spark-for-etl') },
  { query: 'kafka streams vs flink', expected: faq('kafka-streams-or-flink') },
  { query: 'run kafka streams and spark together', expected: faq('can-i-run-kafka-streams-and-spark-together') },
  { query: 'migrate from kafka streams to spark', expected: faq('how-to-migrate-between-kafka-streams-and-spark') },
  { query: 'library vs cluster', expected: section('library-vs-cluster-engine') },
  { query: 'upgrade application.id state migration', expected: row('upgrades-and-state-migration') },
  { query: 'dead letter queue', expected: section('what-changed-recently') },
];

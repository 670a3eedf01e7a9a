/**
 * The site's architecture diagrams: for each id, the words that go with its drawing. `desc`
 * describes the whole picture, naming every labelled part, so a screen reader or a text copy of
 * the page loses nothing; the drawing itself is `<id in PascalCase>.astro` in this folder.
 */
export interface DiagramInfo {
  /** Short name of the picture: the svg's `<title>`, its accessible name. */
  readonly title: string;
  /** Every box, label and connection in words: the svg's `<desc>`, its accessible description. */
  readonly desc: string;
  /** What the reader should take from it, shown under the picture. */
  readonly caption: string;
  /** viewBox size in user units; the svg scales to the column width with this aspect ratio. */
  readonly width: number;
  readonly height: number;
}

const registry = {
  'kafka-streams-app': {
    title: 'A Kafka Streams application with two instances',
    desc:
      'Two instances of one application share the same application.id, so they form one group. ' +
      'Instance 1 and Instance 2 are each an ordinary JVM service process with the Kafka Streams library inside. ' +
      'Each instance runs stream thread 1, which holds two tasks: Instance 1 runs task 0_0 and task 0_1, and Instance 2 runs task 0_2 and task 0_3. ' +
      'Each task reads one partition of the input topic: task 0_0 reads input p0, task 0_1 reads input p1, task 0_2 reads input p2 and task 0_3 reads input p3. ' +
      'Each task keeps a local RocksDB store. Each store logs the updates written to it, after the record cache, to its own partition of the changelog topic of the store, ' +
      'from changelog p0 for task 0_0 to changelog p3 for task 0_3. ' +
      "Instance 2 also holds a standby replica, which exists only if configured: a copy of 0_0's store, kept current from changelog p0, ready to take over task 0_0 if Instance 1 fails. " +
      'With one standby replica configured, every task has a standby on the other instance: Instance 1 would hold standbys of 0_2 and 0_3, and Instance 2 one of 0_1 as well. ' +
      "Only 0_0's standby is drawn. " +
      'Each instance reads from and writes to the Kafka cluster, the only shared infrastructure. ' +
      'It holds the input topic and the changelog topic, each with partitions p0, p1, p2 and p3, and the output topic the tasks write their results to.',
    caption:
      'Kafka Streams inside your services: here each task owns one input partition and one local store, and a changelog topic in Kafka backs each store.',
    width: 360,
    height: 710,
  },
  'spark-query': {
    title: 'A Spark Structured Streaming query on a cluster',
    desc:
      'A cluster manager (Kubernetes, YARN or standalone) starts the executors, and the driver too in cluster mode. ' +
      'In client mode the driver runs where the application was submitted. ' +
      'A Kafka cluster holds the source topic with four partitions: p0, p1, p2 and p3. ' +
      'Executor 1 and Executor 2 are JVM processes on worker nodes. ' +
      'Here the source stage runs one task per Kafka partition: on Executor 1 one task reads p0 and another reads p1, on Executor 2 the same for p2 and p3. ' +
      'In the shuffle that follows, rows move between the executors by key. ' +
      'The stateful tasks come one per shuffle partition: spark.sql.shuffle.partitions sets how many, and that number stays fixed for the life of the checkpoint. ' +
      'The picture draws them as a stack on each executor. ' +
      'Each stateful task keeps its state in a state store on its executor, from the HDFS-backed or the RocksDB provider. ' +
      'The executors write state files to the state/ folder of the checkpoint location. ' +
      'The driver asks Kafka for the latest offsets to choose the range of each batch, plans each micro-batch and schedules its tasks on the executors. ' +
      "Before a batch runs, the driver writes the batch's offset range to the offset log in offsets/. " +
      'After the batch ends, it records the batch in the commit log in commits/. ' +
      'The checkpoint location sits on durable, HDFS-compatible storage such as HDFS, or an object store with a suitable checkpoint file manager. ' +
      'The results go to the sink: the stateful tasks write them to a Kafka topic or files, or a foreachBatch function receives each micro-batch and writes it elsewhere.',
    caption:
      'A Spark streaming query: the driver plans each micro-batch and logs its progress in the checkpoint, while executors run the tasks and hold the state.',
    width: 360,
    height: 784,
  },
  'both-at-the-boundary': {
    title: 'Kafka Streams and Spark on either side of Kafka topics',
    desc:
      'On the operational side, which works per event, Service A and Service B are JVM services with Kafka Streams inside. ' +
      'They read Kafka topics and write Kafka topics: Service A reads raw events and writes enriched events, and Service B reads results. ' +
      'The Kafka topics are the boundary between the two sides. ' +
      'A Spark Structured Streaming query reads topics such as the enriched events into tables, and may write results back to Kafka for services such as Service B to read. ' +
      'The query writes Delta Lake or Iceberg tables on HDFS or object storage. ' +
      'The tables are written through their connectors, which are maintained outside Apache Spark. ' +
      'On the analytics side, which works with tables, not events, SQL and BI tools, batch jobs and ML training read those tables.',
    caption:
      'Both in one architecture: Kafka Streams inside the services, Kafka topics as the boundary, and Spark turning those topics into tables for analytics.',
    width: 360,
    height: 547,
  },
} as const satisfies Record<string, DiagramInfo>;

/** A diagram's id, as `<Diagram id="…" />` names it. */
export type DiagramId = keyof typeof registry;

/** Every diagram id, in registry order. */
export const diagramIds = Object.keys(registry) as DiagramId[];

/** Whether `id` names a registered diagram. */
export function isDiagramId(id: string): id is DiagramId {
  return Object.hasOwn(registry, id);
}

/** The words and size of diagram `id`; an unknown id throws, naming the ids there are. */
export function diagramInfo(id: string): DiagramInfo {
  if (!isDiagramId(id)) throw new Error(`<Diagram id="${id}">: unknown diagram id; known ids: ${diagramIds.join(', ')}`);
  return registry[id];
}

/** The ids of the svg's `<title>` and `<desc>`, unique on a page as long as each diagram appears once. */
export function diagramLabelIds(id: DiagramId): { title: string; desc: string } {
  return { title: `diagram-${id}-title`, desc: `diagram-${id}-desc` };
}

import { z } from 'astro/zod';
import { httpsUrl } from './shared';

/** One primary source (`content/sources.yaml`, keyed by source id). */
export const sourceSchema = z.object({
  /** Title of the page, document or proposal. */
  title: z.string().min(5),
  /** The project that publishes it; `research` for papers. */
  project: z.enum(['kafka', 'spark', 'flink', 'research']),
  /** What kind of primary source it is. */
  kind: z.enum(['docs', 'kip', 'jira', 'source-code', 'release', 'paper']),
  /** Where to read it: the page or file for the version the citing facts name, never a moving target (see src/build/source-urls.ts). */
  url: httpsUrl,
  /** What was actually read: the release tag, docs version or commit of the text ("apache/kafka docs/streams/upgrade-guide.md @00b1ea3a, 4.4.0 section"). */
  readAt: z.string().min(3),
  /** The day the source was last read. */
  checked: z.coerce.date(),
});

export type Source = z.infer<typeof sourceSchema>;

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
  /** Where to read it. */
  url: httpsUrl,
});

export type Source = z.infer<typeof sourceSchema>;

import { z } from 'astro/zod';
import { slug } from './shared';

/** The projects whose releases the change log follows; the order is the order of the log and the matrix. */
export const releaseProjects = ['kafka', 'spark', 'flink'] as const;
export type ReleaseProject = (typeof releaseProjects)[number];

/**
 * One release line (`content/releases.yaml`, keyed by `<project>-<major>-<minor>`, e.g. `kafka-4-2`):
 * a column of the version matrix and the date every change entry of that line carries.
 */
export const releaseSchema = z.object({
  /** The project that ships it. */
  project: z.enum(releaseProjects),
  /** The release line as readers name it: "4.2" (its first release is <version>.0). */
  version: z.string().regex(/^\d+\.\d+$/, { error: 'must be <major>.<minor>, e.g. "4.2"' }),
  /**
   * The day <version>.0 came out, as the project's own release page (download page, news post,
   * announcement) gives it; for a `docs-published` line, the day by which its documentation was
   * online (the day it was read).
   */
  released: z.coerce.date(),
  /** `released`, or `docs-published` for a line whose documentation is out but whose release is not yet announced. */
  status: z.enum(['released', 'docs-published']).default('released'),
  /** Source id (content/sources.yaml) of that release page. */
  source: slug,
});

export type Release = z.infer<typeof releaseSchema>;

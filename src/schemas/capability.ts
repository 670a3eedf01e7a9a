import { z } from 'astro/zod';
import { releaseProjects } from './release';

/** One row of the version matrix (`content/capabilities.yaml`, keyed by its public id: /versions/#<id>). */
export const capabilitySchema = z.object({
  /** The project whose release columns the row spans. */
  project: z.enum(releaseProjects),
  /** The capability as a row header, a few words (may hold `code`). */
  label: z.string().min(3).max(80),
  /** One sentence on what the row tracks, shown under the header. */
  note: z.string().min(20).max(240).optional(),
  /** What a cell says before any entry sets the row (the capability does not exist yet): defaults to "No". */
  before: z.string().min(1).max(40).default('No'),
});

export type Capability = z.infer<typeof capabilitySchema>;

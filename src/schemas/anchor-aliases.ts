import { z } from 'astro/zod';
import { slug } from './shared';

/**
 * Old public ids of one page (`content/anchor-aliases.yaml`, keyed by page path such as
 * "/kafka-streams-vs-spark/"): old id → the id that replaced it. An aliased old id keeps landing.
 */
export const anchorAliasesSchema = z.record(slug, slug);

export type AnchorAliases = z.infer<typeof anchorAliasesSchema>;

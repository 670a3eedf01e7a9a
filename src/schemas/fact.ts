import { z } from 'astro/zod';
import { slug } from './shared';

/** Units a fact's value can carry; the formatter knows how to print each one. */
export const factUnits = ['ms', 's', 'min', 'bytes', 'records', 'offsets', 'replicas', 'threads'] as const;

/** One default, version, limit or estimate (`content/facts.yaml`, keyed by fact id). */
export const factSchema = z
  .object({
    /** What the value is, in a few words ("linger.ms of the producer inside Kafka Streams"). */
    label: z.string().min(5),
    /** The value exactly as the source gives it; versions are strings ("4.1"). */
    value: z.union([z.string().min(1), z.number(), z.boolean()]),
    /** Unit of a numeric value. */
    unit: z.enum(factUnits).optional(),
    /** `estimate` marks a figure no primary source states; it needs a `basis` instead of a source. */
    kind: z.enum(['default', 'version', 'limit', 'estimate']),
    /** The release line the value was checked for ("Kafka 4.4"). */
    appliesTo: z.string().min(3),
    /** Source id (content/sources.yaml) of the primary source; required unless kind is estimate. */
    source: slug.optional(),
    /** Date the value was last checked against its source. */
    checked: z.coerce.date(),
    /** One sentence of context, shown in the sources list. */
    note: z.string().optional(),
    /** For estimates: what the figure depends on and why no source states it. */
    basis: z.string().optional(),
  })
  .superRefine((fact, ctx) => {
    if (fact.kind !== 'estimate' && !fact.source) {
      ctx.addIssue({ code: 'custom', path: ['source'], message: 'required: a primary source id (only estimates may omit it)' });
    }
    if (fact.kind === 'estimate' && !fact.basis) {
      ctx.addIssue({ code: 'custom', path: ['basis'], message: 'required for an estimate: say what the figure depends on' });
    }
    if (fact.unit && typeof fact.value !== 'number') {
      ctx.addIssue({ code: 'custom', path: ['value'], message: `must be a number when a unit (${fact.unit}) is given` });
    }
  });

export type Fact = z.infer<typeof factSchema>;

import { eitherLean, type GuideOutcome } from './outcomes';

/**
 * The decision guide's logic, shared by the page's script and the tests: how answers combine into
 * an outcome, and how they live in the URL. Pure; the rules themselves are data
 * (content/decisions/<article>.yaml).
 */

/** One answered question: the factor's URL key, the chosen value, where it points, and whether Flink covers it too. */
export interface GuideAnswer {
  readonly param: string;
  readonly value: string;
  readonly lean: string;
  readonly flink: boolean;
}

/** A question as the URL needs it: its key and the values it accepts. */
export interface GuideQuestion {
  readonly param: string;
  readonly values: readonly string[];
}

/**
 * Where the answers point; undefined before any answer.
 * - Answers that point one way only (or also to neither): that system.
 * - Answers that all point to neither: `either`.
 * - Answers that pull both ways: `flink` when Flink covers every one of them, else `both`.
 */
export function conclude(answers: readonly GuideAnswer[]): GuideOutcome | undefined {
  if (answers.length === 0) return undefined;
  const pulls = answers.filter((a) => a.lean !== eitherLean);
  const sides = new Set(pulls.map((a) => a.lean));
  if (sides.size === 0) return 'either';
  if (sides.size === 1) return pulls[0]!.lean as GuideOutcome;
  return pulls.every((a) => a.flink) ? 'flink' : 'both';
}

/** The answers a query string holds, by param, in question order; unknown keys and values are dropped. */
export function readAnswers(search: string, questions: readonly GuideQuestion[]): Map<string, string> {
  const params = new URLSearchParams(search);
  const answers = new Map<string, string>();
  for (const { param, values } of questions) {
    const value = params.get(param);
    if (value !== null && values.includes(value)) answers.set(param, value);
  }
  return answers;
}

/** The query string for a set of answers, in question order ("" when none): `?latency=seconds&ops=service-teams`. */
export function answersQuery(answers: ReadonlyMap<string, string>, questions: readonly GuideQuestion[]): string {
  const params = new URLSearchParams();
  for (const { param } of questions) {
    const value = answers.get(param);
    if (value !== undefined) params.set(param, value);
  }
  const query = params.toString();
  return query ? `?${query}` : '';
}

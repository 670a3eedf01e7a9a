import { eitherLean, type GuideOutcome } from './outcomes';

/**
 * The decision guide's logic, shared by the page's script and the tests: how answers combine into
 * an outcome, and how they live in the URL. Pure; the rules themselves are data
 * (content/decisions/<article>.yaml).
 */

/** One answered question: the factor's URL key, the chosen value and what the chosen rule says. */
export interface GuideAnswer {
  readonly param: string;
  readonly value: string;
  /** The system the answer points to, or `either`. */
  readonly lean: string;
  /** Only that system meets this need (otherwise the answer is a preference). */
  readonly need: boolean;
  /** Apache Flink handles it as well. */
  readonly flink: boolean;
}

/** A question as the URL needs it: its key and the values it accepts. */
export interface GuideQuestion {
  readonly param: string;
  readonly values: readonly string[];
}

/** The systems a list of answers points to. */
const sides = (answers: readonly GuideAnswer[]) => new Set(answers.map((a) => a.lean).filter((lean) => lean !== eitherLean));

/**
 * Where the answers point; undefined before any answer. No points are added up:
 * - needs (what only one system meets) on both sides: `flink` when Flink meets every one of them, else `both`;
 * - needs on one side only: that system, whatever the preferences say;
 * - no needs: the one system every preference points to, else `either`.
 */
export function conclude(answers: readonly GuideAnswer[]): GuideOutcome | undefined {
  if (answers.length === 0) return undefined;
  const needs = answers.filter((a) => a.need);
  const needed = sides(needs);
  if (needed.size > 1) return needs.every((a) => a.flink) ? 'flink' : 'both';
  if (needed.size === 1) return [...needed][0] as GuideOutcome;
  const preferred = sides(answers);
  return preferred.size === 1 ? ([...preferred][0] as GuideOutcome) : 'either';
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

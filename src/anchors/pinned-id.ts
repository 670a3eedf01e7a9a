import { slugPattern } from './slug.ts';

/** The id in a pin comment `/* #some-id *\/`, or undefined when the expression is anything else. */
export function pinnedIdFromComment(expression: string): string | undefined {
  const match = /^\s*\/\*\s*#(\S+)\s*\*\/\s*$/.exec(expression);
  const id = match?.[1];
  if (id === undefined) return undefined;
  if (!slugPattern.test(id)) throw new Error(`Pinned heading id "${id}" must be kebab-case (lowercase letters, digits, single hyphens)`);
  return id;
}

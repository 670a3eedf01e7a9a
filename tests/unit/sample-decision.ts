import { guideOutcomes } from '../../src/decide/outcomes';

/**
 * Decision rules for unit tests: one factor of article `a`, pointing at heading `section`, with the
 * rules given (each gets a guide answer, value and reason), and every outcome linking to `section`;
 * valid for the schema.
 */
export function sampleDecision(section: string, rules: { when: string; lean: string }[]) {
  return {
    title: 'Decide',
    article: 'a',
    caption: 'Which one fits',
    factors: [
      {
        id: 'f',
        factor: 'Factor',
        question: 'Which one applies here?',
        param: 'fa',
        section,
        rules: rules.map((rule, i) => ({
          ...rule,
          need: false,
          flink: false,
          answer: `Answer ${i}`,
          value: `v${i}`,
          reason: `Reason number ${i} for this answer.`,
        })),
      },
    ],
    outcomes: guideOutcomes.map((id) => ({
      id,
      title: `Outcome ${id}`,
      summary: `Why the answers lead to ${id}, in a sentence long enough.`,
      caveats: [`A caveat about ${id} that is long enough.`],
      link: `a#${section}`,
    })),
  };
}

/** Decision rules for unit tests: one factor of article `a`, pointing at heading `section`, with the rules given; valid for the schema. */
export function sampleDecision(section: string, rules: { when: string; lean: string }[]) {
  return { title: 'Decide', article: 'a', caption: 'Which one fits', factors: [{ id: 'f', factor: 'Factor', section, rules }] };
}

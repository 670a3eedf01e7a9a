import { describe, expect, it } from 'vitest';
import { citeLabel, projectName } from '../../../src/facts/cite-label';

describe('citeLabel and projectName', () => {
  it('names the project and kind of source', () => {
    expect(citeLabel({ project: 'kafka', kind: 'kip' })).toBe('Kafka KIP');
    expect(citeLabel({ project: 'spark', kind: 'source-code' })).toBe('Spark source');
    expect(citeLabel({ project: 'research', kind: 'paper' })).toBe('Paper');
    expect(projectName('flink')).toBe('Apache Flink');
  });
});

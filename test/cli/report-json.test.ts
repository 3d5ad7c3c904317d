import * as fc from 'fast-check';
import { batched, jsonReportChunks } from '../../src/cli/report-json';
import { toJson } from '../../src/cli/cmd-check';
import { check } from '../../src/core/engine';
import { modelFromLines } from '../../src/core/model';
import { seedLines, zuofeng } from '../helpers/docs';

const exact = (results: Record<string, unknown>[]) => JSON.stringify({ version: 1, results }, null, 2) + '\n';
const streamed = (results: Record<string, unknown>[]) => [...batched(jsonReportChunks(results), 7)].join('');

describe('the streamed JSON report', () => {
  it('is byte for byte JSON.stringify(…, null, 2) for real results, errors and duplicates', () => {
    const result = check(modelFromLines(seedLines()), zuofeng());
    const rs = [
      toJson({ file: 'a.txt', result, encoding: 'utf-8', verdict: { verdict: 'revise', why: '警告' } }),
      toJson({ file: 'b.docx', error: '无法读取', verdict: null }),
      toJson({ file: 'c.txt', result: { ...result, findings: [] }, verdict: null, duplicateOf: 'a.txt' }),
    ] as Record<string, unknown>[];
    expect(streamed(rs)).toBe(exact(rs));
    expect(streamed([])).toBe(exact([]));
  });

  it('matches for arbitrary JSON values in the findings and other keys', () => {
    const finding = fc.dictionary(fc.string({ maxLength: 5 }), fc.jsonValue({ maxDepth: 3 }), { maxKeys: 4 });
    const result = fc.record({ file: fc.string(), extra: fc.jsonValue({ maxDepth: 2 }), findings: fc.array(finding, { maxLength: 5 }) });
    fc.assert(fc.property(fc.array(result, { maxLength: 4 }), (rs) => expect(streamed(rs)).toBe(exact(rs))), { numRuns: 300, seed: 17 });
  });
});

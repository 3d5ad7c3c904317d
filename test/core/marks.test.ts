import fc from 'fast-check';
import { Mark, paragraphMarks } from '../../src/core/marks';
import { PLACEHOLDER_OPEN } from '../../src/core/plan';

/** The definitions the one-pass scan must agree with. */
function reference(text: string): number {
  return (
    (/[,:;!?()"']/.test(text) ? Mark.halfwidth : 0) |
    (/[”》]、[“《]/.test(text) ? Mark.dunhaoBetween : 0) |
    (text.includes(PLACEHOLDER_OPEN) ? Mark.placeholder : 0) |
    (/[xX×ｘＸ*＊_＿〔［[]/.test(text) ? Mark.residue : 0)
  );
}

describe('paragraphMarks', () => {
  it('marks what each paragraph contains', () => {
    const m = paragraphMarks([{ text: '学习“四个意识”、“四个自信”' }, { text: '《党章》、《准则》,' }, { text: '【待填写：具体事例】' }, { text: '共xx人' }, { text: '' }, { text: '一、学习情况' }]);
    expect([...m]).toEqual([Mark.dunhaoBetween, Mark.dunhaoBetween | Mark.halfwidth, Mark.placeholder, Mark.residue, 0, 0]);
  });

  it('agrees with the regular-expression definitions (property)', () => {
    const unit = fc.constantFrom(...[',', ':', '(', '"', "'", '、', '”', '》', '“', '《', '【', '待填写：', '【待填写：', 'x', '×', '＊', '[', '学', '。', '𠀀', ' ']);
    fc.assert(
      fc.property(fc.array(fc.array(unit, { maxLength: 12 }).map((a) => a.join('')), { maxLength: 6 }), (texts) => {
        expect([...paragraphMarks(texts.map((text) => ({ text })))]).toEqual(texts.map(reference));
      }),
      { numRuns: 2000 },
    );
  });
});

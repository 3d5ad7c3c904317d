/**
 * Fixed enumerations given incompletely or mis-paired (held-out miss pattern 2): a list introduced by its name with
 * a member missing (“四个自信”，即道路自信、理论自信、文化自信; “四风”（…）; 三个务必), the shared-ending form with a
 * member missing (道路、理论、文化自信), and a phrase that belongs to another formulation (“两个维护”的决定性意义).
 * Legitimate partial mentions stay unflagged.
 */
import { termsFormulation } from '../../../src/core/rules/terms-formulation';
import { dedupeFindings } from '../../../src/core/dedupe';
import { run } from './helpers';

const found = (line: string) => dedupeFindings(run(termsFormulation, [line])).map((f) => f.message);

describe('enumerations introduced by their name', () => {
  it.each([
    ['坚定“四个自信”，即道路自信、理论自信、文化自信。', '制度自信'],
    ['反对“四风”（形式主义、官僚主义、享乐主义）。', '奢靡之风'],
    ['牢记“三个务必”：务必不忘初心、牢记使命，务必敢于斗争、善于斗争。', '务必谦虚谨慎、艰苦奋斗'],
    ['增强“四个意识”，即政治意识、大局意识、看齐意识。', '核心意识'],
    ['坚定四个自信：道路自信、制度自信、文化自信。', '理论自信'],
    ['深刻领悟“两个确立”，即确立习近平同志党中央的核心、全党的核心地位。', '确立习近平新时代中国特色社会主义思想的指导地位'],
    ['严守“六项纪律”，即政治纪律、组织纪律、廉洁纪律、群众纪律、工作纪律。', '生活纪律'],
  ])('%s', (line, missing) => {
    const f = found(line);
    expect(f).toHaveLength(1);
    expect(f[0]).toContain(`缺少“${missing}”`);
  });
});

describe('the shared-ending form', () => {
  it.each([
    ['坚定中国特色社会主义道路、理论、文化自信。', '制度自信'],
    ['增强政治、大局、看齐意识。', '核心意识'],
  ])('%s', (line, missing) => {
    const f = found(line);
    expect(f).toHaveLength(1);
    expect(f[0]).toContain(`缺少“${missing}”`);
  });
  it('flags the shared-ending form out of order', () => {
    expect(found('坚定道路、制度、理论、文化自信。')).toEqual([expect.stringContaining('顺序不对')]);
  });
});

describe('mis-paired wording', () => {
  it.each([
    ['深刻领悟“两个维护”的决定性意义。'],
    ['深刻领悟“四个自信”的决定性意义。'],
    ['坚决确立党中央权威和集中统一领导。'],
    ['坚决维护习近平新时代中国特色社会主义思想的指导地位。'],
  ])('%s', (line) => {
    expect(found(line)).toHaveLength(1);
  });
});

describe('legitimate mentions stay unflagged', () => {
  it.each([
    '增强道路自信。',
    '坚定理论自信和文化自信，是我们的底气所在。',
    '坚定中国特色社会主义道路、理论、制度、文化自信。',
    '坚定“四个自信”，道路自信是根本。',
    '增强政治意识、大局意识、核心意识、看齐意识。',
    '反对“四风”，特别是形式主义、官僚主义。',
    '深刻领悟“两个确立”的决定性意义，增强“四个意识”、坚定“四个自信”、做到“两个维护”。',
    '提高政治判断力、政治领悟力、政治执行力。',
    '提高政治判断力、领悟力、执行力。',
    '牢记“三个务必”，务必不忘初心、牢记使命。',
    '坚持理论、制度创新。',
    '深刻領悟“兩個確立”的決定性意義，堅定“四個自信”。',
    '“两个确立”即确立习近平同志党中央的核心、全党的核心地位，确立习近平新时代中国特色社会主义思想的指导地位。',
    '严守政治纪律和政治规矩，严守组织纪律。',
    '严守“六项纪律”，特别是政治纪律和组织纪律。',
  ])('%s', (line) => {
    expect(found(line)).toEqual([]);
  });
});

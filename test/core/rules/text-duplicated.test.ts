import { textDuplicated } from '../../../src/core/rules/text-duplicated';
import { applyFixes, profile, run } from './helpers';

describe('text/duplicated', () => {
  it('flags doubled words and phrases with a fix that removes the copy', () => {
    const text = '存在用公款用公款吃喝问题，决策决策决议不够民主。';
    const f = run(textDuplicated, [text]);
    expect(f).toHaveLength(2);
    expect(f[0].message).toContain('用公款');
    expect(applyFixes(text, f)).toBe('存在用公款吃喝问题，决策决议不够民主。');
    expect(run(textDuplicated, ['堅持學習學習成果轉化，用公款用公款'])).toHaveLength(1);
  });

  it('does not flag legitimate reduplication', () => {
    for (const ok of [
      '常常认认真真、踏踏实实地工作',
      '一个一个地解决，一步一步推进，一件一件落实',
      '大家可以研究研究、讨论讨论',
      '的的确确，哈哈哈哈',
      '一是一，二是二',
      '党的二十大精神，习近平新时代中国特色社会主义思想',
      'abcabc 1212',
    ]) {
      expect([ok, run(textDuplicated, [ok])]).toEqual([ok, []]);
    }
  });

  it('honours the allow-list and profile.quality.reduplicationAllow', () => {
    expect(run(textDuplicated, ['落实落实再落实'], { allow: ['落实落实'] })).toEqual([]);
    const p = { ...profile(), quality: { reduplicationAllow: ['落实落实'] } };
    expect(run(textDuplicated, ['落实落实再落实'], { profile: p })).toEqual([]);
    expect(run(textDuplicated, ['落实落实再落实'])).toHaveLength(1);
  });
});

import { punctHalfwidth, findHalfwidth } from '../../../src/core/rules/punct-halfwidth';
import { punctUnpaired } from '../../../src/core/rules/punct-unpaired';
import { punctDunhaoBetweenQuotes } from '../../../src/core/rules/punct-dunhao-between-quotes';
import { applyFixes, run } from './helpers';

describe('punct/halfwidth', () => {
  const fixed = (text: string) => applyFixes(text, run(punctHalfwidth, [text]));

  it('replaces half-width marks in Chinese text with full-width ones', () => {
    expect(fixed('结合作风建设专项行动,开展党员轮流讲党课;组织演讲比赛!')).toBe('结合作风建设专项行动，开展党员轮流讲党课；组织演讲比赛！');
    expect(fixed('现就有关情况汇报如下:')).toBe('现就有关情况汇报如下：');
    expect(fixed('是否落实到位?')).toBe('是否落实到位？');
  });

  it('pairs straight double quotes into “ and ”', () => {
    expect(fixed('树牢"四个意识",坚定"四个自信"')).toBe('树牢“四个意识”，坚定“四个自信”');
    const f = run(punctHalfwidth, ['解决"四风"问题']);
    expect(f.map((x) => [x.start, x.fix?.replacement])).toEqual([
      [2, '“'],
      [5, '”'],
    ]);
    expect(f[0].severity).toBe('warning');
    expect(f[0].message).toContain('“');
  });

  it('fixes half-width brackets around Chinese and heading markers', () => {
    expect(fixed('(一)政治素养标准不高')).toBe('（一）政治素养标准不高');
    expect(fixed('《习近平谈治国理政(第四卷)》')).toBe('《习近平谈治国理政（第四卷）》');
    expect(fixed('对照(GB/T 9704-2012)检查')).toBe('对照（GB/T 9704-2012）检查');
  });

  it('leaves numbers, Latin text, URLs and standard codes alone', () => {
    for (const ok of [
      '共投入资金1,000万元，比例为3:2，会议10:30开始。',
      '对照GB/T 9704-2012检查。',
      '详见https://example.org/a?b=1,2;c=3页面。',
      'He said: "Hello, world" (in English).',
      'don\'t',
      '全文使用全角标点：“四个意识”（见附件1）！',
    ]) {
      expect(findHalfwidth(ok)).toEqual([]);
    }
  });

  it('handles a paragraph with half-width punctuation throughout', () => {
    const text = '通过查摆,我发现自己没有深刻认识到中央解决"四风"问题的重要性;有的(少数)同志认识不足:时间一长就松劲!';
    const f = run(punctHalfwidth, [text]);
    expect(f).toHaveLength(8);
    expect(applyFixes(text, f)).toBe('通过查摆，我发现自己没有深刻认识到中央解决“四风”问题的重要性；有的（少数）同志认识不足：时间一长就松劲！');
  });

  it('works on traditional characters', () => {
    expect(fixed('堅定"四個自信",做到"兩個維護"')).toBe('堅定“四個自信”，做到“兩個維護”');
  });

  it('flags an unpairable straight quote without a fix', () => {
    const f = run(punctHalfwidth, ['他说"这个问题要整改']);
    expect(f).toHaveLength(1);
    expect(f[0].fix).toBeUndefined();
  });
});

describe('punct/unpaired', () => {
  it('flags reversed quotes', () => {
    const f = run(punctUnpaired, ['树牢”四个意识“']);
    expect(f).toHaveLength(1);
    expect(f[0].start).toBe(2);
    expect(f[0].message).toContain('颠倒');
  });

  it('flags unbalanced brackets, title marks and quotes', () => {
    expect(run(punctUnpaired, ['学习《习近平谈治国理政（第四卷）'])).toHaveLength(1);
    expect(run(punctUnpaired, ['学习习近平谈治国理政（第四卷））'])).toHaveLength(1);
    expect(run(punctUnpaired, ['增强“四个意识，坚定“四个自信”'])).toHaveLength(1);
    expect(run(punctUnpaired, ['增强四个意识”'])).toHaveLength(1);
  });

  it('accepts balanced text, nested single quotes and multi-paragraph quotations', () => {
    expect(run(punctUnpaired, ['增强“四个意识”、坚定“四个自信”，学习《习近平谈治国理政（第四卷）》'])).toEqual([]);
    expect(run(punctUnpaired, ['他说：“要做到‘两个维护’。”'])).toEqual([]);
    expect(run(punctUnpaired, ['“第一段引文。', '“第二段引文。”'])).toEqual([]);
    expect(run(punctUnpaired, ['樹牢“四個意識”'])).toEqual([]);
  });
});

describe('punct/dunhao-between-quotes', () => {
  it('flags 顿号 between quoted items, with a fix that removes it', () => {
    const text = '对照党章党纪、“四个意识”、“四个自信”、干部群众期盼';
    const f = run(punctDunhaoBetweenQuotes, [text]);
    expect(f).toHaveLength(1);
    expect(f[0].severity).toBe('info');
    expect(applyFixes(text, f)).toBe('对照党章党纪、“四个意识”“四个自信”、干部群众期盼');
  });

  it('flags 顿号 between titled items', () => {
    expect(run(punctDunhaoBetweenQuotes, ['认真研读《求是》、《人民日报》文章'])).toHaveLength(1);
  });

  it('accepts 顿号 when other words separate the quoted items', () => {
    expect(run(punctDunhaoBetweenQuotes, ['增强“四个意识”、坚定“四个自信”、做到“两个维护”'])).toEqual([]);
    expect(run(punctDunhaoBetweenQuotes, ['“四个意识”“四个自信”'])).toEqual([]);
  });
});

describe('punct/halfwidth after one quote of a pair was fixed', () => {
  it('pairs the remaining half-width quote with the full-width one, so one-click fixes can finish the job', () => {
    expect(findHalfwidth('解决“四风"问题')).toEqual([{ index: 5, ch: '"', replacement: '”' }]);
    expect(findHalfwidth('解决"四风”问题')).toEqual([{ index: 2, ch: '"', replacement: '“' }]);
    expect(findHalfwidth('他说"好')[0].replacement).toBeUndefined();
  });
});

import fc from 'fast-check';
import { punctHalfwidth, findHalfwidth } from '../../../src/core/rules/punct-halfwidth';
import { findUnpaired, punctUnpaired } from '../../../src/core/rules/punct-unpaired';
import { punctDunhaoBetweenQuotes } from '../../../src/core/rules/punct-dunhao-between-quotes';
import { applyFix, applyFixes, run } from './helpers';
import { applyFixes as applyAll, findingFixes, tryApplyFixes } from '../../../src/core/findings';
import { referenceFindHalfwidth } from './halfwidth-reference';

describe('punct/halfwidth', () => {
  const fixed = (text: string) => applyFixes(text, run(punctHalfwidth, [text]));

  it('replaces half-width marks in Chinese text with full-width ones', () => {
    expect(fixed('结合作风建设专项行动,开展党员轮流讲党课;组织演讲比赛!')).toBe('结合作风建设专项行动，开展党员轮流讲党课；组织演讲比赛！');
    expect(fixed('现就有关情况汇报如下:')).toBe('现就有关情况汇报如下：');
    expect(fixed('是否落实到位?')).toBe('是否落实到位？');
  });

  it('pairs straight double quotes into “ and ”', () => {
    expect(fixed('树牢"四个意识",坚定"四个自信"')).toBe('树牢“四个意识”，坚定“四个自信”');
  });

  it('reports a pair of straight quotes as ONE finding whose fix changes both marks, showing the quoted text (issue 14)', () => {
    const f = run(punctHalfwidth, ['解决"四风"问题']);
    expect(f).toHaveLength(1);
    expect(f[0].severity).toBe('warning');
    expect(f[0].message).toBe('中文语句中用了半角引号，应改为全角：解决"四风"问题 → 解决“四风”问题。');
    expect(f[0].messageEn).toBe('Half-width quotation marks in Chinese text; use full-width ones: 解决"四风"问题 → 解决“四风”问题.');
    expect(f[0].context).toEqual({ before: '解决"四风"问题', after: '解决“四风”问题' });
    expect(findingFixes(f[0])).toEqual([
      { start: 2, length: 1, replacement: '“', was: '"' },
      { start: 5, length: 1, replacement: '”', was: '"' },
    ]);
    // The single `fix` covers the pair, so a consumer that applies one replacement fixes both marks at once.
    expect(f[0].fix).toEqual({ start: 2, length: 4, replacement: '“四风”' });
    expect([f[0].start, f[0].length]).toEqual([2, 4]);
  });

  it('fixing the pair creates no new finding: neither half-width nor unpaired (issue 14)', () => {
    const text = '解决"四风"问题';
    const f = run(punctHalfwidth, [text]);
    const once = applyAll(text, findingFixes(f[0]));
    expect(once).toBe('解决“四风”问题');
    expect(run(punctHalfwidth, [once])).toEqual([]);
    expect(run(punctUnpaired, [once])).toEqual([]);
    expect(applyFix(text, f[0])).toBe(once);
    // Applying the same fixes again is detected, not silently done twice.
    expect(tryApplyFixes(once, findingFixes(f[0]))).toBeNull();
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
      '详见WWW.EXAMPLE.ORG/list,页面。',
      '请发至zhang.san@example.gov.cn;li@example.org。',
      'He said: "Hello, world" (in English).',
      'don\'t',
      '全文使用全角标点：“四个意识”（见附件1）！',
    ]) {
      expect(findHalfwidth(ok)).toEqual([]);
    }
  });

  it('reports ONE finding per paragraph listing every mark and carrying all the fixes (issue 14)', () => {
    const text = '通过查摆,我发现自己没有深刻认识到中央解决"四风"问题的重要性;有的(少数)同志认识不足:时间一长就松劲,干劲不足,';
    const f = run(punctHalfwidth, [text]);
    expect(f).toHaveLength(1);
    expect(f[0].message).toBe('本段有 9 处半角标点（逗号“,”3 处、引号"四风"、分号“;”、左括号“(”、右括号“)”、冒号“:”），应改为全角，可一键全部改正。');
    expect(f[0].count).toBe(9);
    expect(f[0].fixes).toHaveLength(9);
    expect(f[0].fix).toBeUndefined();
    expect(f[0].start).toBe(4);
    expect(applyFixes(text, f)).toBe('通过查摆，我发现自己没有深刻认识到中央解决“四风”问题的重要性；有的（少数）同志认识不足：时间一长就松劲，干劲不足，');
    expect(f[0].context).toEqual({ before: '查摆,我发现自己没有深刻认识到中央解决"四风"问题的重要性;', after: '查摆，我发现自己没有深刻认识到中央解决“四风”问题的重要性；' });
  });

  it('107 half-width marks in one paragraph are one finding with 107 fixes', () => {
    const text = Array.from({ length: 107 }, (_, k) => `第${k}项工作`).join(',') + ',';
    const f = run(punctHalfwidth, [text]);
    expect(f).toHaveLength(1);
    expect(f[0].count).toBe(107);
    expect(f[0].message).toBe('本段有 107 处半角标点（逗号“,”107 处），应改为全角，可一键全部改正。');
    expect(applyFixes(text, f)).toBe(text.replace(/,/g, '，'));
  });

  it('says which quote cannot be paired and still fixes the rest', () => {
    const f = run(punctHalfwidth, ['通过查摆,他说"这个问题要整改']);
    expect(f).toHaveLength(1);
    expect(f[0].message).toBe('本段有 2 处半角标点（逗号“,”、引号“"”），应改为全角；其中 1 处引号无法配对，请检查后改为全角“”或‘’，其余可一键改正。');
    expect(findingFixes(f[0])).toEqual([{ start: 4, length: 1, replacement: '，', was: ',' }]);
  });

  it('one mark: the message names it and the finding has the single fix', () => {
    const f = run(punctHalfwidth, ['现就有关情况汇报如下:']);
    expect(f.map((x) => [x.message, x.fix, x.count])).toEqual([['中文语句中用了半角冒号“:”，应改为全角“：”。', { start: 10, length: 1, replacement: '：' }, undefined]]);
  });

  it('works on traditional characters', () => {
    expect(fixed('堅定"四個自信",做到"兩個維護"')).toBe('堅定“四個自信”，做到“兩個維護”');
  });

  it('flags an unpairable straight quote without a fix', () => {
    const f = run(punctHalfwidth, ['他说"这个问题要整改']);
    expect(f).toHaveLength(1);
    expect(f[0].fix).toBeUndefined();
    expect(f[0].fixes).toBeUndefined();
    expect(f[0].message).toBe('中文语句中用了半角引号“"”，且无法配对：请改为全角“”或‘’并检查引号是否成对。');
  });

  it('finds exactly what the original definition finds (property)', () => {
    // Marks, their neighbours, digits, Latin letters, blanks, URL/e-mail pieces, CJK punctuation incl. ·,
    // BMP and astral Han (𠀀 is a surrogate pair), a lone surrogate and already full-width quotes.
    const unit = fc.constantFrom(...[',', ':', ';', '!', '?', '(', ')', '"', "'", '学', '習', '，', '·', '…', '“', '”', '‘', '’', '1', '0', 'a', 'Z', ' ', '\t', '://', 'www.', '@', '.', 'x', '𠀀', '\ud800', '《']);
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 24 }), (a) => {
        const s = a.join('');
        expect(findHalfwidth(s)).toEqual(referenceFindHalfwidth(s));
      }),
      { numRuns: 3000 },
    );
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

/** The original one-loop-per-mark definition: the single-pass scan must agree with it. */
function referenceUnpaired(text: string): ReturnType<typeof findUnpaired> {
  const out: ReturnType<typeof findUnpaired> = [];
  for (const [open, close, name, nameEn] of [
    ['（', '）', '括号', 'brackets'],
    ['《', '》', '书名号', 'title marks'],
    ['【', '】', '方头括号', 'square brackets'],
    ['〔', '〕', '六角括号', 'tortoise-shell brackets'],
  ] as const) {
    if (text.indexOf(open) === -1 && text.indexOf(close) === -1) continue;
    const stack: number[] = [];
    for (let i = 0; i < text.length; i++) {
      if (text[i] === open) stack.push(i);
      else if (text[i] === close) {
        if (stack.length) stack.pop();
        else out.push({ index: i, kind: 'unopened', mark: close, name, nameEn, expected: open });
      }
    }
    for (const i of stack) out.push({ index: i, kind: 'unclosed', mark: open, name, nameEn, expected: close });
  }
  // Curly quotes: “ and ” must alternate, starting with “ (‘ ’ likewise, nested inside “”).
  for (const [open, close, name, nameEn] of [
    ['“', '”', '引号', 'quotation marks'],
    ['‘', '’', '单引号', 'single quotation marks'],
  ] as const) {
    if (text.indexOf(open) === -1 && text.indexOf(close) === -1) continue;
    const marks: number[] = [];
    for (let i = 0; i < text.length; i++) if (text[i] === open || text[i] === close) marks.push(i);
    // ”…“ with nothing else around: reversed.
    if (marks.length >= 2 && marks.length % 2 === 0 && marks.every((m, k) => text[m] === (k % 2 === 0 ? close : open))) {
      out.push({ index: marks[0], kind: 'reversed', mark: close, name, nameEn, expected: open });
      continue;
    }
    let depthOpen = -1;
    for (const i of marks) {
      if (text[i] === open) {
        if (depthOpen !== -1) out.push({ index: depthOpen, kind: 'nested', mark: open, name, nameEn, expected: close });
        depthOpen = i;
      } else if (depthOpen === -1) out.push({ index: i, kind: 'unopened', mark: close, name, nameEn, expected: open });
      else depthOpen = -1;
    }
    if (depthOpen !== -1) out.push({ index: depthOpen, kind: 'unclosed', mark: open, name, nameEn, expected: close });
  }
  return out.sort((a, b) => a.index - b.index);
}


describe('findUnpaired (property)', () => {
  it('finds exactly what the original per-mark scans find', () => {
    const unit = fc.constantFrom(...'（）《》【】〔〕“”‘’学，'.split(''));
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 16 }), (a) => {
        const s = a.join('');
        expect(findUnpaired(s)).toEqual(referenceUnpaired(s));
      }),
      { numRuns: 3000 },
    );
  });
});

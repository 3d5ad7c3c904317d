/**
 * One test (or two) per finding of the Word adapter audit (../shared/reference/word-api-audit.md), each
 * written against the stricter fake before the fix, so that it failed on the adapter as it was.
 * Test names start with the finding's id.
 */
import { WordHost, SKELETON_TAG, SKELETONS_SETTING } from '../../src/office/word-host';
import { FLAG_PREFIX } from '../../src/core/host';
import type { InsertPlan } from '../../src/core/plan';
import type { InstalledFake } from '../fakes/fake-word';
import { bigDoc, sectionPlan, setup, smallDoc, HEADING_FONT } from './fixtures';

let fake: InstalledFake;
afterEach(() => fake?.uninstall());

const numbered = (listString: string) => ({ id: 42, level: 0, listString });

/** A report whose 标题 1 is linked to the "一、" list (numbering through the style). */
function styleNumberedDoc() {
  return [
    { text: '学习情况', styleBuiltIn: 'Heading1', list: numbered('一、') },
    '我坚持学深学透。',
    { text: '存在的问题', styleBuiltIn: 'Heading1', list: numbered('二、') },
    '学习不够深入。',
  ];
}

function autoNumberedPlan(): InsertPlan {
  return {
    ops: [
      {
        key: 'section:causes',
        kind: 'section',
        label: '原因',
        anchor: 3,
        position: 'after',
        styleFrom: 2,
        autoNumbered: true,
        paragraphs: [
          { text: '产生问题的原因分析', role: 'heading1' },
          { text: '【待填写：原因】', role: 'body' },
        ],
      },
    ],
    renumber: [],
  };
}

describe('H2 — Word on the web, tracked changes in list paragraphs', () => {
  it('H2: read() still reads the document (without list numbers, one extra sync) instead of failing with GeneralException', async () => {
    fake = setup(styleNumberedDoc(), '1.4');
    fake.doc.host = 'web';
    fake.doc.paragraphs[2].revised = true;
    const host = new WordHost();
    const model = await host.read();
    expect(model.paragraphs.map((p) => p.text)).toEqual(['学习情况', '我坚持学深学透。', '存在的问题', '学习不够深入。']);
    expect(model.paragraphs[0].listString).toBeUndefined();
    expect(fake.doc.syncCount).toBe(2);
    const status = await host.status();
    expect(status.warnings?.map((w) => w.code)).toContain('lists-unreadable');
  });

  it('H2: apply() of an auto-numbered op falls back to no automatic number instead of failing', async () => {
    fake = setup(styleNumberedDoc(), '1.4');
    fake.doc.host = 'web';
    fake.doc.paragraphs[2].revised = true;
    const report = await new WordHost().apply(autoNumberedPlan());
    expect(report.inserted).toEqual(['section:causes']);
    expect(fake.doc.texts).toContain('产生问题的原因分析');
    expect(fake.doc.contentControls).toHaveLength(1);
  });
});

describe('H3 — numbering linked to the heading style', () => {
  it('H3: an auto-numbered heading whose style carries the list is inserted whole: text, content control, list membership', async () => {
    fake = setup(styleNumberedDoc());
    fake.doc.styleLists = { Heading1: { id: 42, level: 0 } };
    const report = await new WordHost().apply(autoNumberedPlan());
    expect(report.inserted).toEqual(['section:causes']);
    const heading = fake.doc.paragraphs.find((p) => p.text === '产生问题的原因分析')!;
    expect(heading.list).toMatchObject({ id: 42, level: 0 });
    expect(fake.doc.paragraphs.find((p) => p.text === '【待填写：原因】')!.list).toBeNull();
    expect(fake.doc.contentControls).toHaveLength(1);
    expect(fake.doc.settings.get(SKELETONS_SETTING)).toContain('section:causes');
  });

  it('H3: a heading with a typed number, inserted with the built-in heading style, gets no second (automatic) number', async () => {
    fake = setup(['一、学习情况', '正文']);
    fake.doc.styleLists = { Heading1: { id: 7, level: 0 }, Heading2: { id: 7, level: 1 } };
    const plan: InsertPlan = {
      ops: [
        {
          key: 'section:x',
          kind: 'section',
          label: 'x',
          anchor: 1,
          position: 'after',
          paragraphs: [
            { text: '二、存在的问题', role: 'heading1' },
            { text: '（一）思想方面', role: 'heading2' },
          ],
        },
      ],
      renumber: [],
    };
    await new WordHost().apply(plan);
    expect(fake.doc.paragraphs.slice(2).map((p) => [p.text, p.styleBuiltIn, p.list])).toEqual([
      ['二、存在的问题', 'Heading1', null],
      ['（一）思想方面', 'Heading2', null],
    ]);
  });
});

describe('M1 — tracked-deleted and hidden text', () => {
  it('M1: read() gives the text the user sees: a section deleted under 修订 is not present (WordApi 1.4)', async () => {
    fake = setup(
      [
        { text: '一、学习情况', font: HEADING_FONT },
        { text: '三、原因分析', marks: [{ start: 0, end: 6, kind: 'deleted' }] },
        { text: '我坚持学习，删去的话。', marks: [{ start: 5, end: 10, kind: 'deleted' }] },
      ],
      '1.4',
    );
    const model = await new WordHost().read();
    expect(model.paragraphs.map((p) => p.text)).toEqual(['一、学习情况', '', '我坚持学习。']);
  });

  it('M1: on WordApi 1.7 hidden text is left out too, and a document without revisions still costs one sync', async () => {
    fake = setup([{ text: '正文隐藏的字', marks: [{ start: 2, end: 6, kind: 'hidden' }] }, { text: '删除', marks: [{ start: 0, end: 2, kind: 'deleted' }] }], '1.7');
    expect((await new WordHost().read()).paragraphs.map((p) => p.text)).toEqual(['正文', '']);
    fake.uninstall();
    fake = setup(smallDoc(), '1.7');
    await new WordHost().read();
    expect(fake.doc.syncCount).toBe(1);
  });

  it('M1: a fix in a paragraph with deleted text is refused (offsets of the seen text do not address Word text)', async () => {
    fake = setup([{ text: '我们我们坚持', marks: [{ start: 0, end: 2, kind: 'deleted' }] }], '1.4');
    const host = new WordHost();
    const seen = (await host.read()).paragraphs[0].text;
    expect(seen).toBe('我们坚持');
    expect(await host.applyFix(0, { start: 0, length: 2, replacement: '' }, seen)).toBe(false);
    expect(fake.doc.texts).toEqual(['我们我们坚持']);
  });
});

describe("M2 — Word's Find is not indexOf", () => {
  it('M2: a straight-quote fix changes that quote, not an earlier curly one Find treats as equal', async () => {
    const text = '坚持“两个维护”，解决"四风"问题';
    fake = setup([text]);
    const at = text.indexOf('"');
    expect(await new WordHost().applyFix(0, { start: at, length: 1, replacement: '“' }, text)).toBe(true);
    expect(fake.doc.texts[0]).toBe('坚持“两个维护”，解决“四风"问题');
  });

  it('M2: with the Find dialog open, a fix says to close it; select falls back to the paragraph', async () => {
    fake = setup(['坚持学习，解决问题']);
    fake.doc.searchDialogOpen = true;
    const host = new WordHost();
    await expect(host.applyFix(0, { start: 5, length: 2, replacement: '处理' }, '坚持学习，解决问题')).rejects.toMatchObject({ message: expect.stringContaining('查找和替换') });
    await host.select(0, 5, 2);
    expect(fake.doc.selection).toMatchObject({ paragraph: fake.doc.paragraphs[0], start: 0 });
  });
});

describe('M3 — read-only, protection, 查看 mode', () => {
  it('M3: a write refused in 查看 mode (mode still reads readWrite) says the document may be read-only, protected or in 查看 mode', async () => {
    fake = setup(smallDoc());
    fake.doc.viewing = true;
    const err = await new WordHost().apply(sectionPlan()).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'read-only', wordCode: 'GeneralException' });
    expect((err as Error).message).toMatch(/查看/);
    expect((err as Error).message).not.toMatch(/保存文档后重试/);
    // Flags and fixes say the same.
    await expect(new WordHost().flag([{ paragraph: 2, message: 'x' }])).rejects.toMatchObject({ code: 'read-only', message: expect.stringMatching(/查看/) });
    await expect(new WordHost().applyFix(2, { start: 0, length: 1, replacement: '1' }, fake.doc.texts[2])).rejects.toMatchObject({ code: 'read-only' });
  });

  it('M3: under 仅批注 protection (WordApiDesktop 1.4) flags are allowed, as comments', async () => {
    fake = setup(smallDoc(), '1.4');
    fake.doc.desktopApi = true;
    fake.doc.protectionType = 'AllowOnlyComments';
    const host = new WordHost();
    const status = await host.status();
    expect(status.readOnly).toBe(true);
    expect(status.commentsAllowed).toBe(true);
    expect(await host.flag([{ paragraph: 2, message: '缺少具体措施' }])).toBe(1);
  });
});

describe('M4 — highlight flags on WordApi 1.3', () => {
  it('M4: clearFlags removes our highlight even after the user edited the flagged paragraph, and leaves user highlights', async () => {
    fake = setup(smallDoc());
    fake.doc.paragraphs[5].font.highlightColor = '#00FF00';
    const host = new WordHost();
    expect(await host.flag([{ paragraph: 3, message: '较弱' }, { paragraph: 7, message: '缺少' }])).toBe(2);
    fake.doc.userEdit(3, '我坚持学深学透，并且做了修改。');
    expect(await host.clearFlags()).toBe(2);
    expect(fake.doc.paragraphs.map((p) => p.font.highlightColor)).toEqual([null, null, null, null, null, '#00FF00', null, null]);
  });

  it('M4/L9: a skeleton inserted after a flagged paragraph does not inherit the yellow', async () => {
    fake = setup(smallDoc());
    const host = new WordHost();
    await host.flag([{ paragraph: 5, message: '较弱' }]);
    await host.apply(sectionPlan());
    expect(fake.doc.paragraphs.slice(6, 8).map((p) => p.font.highlightColor)).toEqual([null, null]);
  });
});

describe('M5 — indexes go stale', () => {
  it('M5: select() with the checked text finds the paragraph after an insert above it that fired no event', async () => {
    fake = setup(smallDoc());
    const host = new WordHost();
    const model = await host.read();
    fake.doc.paragraphs.unshift({ ...fake.doc.paragraphs[1], uid: -1, text: '新加的一段' });
    await host.select(4, 0, 2, model.paragraphs[4].text);
    expect(fake.doc.selection?.paragraph.text).toBe('二、作风建设存在的问题');
  });

  it('M5: apply() with the checked document refuses, without writing, when the anchor no longer reads as checked', async () => {
    fake = setup(smallDoc());
    const host = new WordHost();
    const model = await host.read();
    fake.doc.paragraphs.splice(5, 1);
    await expect(host.apply(sectionPlan(), model)).rejects.toMatchObject({ code: 'stale' });
    expect(fake.doc.paragraphs).toHaveLength(7);
    expect(fake.doc.contentControls).toHaveLength(0);
  });
});

describe('M6 — East Asian heading fonts', () => {
  const doc = () => [
    '按照要求，汇报如下：',
    { text: '一、学习情况', font: { name: 'Times New Roman', eastAsia: '黑体', size: 16 } },
    '正文。',
  ];
  const plan = (): InsertPlan => ({
    ops: [{ key: 'section:x', kind: 'section', label: 'x', anchor: 2, position: 'after', styleFrom: 1, paragraphs: [{ text: '二、存在的问题', role: 'heading1' }] }],
    renumber: [],
  });

  it('M6: the copied heading keeps 黑体 for its Chinese text (WordApiDesktop 1.3: both slots copied)', async () => {
    fake = setup(doc());
    fake.doc.desktopApi = true;
    await new WordHost().apply(plan());
    expect(fake.doc.paragraphs[3].font).toMatchObject({ name: 'Times New Roman', eastAsia: '黑体' });
  });

  it('M6: without WordApiDesktop the heading gets the 公文 East Asian heading font, not the body font', async () => {
    fake = setup(doc());
    await new WordHost().apply(plan());
    expect(fake.doc.paragraphs[3].font.eastAsia).toBe('黑体');
  });
});

describe('M7 — cost beyond the sync count', () => {
  it('M7: select() and applyFix() on 10,000 paragraphs load one paragraph, not the whole document', async () => {
    fake = setup(bigDoc(10000));
    const host = new WordHost();
    const text = fake.doc.texts[7001];
    fake.doc.resetCounters();
    await host.select(7001, 0, 2, text);
    expect(fake.doc.charsTransferred).toBeLessThan(100);
    fake.doc.resetCounters();
    expect(await host.applyFix(7001, { start: 0, length: 2, replacement: '正文' }, text)).toBe(true);
    expect(fake.doc.charsTransferred).toBeLessThan(100);
  });

  it('M7: read() of 10,000 paragraphs sends no clean-up round trip', async () => {
    fake = setup(bigDoc(10000));
    await new WordHost().read();
    expect(fake.doc.cleanups).toBe(0);
  });

  // M7's idle change detector: test/office/watch.test.ts (needs jsdom for document.hidden).
});

describe('M8 — comment refusals', () => {
  it('M8: when Word refuses comments (NotAllowed, some web tenants), flags fall back to highlights', async () => {
    fake = setup(smallDoc(), '1.4');
    fake.doc.insertCommentError = 'NotAllowed';
    const host = new WordHost();
    expect(await host.flag([{ paragraph: 3, message: '较弱' }])).toBe(1);
    expect(fake.doc.paragraphs[3].font.highlightColor).toBe('#FFFF00');
    expect(await host.clearFlags()).toBe(1);
    expect(fake.doc.paragraphs[3].font.highlightColor).toBeNull();
  });

  it('M8: one comment Word cannot delete does not stop the others, and the user is told how many are left', async () => {
    fake = setup(smallDoc(), '1.4');
    const host = new WordHost();
    await host.flag([{ paragraph: 2, message: '甲' }, { paragraph: 3, message: '乙' }, { paragraph: 4, message: '丙' }]);
    fake.doc.comments[0].deleteError = 'GeneralException';
    const err = await host.clearFlags().catch((e: unknown) => e);
    expect(fake.doc.comments.map((c) => c.content)).toEqual([`${FLAG_PREFIX}甲`]);
    expect((err as Error).message).toMatch(/1 条/);
  });
});

describe('M10 — settings size', () => {
  it('M10: a setting too large for Word is refused with a clear message and does not break later saves', async () => {
    fake = setup(smallDoc());
    fake.doc.settingsLimit = 200_000;
    const host = new WordHost();
    const big = JSON.stringify(Array.from({ length: 8000 }, (_, i) => ({ id: `r${i}`, t: '"引号"' })));
    const err = await host.setSetting('xingshen.packs', big).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'settings' });
    expect((err as Error).message).toMatch(/过大|KB/);
    await host.apply(sectionPlan());
    expect(fake.doc.savedSettings.get(SKELETONS_SETTING)).toContain('section:causes');
  });
});

describe('several fixes in one paragraph', () => {
  it('applies a list of fixes for one paragraph together, right to left, only if the paragraph still reads as checked', async () => {
    const text = '我们要要坚持,解决"四风"问题';
    fake = setup([text]);
    const host = new WordHost();
    const fixes = [
      { start: 3, length: 1, replacement: '' },
      { start: 6, length: 1, replacement: '，' },
      { start: 9, length: 1, replacement: '“' },
      { start: 12, length: 1, replacement: '”' },
    ];
    expect(await host.applyFix(0, fixes, text)).toBe(true);
    expect(fake.doc.texts[0]).toBe('我们要坚持，解决“四风”问题');
    expect(fake.doc.syncCount).toBe(2);
    expect(await host.applyFix(0, fixes, text)).toBe(false);
  });
});

describe('low findings', () => {
  it('L2: a skeleton whose key is longer than a content-control title allows is still inserted and recognised', async () => {
    fake = setup(['甲']);
    const key = `focus:${'很长的自定义编号'.repeat(10)}`;
    const plan: InsertPlan = { ops: [{ key, kind: 'focus', label: 'x', anchor: 0, position: 'after', paragraphs: [{ text: '【待填写：x】', role: 'body' }] }], renumber: [] };
    const host = new WordHost();
    expect((await host.apply(plan)).inserted).toEqual([key]);
    fake.doc.paragraphs[1].text = '我写的';
    expect((await host.apply(plan)).skipped).toEqual([key]);
    expect(fake.doc.contentControls[0].tag).toBe(SKELETON_TAG);
  });

  it('L3: an emptied skeleton content control does not count as present', async () => {
    fake = setup(['甲']);
    const plan: InsertPlan = { ops: [{ key: 'focus:a', kind: 'focus', label: 'a', anchor: 0, position: 'after', paragraphs: [{ text: '【待填写：a】', role: 'body' }] }], renumber: [] };
    const host = new WordHost();
    await host.apply(plan);
    fake.doc.paragraphs[1].text = '';
    expect((await host.apply(plan)).inserted).toEqual(['focus:a']);
  });

  it('L8: inserting before a character outside the BMP (CJK Ext-B) works', async () => {
    const text = '姓名𠀋同志';
    fake = setup([text]);
    expect(await new WordHost().applyFix(0, { start: 2, length: 0, replacement: '：' }, text)).toBe(true);
    expect(fake.doc.texts[0]).toBe('姓名：𠀋同志');
  });
});

describe('M5 without help from the caller', () => {
  it('M5: after read(), select() and apply() check against what was read even when the caller passes nothing', async () => {
    fake = setup(smallDoc());
    const host = new WordHost();
    await host.read();
    fake.doc.paragraphs.unshift({ ...fake.doc.paragraphs[1], uid: -2, text: '新加的一段' });
    await host.select(4);
    expect(fake.doc.selection?.paragraph.text).toBe('二、作风建设存在的问题');
    await expect(host.apply(sectionPlan())).rejects.toMatchObject({ code: 'stale' });
    expect(fake.doc.paragraphs).toHaveLength(9);
  });
});

describe('M7 robustness', () => {
  it('M7: a Word that ignored $top/$skip (returning every paragraph) still gets the right paragraph fixed', async () => {
    fake = setup(['甲段落', '乙段落，要改', '丙段落']);
    // Simulate: every object-form load (with its $top/$skip) becomes a plain load of all texts.
    const doc = fake.doc;
    const host = new WordHost();
    const g = globalThis as unknown as { Word: { run: (b: (c: { document: { body: { paragraphs: { load: (o: unknown) => unknown } } } }) => Promise<unknown>) => Promise<unknown> } };
    const run = g.Word.run;
    g.Word.run = (batch) =>
      run(async (ctx) => {
        const ps = ctx.document.body.paragraphs;
        const load = ps.load.bind(ps);
        ps.load = (o: unknown) => (typeof o === 'object' && o !== null && !Array.isArray(o) ? load('items/text') : load(o));
        return batch(ctx);
      });
    expect(await host.applyFix(1, { start: 3, length: 1, replacement: '。' }, '乙段落，要改')).toBe(true);
    expect(doc.texts).toEqual(['甲段落', '乙段落。要改', '丙段落']);
  });
});

describe('read() never dies of a refused extra', () => {
  it('H2/M1: a Word that refuses getReviewedText too still gets the document read (plain text, without list numbers)', async () => {
    fake = setup(['一、学习情况', '正文'], '1.4');
    const g = globalThis as unknown as { Word: { run: (b: (c: { document: { body: { getReviewedText: () => unknown } } }) => Promise<unknown>) => Promise<unknown> } };
    const run = g.Word.run;
    g.Word.run = (batch) =>
      run(async (ctx) => {
        ctx.document.body.getReviewedText = () => {
          throw Object.assign(new Error('refused'), { code: 'GeneralException' });
        };
        return batch(ctx);
      });
    const model = await new WordHost().read();
    expect(model.paragraphs.map((p) => p.text)).toEqual(['一、学习情况', '正文']);
  });
});

import { WordHost, READ_PATHS, SKELETON_TAG } from '../../src/office/word-host';
import { HostError } from '../../src/office/errors';
import { createWordHost, removeSkeletons } from '../../src/office';
import type { InsertPlan } from '../../src/core/plan';
import type { InstalledFake } from '../fakes/fake-word';
import { bigDoc, sectionPlan, setup, smallDoc, HEADING_FONT } from './fixtures';

let fake: InstalledFake;
afterEach(() => fake?.uninstall());

describe('read', () => {
  it('reads the document as plain data in exactly one sync, loading only the listed paths', async () => {
    fake = setup([
      { text: '标题', styleBuiltIn: 'Title' },
      { text: '学习情况', styleBuiltIn: 'Heading1', list: { id: 7, level: 0, listString: '一、' } },
      { text: '表格里的字', tableNestingLevel: 1 },
      { text: '自定义样式', styleBuiltIn: 'Toc1' },
      '正文',
    ]);
    const model = await new WordHost().read();
    expect(fake.doc.syncCount).toBe(1);
    expect(fake.doc.loads).toEqual([{ type: 'ParagraphCollection', paths: READ_PATHS.split(',') }]);
    expect(model.paragraphs).toEqual([
      { text: '标题', style: 'Title' },
      { text: '学习情况', style: 'Heading1', outlineLevel: 1, listString: '一、', listLevel: 0 },
      { text: '表格里的字', style: 'Normal', inTable: true },
      { text: '自定义样式', style: 'Other' },
      { text: '正文', style: 'Normal' },
    ]);
  });

  it('still costs one sync for 5,000 paragraphs', async () => {
    fake = setup(bigDoc(5000));
    const model = await new WordHost().read();
    expect(model.paragraphs).toHaveLength(5000);
    expect(model.paragraphs[4999].text).toBe('正文第4999段，内容不重复。');
    expect(fake.doc.syncCount).toBe(1);
    expect(fake.doc.loads).toHaveLength(1);
  });

  it('reports Word errors as a HostError', async () => {
    fake = setup(['x']);
    const g = globalThis as unknown as { Word: { run: unknown } };
    g.Word.run = async () => {
      throw Object.assign(new Error('boom'), { code: 'GeneralException' });
    };
    await expect(new WordHost().read()).rejects.toMatchObject({ name: 'HostError', code: 'general', wordCode: 'GeneralException' });
  });
});

describe('apply', () => {
  it('inserts the section after its anchor, copies the heading format, renumbers only the marker — in two syncs', async () => {
    fake = setup(smallDoc());
    const host = new WordHost();
    const report = await host.apply(sectionPlan());
    expect(report).toEqual({ inserted: ['section:causes'], skipped: [], renumbered: 1, syncs: 2 });
    expect(fake.doc.syncCount).toBe(2);
    expect(fake.doc.texts).toEqual([
      '关于作风建设专项行动的对照检查材料',
      '按照市委有关要求，现就有关情况汇报如下：',
      '一、学习情况',
      '我坚持学深学透。一是深化学习内容。',
      '二、作风建设存在的问题',
      '（一）思想作风方面。学习不够深入。',
      '三、产生问题的原因分析',
      '【待填写：从思想、政治、作风等方面剖析原因】',
      '四、今后的努力方向和改进措施',
      '一是要强化理论学习。',
    ]);
    const [heading, body] = fake.doc.paragraphs.slice(6, 8);
    expect(heading.font).toMatchObject(HEADING_FONT);
    expect(heading.styleBuiltIn).toBe('Normal'); // copied from the typed heading it imitates
    expect(body.font).toMatchObject({ name: '仿宋_GB2312', size: 16, bold: false });
    expect(body.styleBuiltIn).toBe('Normal');
    // Renumbering kept the rest of the paragraph object (its formatting) and changed one character.
    expect(fake.doc.paragraphs[8].font).toMatchObject(HEADING_FONT);
    // One content control wraps the inserted op.
    expect(fake.doc.contentControls).toHaveLength(1);
    expect(fake.doc.contentControls[0]).toMatchObject({ tag: SKELETON_TAG, title: '省身:section:causes' });
    expect(fake.doc.contentControls[0].paragraphs).toEqual([heading, body]);
    // No argument-less loads; only what apply needs.
    expect(fake.doc.loads.map((l) => l.type)).toEqual(['ParagraphCollection', 'ContentControlCollection']);
    expect(fake.doc.loads[0].paths).toEqual(['items/text', 'items/isListItem', 'items/style', 'items/font/name', 'items/font/size', 'items/font/bold']);
  });

  it('applying the same plan twice adds nothing and renumbers nothing', async () => {
    fake = setup(smallDoc());
    const host = new WordHost();
    await host.apply(sectionPlan());
    const after = fake.doc.texts;
    fake.doc.resetCounters();
    const again = await host.apply(sectionPlan());
    expect(again).toEqual({ inserted: [], skipped: ['section:causes'], renumbered: 0, syncs: 1 });
    expect(fake.doc.texts).toEqual(after);
    expect(fake.doc.contentControls).toHaveLength(1);
  });

  it('recognises a skeleton by its content control even after the user rewrote its text', async () => {
    fake = setup(smallDoc());
    const host = new WordHost();
    await host.apply(sectionPlan());
    fake.doc.paragraphs[6].text = '三、问题根源';
    const again = await host.apply(sectionPlan());
    expect(again.skipped).toEqual(['section:causes']);
    expect(fake.doc.paragraphs).toHaveLength(10);
  });

  it('uses the same two syncs on a 5,000-paragraph document', async () => {
    fake = setup(bigDoc(5000));
    const plan: InsertPlan = {
      ops: [
        { key: 'section:a', kind: 'section', label: 'a', anchor: 2499, position: 'after', styleFrom: 2450, paragraphs: [{ text: '新增部分', role: 'heading1' }] },
        { key: 'section:b', kind: 'section', label: 'b', anchor: 4999, position: 'after', paragraphs: [{ text: '结尾部分', role: 'heading1' }, { text: '【待填写：内容】', role: 'body' }] },
      ],
      renumber: [{ paragraph: 2500, start: 0, length: 2, from: '51', to: '52' }],
    };
    const report = await new WordHost().apply(plan);
    expect(report.syncs).toBe(2);
    expect(fake.doc.syncCount).toBe(2);
    expect(fake.doc.paragraphs).toHaveLength(5003);
    expect(fake.doc.texts[2500]).toBe('新增部分');
    expect(fake.doc.texts[2501]).toBe('52. 第51部分');
    expect(fake.doc.texts.slice(5001)).toEqual(['结尾部分', '【待填写：内容】']);
    expect(fake.doc.paragraphs[5001]).toMatchObject({ styleBuiltIn: 'Heading1', font: { name: '黑体', size: 16, bold: false } });
  });

  it('keeps plan order for ops sharing an anchor, and inserts before an anchor when asked', async () => {
    fake = setup(['甲', '乙']);
    const plan: InsertPlan = {
      ops: [
        { key: 'focus:1', kind: 'focus', label: '1', anchor: 0, position: 'after', paragraphs: [{ text: 'A1', role: 'heading2' }, { text: 'A2', role: 'body' }] },
        { key: 'focus:2', kind: 'focus', label: '2', anchor: 0, position: 'after', paragraphs: [{ text: 'B1', role: 'heading2' }] },
        { key: 'title', kind: 'title', label: 't', anchor: 0, position: 'before', paragraphs: [{ text: '标题', role: 'title' }] },
      ],
      renumber: [],
    };
    await new WordHost().apply(plan);
    expect(fake.doc.texts).toEqual(['标题', '甲', 'A1', 'A2', 'B1', '乙']);
    expect(fake.doc.paragraphs[0]).toMatchObject({ alignment: 'Centered', font: { name: '方正小标宋简体', size: 22 } });
    expect(fake.doc.paragraphs[2]).toMatchObject({ styleBuiltIn: 'Heading2', font: { name: '楷体_GB2312', size: 16 } });
    expect(fake.doc.contentControls.map((c) => c.paragraphs.map((p) => p.text))).toEqual([['A1', 'A2'], ['B1'], ['标题']]);
  });

  it('inserts at the start of an empty document (anchor null)', async () => {
    fake = setup([]);
    const plan: InsertPlan = {
      ops: [
        { key: 'title', kind: 'title', label: 't', anchor: null, position: 'before', paragraphs: [{ text: '对照检查材料', role: 'title' }] },
        { key: 'section:1', kind: 'section', label: '1', anchor: null, position: 'before', paragraphs: [{ text: '一、学习情况', role: 'heading1' }] },
      ],
      renumber: [],
    };
    const report = await new WordHost().apply(plan);
    expect(report.inserted).toEqual(['title', 'section:1']);
    expect(fake.doc.texts).toEqual(['对照检查材料', '一、学习情况']);
  });

  it('detaches paragraphs inserted after a list item, and attaches an auto-numbered heading to its list', async () => {
    const list = (listString: string) => ({ id: 42, level: 0, listString });
    fake = setup([
      { text: '学习情况', styleBuiltIn: 'Heading1', list: list('一、') },
      '正文',
      { text: '存在的问题', styleBuiltIn: 'Heading1', list: list('二、') },
      { text: '要点', list: { id: 9, level: 0, listString: '1.' } },
    ]);
    const plan: InsertPlan = {
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
        { key: 'focus:x', kind: 'focus', label: 'x', anchor: 3, position: 'before', paragraphs: [{ text: '【待填写：要点】', role: 'body' }] },
      ],
      renumber: [],
    };
    const report = await new WordHost().apply(plan);
    expect(report.syncs).toBe(2);
    expect(fake.doc.loads[0].paths).toEqual(expect.arrayContaining(['items/listOrNullObject/id', 'items/listItemOrNullObject/level']));
    const byText = (t: string) => fake.doc.paragraphs.find((p) => p.text === t)!;
    expect(byText('产生问题的原因分析').list).toMatchObject({ id: 42, level: 0 });
    expect(byText('【待填写：原因】').list).toBeNull();
    expect(byText('【待填写：要点】').list).toBeNull();
    expect(byText('要点').list).toMatchObject({ id: 9 });
  });

  it('skips a renumber whose marker no longer reads `from`', async () => {
    fake = setup(smallDoc());
    const plan = sectionPlan();
    plan.renumber[0].from = '五';
    const report = await new WordHost().apply(plan);
    expect(report.renumbered).toBe(0);
    expect(fake.doc.texts[8]).toBe('三、今后的努力方向和改进措施');
  });

  it('renumbers the marker at its offset, not an earlier equal text', async () => {
    fake = setup(['二是第二点', '一是二是（二）二是']);
    const plan: InsertPlan = {
      ops: [{ key: 'focus:a', kind: 'focus', label: 'a', anchor: 0, position: 'after', paragraphs: [{ text: '新段', role: 'body' }] }],
      renumber: [{ paragraph: 1, start: 5, length: 1, from: '二', to: '三' }],
    };
    await new WordHost().apply(plan);
    expect(fake.doc.texts).toEqual(['二是第二点', '新段', '一是二是（三）二是']);
  });

  it('refuses a plan whose anchors are past the end of the document, without writing', async () => {
    fake = setup(['只有一段']);
    const plan = sectionPlan();
    await expect(new WordHost().apply(plan)).rejects.toMatchObject({ code: 'stale' });
    expect(fake.doc.texts).toEqual(['只有一段']);
    expect(fake.doc.syncCount).toBe(1);
  });

  it('says plainly that a read-only document cannot be changed', async () => {
    fake = setup(smallDoc());
    fake.doc.mode = 'readOnly';
    const err = await new WordHost().apply(sectionPlan()).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(HostError);
    expect((err as HostError).code).toBe('read-only');
    expect((err as HostError).message).toMatch(/^无法插入缺少的部分：文档以只读方式打开或已受保护/);
    expect((err as HostError).messageEn).toMatch(/read-only/);
    expect(fake.doc.syncCount).toBe(0);
  });

  it('maps AccessDenied from Word (protected document) to the read-only error', async () => {
    fake = setup(smallDoc());
    fake.doc.writeError = 'AccessDenied';
    await expect(new WordHost().apply(sectionPlan())).rejects.toMatchObject({ code: 'read-only', wordCode: 'AccessDenied' });
  });
});

describe('removeSkeletons', () => {
  it('removes untouched skeletons entirely and keeps the text of edited ones', async () => {
    fake = setup(['甲', '乙']);
    const host = createWordHost();
    await host.apply({
      ops: [
        { key: 'focus:1', kind: 'focus', label: '1', anchor: 0, position: 'after', paragraphs: [{ text: '【待填写：一】', role: 'body' }] },
        { key: 'focus:2', kind: 'focus', label: '2', anchor: 1, position: 'after', paragraphs: [{ text: '【待填写：二】', role: 'body' }] },
      ],
      renumber: [],
    });
    expect(fake.doc.texts).toEqual(['甲', '【待填写：一】', '乙', '【待填写：二】']);
    fake.doc.paragraphs[3].text = '我写的内容';
    fake.doc.resetCounters();
    const report = await removeSkeletons(host);
    expect(report).toEqual({ removed: 1, kept: 1 });
    expect(fake.doc.texts).toEqual(['甲', '乙', '我写的内容']);
    expect(fake.doc.contentControls).toHaveLength(0);
    expect(fake.doc.syncCount).toBe(2);
  });
});

import { check, modelFromLines, planSkeleton, type InsertPlan } from '../../src/core';
import { MemoryHost } from '../../src/core/memory-host';
import { getBuiltinProfile } from '../../src/profiles';

const profile = getBuiltinProfile('zuofeng-2022')!;

const lines = [
  '关于作风建设专项行动的对照检查材料',
  '按照要求，我围绕“五个聚焦”认真查摆问题，现汇报如下：',
  '一、学习情况',
  '我认真学习了有关文件和讲话精神，坚持每周集中学习。',
  '二、作风建设存在的问题',
  '聚焦高质量发展，深入查摆在思想观念上有没有因循守旧等问题。我在工作中习惯凭老经验办事，办法不多。',
  '三、今后的努力方向和改进措施',
  '一是加强理论学习。二是改进工作作风。',
];

function host(opts: ConstructorParameters<typeof MemoryHost>[1] = {}) {
  return new MemoryHost(modelFromLines(lines), opts);
}

describe('MemoryHost', () => {
  it('reads a copy: changing what read() returned does not change the document', async () => {
    const h = host();
    const a = await h.read();
    a.paragraphs[0].text = 'changed';
    a.paragraphs.push({ text: 'extra' });
    const b = await h.read();
    expect(b.paragraphs[0].text).toBe(lines[0]);
    expect(b.paragraphs).toHaveLength(lines.length);
  });

  it('applies a skeleton plan, then applying the same plan again inserts nothing', async () => {
    const h = host();
    const doc = await h.read();
    const plan: InsertPlan = planSkeleton(doc, profile);
    expect(plan.ops.length).toBeGreaterThan(0);
    const first = await h.apply(plan);
    expect(first.inserted).toEqual(plan.ops.map((o) => o.key));
    expect(first.skipped).toEqual([]);
    const after = await h.read();
    expect(after.paragraphs.length).toBeGreaterThan(doc.paragraphs.length);
    const second = await h.apply(plan);
    expect(second.inserted).toEqual([]);
    expect(second.skipped).toEqual(plan.ops.map((o) => o.key));
    expect(second.renumbered).toBe(0);
    expect((await h.read()).paragraphs).toEqual(after.paragraphs);
    // The structure is now complete.
    const result = check(after, profile);
    expect(result.sections.filter((s) => s.required && s.status === 'missing')).toEqual([]);
  });

  it('applyFix replaces the span only when the paragraph still reads as expected', async () => {
    const h = host();
    const fix = { start: 0, length: 2, replacement: '关於' };
    expect(await h.applyFix(0, fix, 'something else')).toBe(false);
    expect((await h.read()).paragraphs[0].text).toBe(lines[0]);
    expect(await h.applyFix(0, fix, lines[0])).toBe(true);
    expect((await h.read()).paragraphs[0].text).toBe('关於' + lines[0].slice(2));
    expect(await h.applyFix(99, fix, '')).toBe(false);
  });

  it('keeps flags per paragraph and clears exactly them', async () => {
    const h = host();
    expect(await h.flag([{ paragraph: 5, message: 'a' }, { paragraph: 5, message: 'b' }, { paragraph: 3, message: 'c' }])).toBe(3);
    expect(await h.flag([{ paragraph: 5, message: 'a' }, { paragraph: 999, message: 'out of range' }])).toBe(0);
    expect([...h.flagged.keys()].sort()).toEqual([3, 5]);
    expect(h.flagged.get(5)).toEqual(['a', 'b']);
    expect(await h.clearFlags()).toBe(3);
    expect(h.flagged.size).toBe(0);
    expect(await h.clearFlags()).toBe(0);
    expect((await h.read()).paragraphs.map((p) => p.text)).toEqual(lines);
  });

  it('moves flags with their paragraphs when a plan inserts paragraphs before them', async () => {
    const h = host();
    await h.flag([{ paragraph: 7, message: 'last' }]);
    await h.apply(planSkeleton(await h.read(), profile));
    const doc = await h.read();
    const [at] = [...h.flagged.keys()];
    expect(doc.paragraphs[at].text).toBe(lines[7]);
  });

  it('records the selection and tells the listener', async () => {
    const onSelect = jest.fn();
    const h = host({ onSelect });
    await h.select(4, 2, 3);
    expect(onSelect).toHaveBeenCalledWith({ paragraph: 4, start: 2, length: 3 });
    expect(h.selected).toEqual({ paragraph: 4, start: 2, length: 3 });
  });

  it('fires watch on every change made through it, and stops after unsubscribe', async () => {
    const h = host();
    const onChange = jest.fn();
    const off = h.watch(onChange);
    h.setParagraphText(3, '新的内容');
    expect(onChange).toHaveBeenCalledTimes(1);
    h.setParagraphText(3, '新的内容'); // unchanged text: no event
    expect(onChange).toHaveBeenCalledTimes(1);
    await h.applyFix(3, { start: 0, length: 1, replacement: '旧' }, '新的内容');
    expect(onChange).toHaveBeenCalledTimes(2);
    await h.apply(planSkeleton(await h.read(), profile));
    expect(onChange).toHaveBeenCalledTimes(3);
    h.replaceDocument(modelFromLines(['x']));
    expect(onChange).toHaveBeenCalledTimes(4);
    expect((await h.read()).paragraphs).toEqual([{ text: 'x' }]);
    off();
    h.setParagraphText(0, 'y');
    expect(onChange).toHaveBeenCalledTimes(4);
  });

  it('notifies subscribers of flags and selection, with a rising revision', async () => {
    const h = host();
    const l = jest.fn();
    h.subscribe(l);
    const r0 = h.revision;
    await h.flag([{ paragraph: 1, message: 'm' }]);
    await h.select(1);
    expect(l).toHaveBeenCalledTimes(2);
    expect(h.revision).toBe(r0 + 2);
  });

  it('stores settings and reports status', async () => {
    const h = host({ settings: { a: '1' }, trackChanges: true });
    expect(await h.getSetting('a')).toBe('1');
    expect(await h.getSetting('b')).toBeUndefined();
    await h.setSetting('b', '2');
    expect(await h.getSetting('b')).toBe('2');
    expect(await h.status()).toEqual({ readOnly: false, trackChanges: true });
    expect(h.kind).toBe('memory');
  });

  it('refuses to write a read-only document', async () => {
    const h = host({ readOnly: true });
    await expect(h.apply(planSkeleton(await h.read(), profile))).rejects.toThrow(/只读/);
    await expect(h.flag([{ paragraph: 0, message: 'x' }])).rejects.toThrow(/只读/);
    expect((await h.read()).paragraphs.map((p) => p.text)).toEqual(lines);
  });
});

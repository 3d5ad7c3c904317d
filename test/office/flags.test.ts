import { WordHost, FLAGS_SETTING, FLAG_TAG, hashText } from '../../src/office/word-host';
import { FLAG_PREFIX } from '../../src/core/host';
import type { InstalledFake } from '../fakes/fake-word';
import { bigDoc, setup, smallDoc } from './fixtures';

let fake: InstalledFake;
afterEach(() => fake?.uninstall());

describe('flags with WordApi 1.4 (comments)', () => {
  it('adds one prefixed comment per flag in two syncs, and clearFlags removes only ours', async () => {
    fake = setup(smallDoc(), '1.4');
    fake.doc.comments.push({ id: 'u1', content: '请补充数据', paragraph: fake.doc.paragraphs[3] });
    const host = new WordHost();
    const added = await host.flag([
      { paragraph: 2, message: '标题编号不连续' },
      { paragraph: 7, message: '缺少具体措施' },
      { paragraph: 99, message: '越界的段落被忽略' },
    ]);
    expect(added).toBe(2);
    expect(fake.doc.syncCount).toBe(2);
    const ours = fake.doc.comments.filter((c) => c.content.startsWith(FLAG_PREFIX));
    expect(ours.map((c) => [fake.doc.indexOf(c.paragraph), c.content])).toEqual([
      [2, `${FLAG_PREFIX}标题编号不连续`],
      [7, `${FLAG_PREFIX}缺少具体措施`],
    ]);
    // No highlight is used when comments exist.
    expect(fake.doc.paragraphs.every((p) => p.font.highlightColor === null)).toBe(true);

    fake.doc.resetCounters();
    expect(await host.clearFlags()).toBe(2);
    expect(fake.doc.syncCount).toBe(2);
    expect(fake.doc.comments).toEqual([{ id: 'u1', content: '请补充数据', paragraph: fake.doc.paragraphs[3] }]);
    expect(fake.doc.loads).toEqual([
      { type: 'CommentCollection', paths: ['items/id', 'items/content'] },
      { type: 'ContentControlCollection', paths: ['items/font/highlightColor'] },
    ]);
  });

  it('flags 5,000-paragraph documents in the same two syncs', async () => {
    fake = setup(bigDoc(5000), '1.4');
    const flags = Array.from({ length: 300 }, (_, i) => ({ paragraph: i * 16, message: `问题${i}` }));
    expect(await new WordHost().flag(flags)).toBe(300);
    expect(fake.doc.syncCount).toBe(2);
    expect(fake.doc.comments).toHaveLength(300);
  });
});

describe('flags with WordApi 1.3 (highlights)', () => {
  it('highlights flagged paragraphs inside hidden flag markers, and clears exactly those after the paragraphs moved', async () => {
    fake = setup(smallDoc(), '1.3');
    fake.doc.paragraphs[1].font.highlightColor = '#00FF00'; // the user's own highlight elsewhere
    fake.doc.paragraphs[5].font.highlightColor = '#FFFF00'; // and one on a paragraph we will flag
    const host = new WordHost();
    const added = await host.flag([
      { paragraph: 3, message: 'a' },
      { paragraph: 3, message: 'b' },
      { paragraph: 5, message: 'c' },
      { paragraph: 7, message: 'd' },
    ]);
    expect(added).toBe(2); // paragraph 3 once; paragraph 5 keeps the user's highlight
    expect(fake.doc.syncCount).toBe(2);
    expect(fake.doc.comments).toHaveLength(0);
    expect(fake.doc.paragraphs.map((p) => p.font.highlightColor)).toEqual([null, '#00FF00', null, '#FFFF00', null, '#FFFF00', null, '#FFFF00']);
    expect(fake.doc.contentControls.map((c) => [c.tag, c.appearance, fake.doc.indexOf(c.paragraphs[0])])).toEqual([
      [FLAG_TAG, 'Hidden', 3],
      [FLAG_TAG, 'Hidden', 7],
    ]);
    expect(fake.doc.settings.has(FLAGS_SETTING)).toBe(false);

    // The user inserts a paragraph at the top: our flags moved down by one.
    fake.doc.paragraphs.unshift({ ...fake.doc.paragraphs[1], uid: -1, text: '新加的一段', font: { ...fake.doc.paragraphs[1].font, highlightColor: null } });
    fake.doc.resetCounters();
    const fresh = new WordHost(); // a new session: the markers are in the document
    expect(await fresh.clearFlags()).toBe(2);
    expect(fake.doc.syncCount).toBe(2);
    expect(fake.doc.paragraphs.map((p) => p.font.highlightColor)).toEqual([null, null, '#00FF00', null, null, null, '#FFFF00', null, null]);
    expect(fake.doc.contentControls).toHaveLength(0);
  });

  it('still clears highlights recorded the old way (text hashes in document settings), keeping records that match nothing', async () => {
    fake = setup(smallDoc(), '1.3');
    fake.doc.paragraphs[3].font.highlightColor = '#FFFF00';
    fake.doc.settings.set(FLAGS_SETTING, JSON.stringify([{ p: 3, h: hashText(fake.doc.texts[3]) }, { p: 6, h: 1 }]));
    expect(await new WordHost().clearFlags()).toBe(1);
    expect(fake.doc.paragraphs[3].font.highlightColor).toBeNull();
    expect(JSON.parse(String(fake.doc.settings.get(FLAGS_SETTING)))).toEqual([{ p: 6, h: 1 }]);
  });

  it('clearFlags changes nothing (one look-up sync) when we flagged nothing', async () => {
    fake = setup(smallDoc(), '1.3');
    fake.doc.paragraphs[2].font.highlightColor = '#FFFF00';
    expect(await new WordHost().clearFlags()).toBe(0);
    expect(fake.doc.syncCount).toBe(1);
    expect(fake.doc.paragraphs[2].font.highlightColor).toBe('#FFFF00');
  });
});

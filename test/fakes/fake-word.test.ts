/** The fake must behave like Office.js where the adapter relies on it, or the adapter tests prove nothing. */
import { FakeWordDocument, installFakeWord, type InstalledFake } from './fake-word';

let fake: InstalledFake;
afterEach(() => fake.uninstall());

type AnyCtx = { document: { body: { paragraphs: any; getComments(): any; insertParagraph(t: string, l: string): any } }; sync(): Promise<void> }; // eslint-disable-line @typescript-eslint/no-explicit-any
const run = <T>(cb: (ctx: AnyCtx) => Promise<T>): Promise<T> => (globalThis as unknown as { Word: { run(cb: (ctx: AnyCtx) => Promise<T>): Promise<T> } }).Word.run(cb);

describe('fake Word', () => {
  beforeEach(() => {
    fake = installFakeWord(new FakeWordDocument(['甲', '乙']));
  });

  it('throws PropertyNotLoaded for items before sync and for properties not loaded', async () => {
    await run(async (ctx) => {
      const ps = ctx.document.body.paragraphs;
      ps.load('items/text');
      expect(() => ps.items).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      await ctx.sync();
      expect(ps.items[1].text).toBe('乙');
      expect(() => ps.items[1].styleBuiltIn).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      expect(() => ps.items[1].font.name).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    });
    expect(fake.doc.syncCount).toBe(1);
  });

  it('refuses argument-less loads and unknown property paths', async () => {
    await run(async (ctx) => {
      expect(() => ctx.document.body.paragraphs.load()).toThrow(/without property names/);
      expect(() => ctx.document.body.paragraphs.load('items/listItem/listStrin')).toThrow(/has no property/);
      expect(() => ctx.document.body.paragraphs.load('text')).toThrow(/use items\/text/);
    });
  });

  it('queues writes until sync, and Word.run syncs what the batch left queued (as the runtime does)', async () => {
    await run(async (ctx) => {
      ctx.document.body.insertParagraph('丙', 'End');
      expect(fake.doc.texts).toEqual(['甲', '乙']);
    });
    expect(fake.doc.texts).toEqual(['甲', '乙', '丙']);
    expect(fake.doc.syncCount).toBe(1);
  });

  it('throws ApiNotFound at the call on a 1.3 Word (not at sync), and exposes null list items as null objects', async () => {
    fake.doc.apiVersion = '1.3';
    await run(async (ctx) => {
      expect(() => ctx.document.body.getComments()).toThrow(expect.objectContaining({ code: 'ApiNotFound' }));
      expect(fake.doc.syncCount).toBe(0);
      const ps = ctx.document.body.paragraphs;
      ps.load('items/listItemOrNullObject/listString');
      await ctx.sync();
      expect(ps.items[0].listItemOrNullObject.isNullObject).toBe(true);
    });
  });
});

/** The strictness added for issue 18 (audit §12): each behaviour the adapter tests rely on. */
describe('fake Word is as strict as Word', () => {
  type Ctx = Parameters<Parameters<typeof run>[0]>[0] & { document: any }; // eslint-disable-line @typescript-eslint/no-explicit-any
  const runAny = <T>(cb: (ctx: Ctx) => Promise<T>) => run(cb as never) as Promise<T>;

  it('fails list loads on the web when list paragraphs carry tracked changes (H2), not on desktop', async () => {
    fake = installFakeWord(new FakeWordDocument([{ text: '要点', list: { id: 1, level: 0, listString: '1.' }, marks: [{ start: 0, end: 1, kind: 'deleted' }] }]));
    const load = () =>
      runAny(async (ctx) => {
        ctx.document.body.paragraphs.load('items/text,items/listItemOrNullObject/listString');
        await ctx.sync();
      });
    await expect(load()).resolves.toBeUndefined();
    fake.doc.host = 'web';
    await expect(load()).rejects.toMatchObject({ code: 'GeneralException' });
  });

  it('joins a style-linked list when the style is set, and detachFromList is a no-op off lists (H3)', async () => {
    fake = installFakeWord(new FakeWordDocument(['甲']));
    fake.doc.styleLists = { Heading1: { id: 5, level: 0 } };
    await runAny(async (ctx) => {
      const p = ctx.document.body.insertParagraph('乙', 'End');
      p.detachFromList();
      p.styleBuiltIn = 'Heading1';
      await ctx.sync();
    });
    expect(fake.doc.paragraphs[1].list).toMatchObject({ id: 5 });
  });

  it('text includes deleted and hidden runs; getText and getReviewedText leave them out; search skips deletions (M1, M2)', async () => {
    fake = installFakeWord(new FakeWordDocument([{ text: '甲乙丙丁', marks: [{ start: 1, end: 2, kind: 'deleted' }, { start: 3, end: 4, kind: 'hidden' }] }]));
    fake.doc.apiVersion = '1.7';
    await runAny(async (ctx) => {
      const ps = ctx.document.body.paragraphs;
      ps.load('items/text');
      await ctx.sync();
      const p = ps.items[0];
      const visible = p.getText();
      const reviewed = p.getRange('Whole').getReviewedText('Current');
      const across = p.search('甲丙', { matchCase: true });
      across.load('items');
      const inside = p.search('乙', { matchCase: true });
      inside.load('items');
      await ctx.sync();
      expect([p.text, visible.value, reviewed.value]).toEqual(['甲乙丙丁', '甲丙', '甲丙丁']);
      expect(across.items).toHaveLength(0);
      expect(inside.items).toHaveLength(0);
    });
  });

  it("Find treats straight and curly quotes as equal, and fails while the Find dialog is open (M2)", async () => {
    fake = installFakeWord(new FakeWordDocument(['坚持“两个维护”，解决"四风"问题']));
    await runAny(async (ctx) => {
      const ps = ctx.document.body.paragraphs;
      ps.load('items');
      await ctx.sync();
      const hits = ps.items[0].search('"', { matchCase: true });
      hits.load('items/text');
      await ctx.sync();
      expect(hits.items.map((r: { text: string }) => r.text)).toEqual(['“', '”', '"', '"']);
    });
    fake.doc.searchDialogOpen = true;
    await expect(
      runAny(async (ctx) => {
        const ps = ctx.document.body.paragraphs;
        ps.load('items');
        await ctx.sync();
        ps.items[0].search('解决', { matchCase: true }).getFirst().insertText('x', 'Replace');
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'SearchDialogIsOpen' });
  });

  it('fails writes with GeneralException in 查看 mode and under protection, while mode still reads readWrite (M3)', async () => {
    fake = installFakeWord(new FakeWordDocument(['甲']));
    fake.doc.viewing = true;
    const office = (globalThis as unknown as { Office: { context: { document: { mode: string } } } }).Office;
    expect(office.context.document.mode).toBe('readWrite');
    const write = () =>
      runAny(async (ctx) => {
        ctx.document.body.insertParagraph('乙', 'End');
        await ctx.sync();
      });
    await expect(write()).rejects.toMatchObject({ code: 'GeneralException' });
    fake.doc.viewing = false;
    fake.doc.protectionType = 'AllowOnlyReading';
    await expect(write()).rejects.toMatchObject({ code: 'GeneralException' });
  });

  it('keeps East Asian and Latin font slots apart (M6)', async () => {
    fake = installFakeWord(new FakeWordDocument([{ text: '一、标题', font: { name: 'Times New Roman', eastAsia: '黑体' } }]));
    await runAny(async (ctx) => {
      const ps = ctx.document.body.paragraphs;
      ps.load('items/font/name');
      await ctx.sync();
      expect(ps.items[0].font.name).toBe('Times New Roman');
      expect(() => ps.items[0].font.nameFarEast).toThrow(expect.objectContaining({ code: 'ApiNotFound' }));
    });
  });

  it('limits content-control titles to 64 characters, refuses comments and comment deletes as configured (§3, M8)', async () => {
    fake = installFakeWord(new FakeWordDocument(['甲']));
    fake.doc.apiVersion = '1.4';
    await expect(
      runAny(async (ctx) => {
        const ps = ctx.document.body.paragraphs;
        ps.load('items');
        await ctx.sync();
        ps.items[0].getRange('Whole').insertContentControl().title = 'x'.repeat(65);
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidArgument' });
    fake.doc.insertCommentError = 'NotAllowed';
    await expect(
      runAny(async (ctx) => {
        const ps = ctx.document.body.paragraphs;
        ps.load('items');
        await ctx.sync();
        ps.items[0].getRange('Whole').insertComment('注');
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'NotAllowed' });
  });

  it('counts one clean-up round trip per Word.run for the proxies the add-in created, none for loaded items (M7)', async () => {
    fake = installFakeWord(new FakeWordDocument(['甲', '乙', '丙']));
    await runAny(async (ctx) => {
      ctx.document.body.paragraphs.load('items/text');
      await ctx.sync();
    });
    expect(fake.doc.cleanups).toBe(0);
    await runAny(async (ctx) => {
      const ps = ctx.document.body.paragraphs;
      ps.load('items/text');
      await ctx.sync();
      for (const p of ps.items) p.getRange('Whole');
    });
    expect([fake.doc.cleanups, fake.doc.cleanupObjects]).toEqual([1, 3]);
  });

  it('loads a window of a collection with $top/$skip (M7)', async () => {
    fake = installFakeWord(new FakeWordDocument(['甲', '乙', '丙']));
    await runAny(async (ctx) => {
      const ps = ctx.document.body.paragraphs;
      ps.load({ text: true, $skip: 1, $top: 1 });
      await ctx.sync();
      expect(ps.items.map((p: { text: string }) => p.text)).toEqual(['乙']);
    });
    expect(fake.doc.charsTransferred).toBe(1);
  });

  it('fails saveAsync past the settings size limit and keeps the saved copy as it was (M10)', async () => {
    fake = installFakeWord(new FakeWordDocument(['甲']));
    fake.doc.settingsLimit = 100;
    const s = (globalThis as unknown as { Office: { context: { document: { settings: Office.Settings } } } }).Office.context.document.settings;
    const save = () => new Promise<string>((resolve) => s.saveAsync((r) => resolve(String(r.status))));
    s.set('a', 'x');
    expect(await save()).toBe('succeeded');
    s.set('b', 'y'.repeat(200));
    expect(await save()).toBe('failed');
    expect([...fake.doc.savedSettings.keys()]).toEqual(['a']);
  });

  it('resolves onReady late when asked to (M9)', async () => {
    jest.useFakeTimers();
    try {
      fake = installFakeWord(new FakeWordDocument(['甲']));
      fake.doc.onReadyDelayMs = 5000;
      const office = (globalThis as unknown as { Office: { onReady(): Promise<unknown> } }).Office;
      let done = false;
      void office.onReady().then(() => (done = true));
      await jest.advanceTimersByTimeAsync(4000);
      expect(done).toBe(false);
      await jest.advanceTimersByTimeAsync(1000);
      expect(done).toBe(true);
    } finally {
      jest.useRealTimers();
    }
  });

  it('drops events as configured: none for undo on the web (M5)', () => {
    fake = installFakeWord(new FakeWordDocument(['甲']));
    fake.doc.host = 'web';
    const seen: unknown[] = [];
    fake.doc.handlers.onParagraphChanged.push((e) => seen.push(e));
    fake.doc.userEdit(0, '乙', 'undo');
    fake.doc.userEdit(0, '丙');
    expect(seen).toHaveLength(1);
  });
});

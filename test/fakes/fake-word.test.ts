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

  it('queues writes until sync and fails a run that leaves writes unsynced', async () => {
    await expect(
      run(async (ctx) => {
        ctx.document.body.insertParagraph('丙', 'End');
        expect(fake.doc.texts).toEqual(['甲', '乙']);
      }),
    ).rejects.toThrow(/queued operations/);
    await run(async (ctx) => {
      ctx.document.body.insertParagraph('丙', 'End');
      await ctx.sync();
    });
    expect(fake.doc.texts).toEqual(['甲', '乙', '丙']);
  });

  it('fails 1.4 APIs at sync on a 1.3 Word, and exposes null list items as null objects', async () => {
    fake.doc.apiVersion = '1.3';
    await expect(
      run(async (ctx) => {
        ctx.document.body.getComments().load('items/content');
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'ApiNotFound' });
    await run(async (ctx) => {
      const ps = ctx.document.body.paragraphs;
      ps.load('items/listItemOrNullObject/listString');
      await ctx.sync();
      expect(ps.items[0].listItemOrNullObject.isNullObject).toBe(true);
    });
  });
});

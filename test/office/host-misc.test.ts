import { WordHost, POLL_MS, uniqueSpan } from '../../src/office/word-host';
import { HostError, toHostError } from '../../src/office/errors';
import { officeReady } from '../../src/office/bootstrap';
import type { InstalledFake } from '../fakes/fake-word';
import { setup, smallDoc } from './fixtures';

let fake: InstalledFake | undefined;
afterEach(() => {
  fake?.uninstall();
  fake = undefined;
  jest.useRealTimers();
});

describe('capabilities', () => {
  it.each([
    ['1.3', { comments: false, paragraphEvents: false, trackChangesInfo: false, documentSettings: true }],
    ['1.4', { comments: true, paragraphEvents: false, trackChangesInfo: true, documentSettings: true }],
    ['1.6', { comments: true, paragraphEvents: true, trackChangesInfo: true, documentSettings: true }],
  ] as const)('WordApi %s', (version, expected) => {
    fake = setup(['x'], version);
    expect(new WordHost().capabilities()).toEqual(expected);
  });
});

describe('status', () => {
  it('reports track changes with WordApi 1.4 in one sync', async () => {
    fake = setup(['x'], '1.4');
    fake.doc.changeTrackingMode = 'TrackAll';
    expect(await new WordHost().status()).toEqual({ readOnly: false, trackChanges: true });
    expect(fake.doc.syncCount).toBe(1);
    fake.doc.changeTrackingMode = 'Off';
    expect(await new WordHost().status()).toEqual({ readOnly: false, trackChanges: false });
  });

  it('does not ask Word on 1.3 and still reports a read-only document', async () => {
    fake = setup(['x'], '1.3');
    fake.doc.mode = 'readOnly';
    expect(await new WordHost().status()).toEqual({ readOnly: true, trackChanges: false });
    expect(fake.doc.syncCount).toBe(0);
  });

  it('treats reading-only protection (WordApiDesktop 1.4) as read-only', async () => {
    fake = setup(['x'], '1.4');
    fake.doc.desktopApi = true;
    fake.doc.protectionType = 'AllowOnlyReading';
    expect(await new WordHost().status()).toEqual({ readOnly: true, trackChanges: false });
    fake.doc.protectionType = 'AllowOnlyRevisions';
    expect(await new WordHost().status()).toEqual({ readOnly: false, trackChanges: true });
  });
});

describe('select', () => {
  it('selects a paragraph in two syncs', async () => {
    fake = setup(smallDoc());
    await new WordHost().select(4);
    expect(fake.doc.selection).toEqual({ paragraph: fake.doc.paragraphs[4], start: 0, length: fake.doc.paragraphs[4].text.length });
    expect(fake.doc.syncCount).toBe(2);
  });

  it('selects exactly the span, even when the same text occurs earlier in the paragraph', async () => {
    fake = setup(['学习不够，学习不够深入']);
    await new WordHost().select(0, 5, 4);
    expect(fake.doc.selection).toMatchObject({ start: 5, length: 4 });
    expect(fake.doc.syncCount).toBe(2);
  });

  it('falls back to the paragraph when Word cannot find the span', async () => {
    fake = setup(['甲乙丙']);
    const host = new WordHost();
    // The paragraph changed between the load and the search (what an IME-composed text can look like to search()).
    const run = (globalThis as unknown as { Word: { run: (cb: (ctx: unknown) => Promise<unknown>) => Promise<unknown> } }).Word.run;
    (globalThis as unknown as { Word: { run: unknown } }).Word.run = (cb: (ctx: { sync(): Promise<void> }) => Promise<unknown>) =>
      run(async (ctx) => {
        const c = ctx as { sync(): Promise<void> };
        const sync = c.sync.bind(c);
        let n = 0;
        c.sync = async () => {
          if (++n === 2) fake!.doc.paragraphs[0].text = '甲乙';
          await sync();
        };
        return cb(c);
      });
    await host.select(0, 2, 1);
    expect(fake.doc.selection).toMatchObject({ start: 0, length: 2 });
    expect(fake.doc.syncCount).toBe(3);
  });

  it('throws a stale error for a paragraph that no longer exists', async () => {
    fake = setup(['一段']);
    await expect(new WordHost().select(3)).rejects.toMatchObject({ code: 'stale' });
  });
});

describe('applyFix', () => {
  it('replaces only the span when the paragraph still reads as expected (two syncs)', async () => {
    fake = setup(['坚持以人民为中心，以人民为中心。']);
    const ok = await new WordHost().applyFix(0, { start: 9, length: 6, replacement: '以人民为中心的发展思想' }, '坚持以人民为中心，以人民为中心。');
    expect(ok).toBe(true);
    expect(fake.doc.texts).toEqual(['坚持以人民为中心，以人民为中心的发展思想。']);
    expect(fake.doc.syncCount).toBe(2);
  });

  it('inserts and deletes', async () => {
    fake = setup(['甲乙丙', '丁']);
    const host = new WordHost();
    expect(await host.applyFix(0, { start: 1, length: 0, replacement: '，' }, '甲乙丙')).toBe(true);
    expect(await host.applyFix(0, { start: 0, length: 1, replacement: '' }, '甲，乙丙')).toBe(true);
    expect(await host.applyFix(1, { start: 1, length: 0, replacement: '。' }, '丁')).toBe(true);
    expect(fake.doc.texts).toEqual(['，乙丙', '丁。']);
  });

  it('does nothing when the paragraph changed (one sync, no write)', async () => {
    fake = setup(['新的文字']);
    expect(await new WordHost().applyFix(0, { start: 0, length: 1, replacement: 'x' }, '旧的文字')).toBe(false);
    expect(fake.doc.texts).toEqual(['新的文字']);
    expect(fake.doc.syncCount).toBe(1);
  });
});

describe('watch', () => {
  it('uses paragraph events on WordApi 1.6 and removes them on unsubscribe', async () => {
    fake = setup(['甲'], '1.6');
    const onChange = jest.fn();
    const stop = new WordHost().watch(onChange);
    await new Promise((r) => setImmediate(r));
    expect(fake.doc.handlers.onParagraphChanged).toHaveLength(1);
    expect(fake.doc.handlers.onParagraphAdded).toHaveLength(1);
    expect(fake.doc.handlers.onParagraphDeleted).toHaveLength(1);
    fake.doc.userEdit(0, '乙');
    await new Promise((r) => setImmediate(r));
    expect(onChange).toHaveBeenCalledTimes(1);
    stop();
    await new Promise((r) => setImmediate(r));
    expect(fake.doc.handlers.onParagraphChanged).toHaveLength(0);
    fake.doc.userEdit(0, '丙');
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('polls a cheap change detector (one body.text sync per poll) without 1.6, and stops when unsubscribed', async () => {
    jest.useFakeTimers();
    fake = setup(['甲', '乙'], '1.3');
    const onChange = jest.fn();
    const stop = new WordHost().watch(onChange);
    await jest.advanceTimersByTimeAsync(POLL_MS * 2);
    expect(onChange).not.toHaveBeenCalled();
    expect(fake.doc.handlers.onParagraphChanged).toHaveLength(0);
    const polls = fake.doc.syncCount;
    expect(polls).toBe(2); // the baseline, then the first (backed-off) tick
    expect(fake.doc.loads.every((l) => l.type === 'Body' && l.paths.join() === 'text')).toBe(true);
    fake.doc.paragraphs[1].text = '丙';
    await jest.advanceTimersByTimeAsync(POLL_MS * 4);
    expect(onChange).toHaveBeenCalledTimes(1);
    stop();
    const after = fake.doc.syncCount;
    fake.doc.paragraphs[1].text = '丁';
    await jest.advanceTimersByTimeAsync(60_000);
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(fake.doc.syncCount).toBe(after);
    jest.useRealTimers();
  });
});

describe('settings', () => {
  it('round-trips through the document settings and saves them', async () => {
    fake = setup(['x']);
    const host = new WordHost();
    expect(await host.getSetting('profile')).toBeUndefined();
    await host.setSetting('profile', 'zuofeng-2022');
    expect(await host.getSetting('profile')).toBe('zuofeng-2022');
    expect(fake.doc.settingsSaves).toBe(1);
  });
});

describe('officeReady', () => {
  it('says we are not in Office when Office.js is absent', async () => {
    expect(typeof (globalThis as { Office?: unknown }).Office).toBe('undefined');
    expect(await officeReady()).toEqual({ inOffice: false });
  });

  it('gives a Word host inside Word', async () => {
    fake = setup(['x']);
    const r = await officeReady();
    expect(r.inOffice).toBe(true);
    expect(r.host?.kind).toBe('word');
  });

  it('gives up after the timeout when Office.onReady never resolves', async () => {
    jest.useFakeTimers();
    fake = setup(['x']);
    (globalThis as unknown as { Office: { onReady: unknown } }).Office.onReady = () => new Promise(() => undefined);
    const p = officeReady(3000);
    await jest.advanceTimersByTimeAsync(3000);
    expect(await p).toEqual({ inOffice: false });
  });

  it('is not in Word when Office says the host is null (browser)', async () => {
    fake = setup(['x']);
    (globalThis as unknown as { Office: { onReady: unknown } }).Office.onReady = async () => ({ host: null, platform: null });
    expect(await officeReady()).toEqual({ inOffice: false });
  });
});

describe('errors and helpers', () => {
  it('names the missing feature for ApiNotFound', () => {
    const e = toHostError({ code: 'ApiNotFound' }, 'flag', { zh: '批注', en: 'comments', set: 'WordApi 1.4' });
    expect(e).toBeInstanceOf(HostError);
    expect(e.code).toBe('api-missing');
    expect(e.message).toBe('无法在文档中标记问题：此版本的 Word 不支持批注（需要 WordApi 1.4）。请更新 Word 或改用 Microsoft 365 版 Word。');
  });

  it('maps NotAllowed and unknown errors', () => {
    expect(toHostError({ code: 'NotAllowed' }, 'flag').code).toBe('not-allowed');
    expect(toHostError(new Error('x'), 'read')).toMatchObject({ code: 'general', message: expect.stringMatching(/^无法读取文档/) });
  });

  it('fails with not-in-word when Word is absent', async () => {
    await expect(new WordHost().read()).rejects.toMatchObject({ code: 'not-in-word' });
  });

  it('uniqueSpan extends a span until its first occurrence is the one meant', () => {
    expect(uniqueSpan('二是二、', 2, 1)).toBe('二、');
    expect(uniqueSpan('二是二、', 0, 1)).toBe('二');
    expect(uniqueSpan('abab', 2, 2)).toBeNull();
    expect(uniqueSpan('a^b^b', 3, 1)).toBeNull();
  });
});

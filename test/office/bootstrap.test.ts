/** Audit M9: a slow Office.onReady inside Word must not leave the pane in preview mode. */
import { officeReady, openedByOffice, IN_OFFICE_TIMEOUT_MS } from '../../src/office/bootstrap';
import type { InstalledFake } from '../fakes/fake-word';
import { setup } from './fixtures';

let fake: InstalledFake | undefined;
afterEach(() => {
  fake?.uninstall();
  fake = undefined;
  jest.useRealTimers();
});

const DESKTOP = 'https://intranet.example/xingshen/taskpane.html?_host_Info=Word$Win32$16.01$zh-CN$$$$0';

describe('officeReady with a slow onReady (M9)', () => {
  it('M9: inside Word (by the URL) a 5 s onReady still ends in Word mode, not preview', async () => {
    jest.useFakeTimers();
    fake = setup(['x']);
    fake.doc.onReadyDelayMs = 5000;
    const p = officeReady({ href: DESKTOP });
    await jest.advanceTimersByTimeAsync(5000);
    const r = await p;
    expect(r.inOffice).toBe(true);
    expect(r.host?.kind).toBe('word');
    expect(r.displayLanguage).toBe('zh-CN');
  });

  it('M9: outside any Office URL it gives up after 3 s, then switches to Word when onReady resolves late', async () => {
    jest.useFakeTimers();
    fake = setup(['x']);
    fake.doc.onReadyDelayMs = 8000;
    const onLate = jest.fn();
    const p = officeReady({ href: 'https://localhost:3000/taskpane.html', windowName: '', onLate });
    await jest.advanceTimersByTimeAsync(3000);
    expect(await p).toEqual({ inOffice: false });
    expect(onLate).not.toHaveBeenCalled();
    await jest.advanceTimersByTimeAsync(5000);
    expect(onLate).toHaveBeenCalledWith(expect.objectContaining({ inOffice: true }));
  });

  it('says plainly that Office.js is missing when Office opened the page but office.js did not load (firewall)', async () => {
    expect(await officeReady({ href: DESKTOP })).toEqual({ inOffice: false, officeJsMissing: true });
  });

  it('inside Word, an onReady that never comes is reported as timed out after 20 s', async () => {
    jest.useFakeTimers();
    fake = setup(['x']);
    fake.doc.onReadyNever = true;
    const p = officeReady({ href: DESKTOP });
    await jest.advanceTimersByTimeAsync(IN_OFFICE_TIMEOUT_MS);
    expect(await p).toEqual({ inOffice: false, timedOut: true });
  });

  it('recognises the Office host info on desktop (URL) and on the web (window.name)', () => {
    expect(openedByOffice(DESKTOP, '')).toBe(true);
    expect(openedByOffice('https://x/taskpane.html', '{"baseFrameName":"x","hostInfo":"Word|Web|16.01|zh-CN|..."}')).toBe(true);
    expect(openedByOffice('https://x/taskpane.html', '')).toBe(false);
  });
});

/**
 * The `Office` global of the fake (Common API): onReady (optionally slow, audit M9), requirement sets,
 * document mode, settings with Word's size limit (audit M10), DocumentSelectionChanged, diagnostics.
 */
import type { FakeWordDocument } from './fake-word';

const PLATFORM = { win32: 'PC', mac: 'Mac', web: 'OfficeOnline' } as const;

/**
 * `Office.context.document.settings`: `set`/`remove` change the in-memory bag; `saveAsync` writes the whole
 * bag (each value JSON-serialized, OSF.OUtil.serializeSettings) and fails when it is larger than Word
 * accepts ("We only support 2MB maximum for settings", issue #621; Excel fails near 1 MB, #3957). After a
 * failed save the in-memory bag keeps the value, so every later save fails too.
 */
function fakeSettings(doc: FakeWordDocument) {
  return {
    get: (key: string) => (doc.settings.has(key) ? doc.settings.get(key) : null),
    set: (key: string, value: unknown) => void doc.settings.set(key, value),
    remove: (key: string) => void doc.settings.delete(key),
    saveAsync: (cb?: (r: { status: string; error?: { code: number; name: string; message: string } }) => void) => {
      doc.settingsSaves++;
      const bag: Record<string, string> = {};
      for (const [k, v] of doc.settings) bag[k] = JSON.stringify(v);
      const size = JSON.stringify(bag).length;
      if (size > doc.settingsLimit) {
        cb?.({ status: 'failed', error: { code: 5001, name: 'Internal Error', message: 'An internal error has occurred.' } });
        return;
      }
      doc.savedSettings = new Map(doc.settings);
      cb?.({ status: 'succeeded' });
    },
  };
}

export function fakeOffice(doc: FakeWordDocument) {
  const info = () => ({ host: 'Word', platform: PLATFORM[doc.host] });
  return {
    onReady: () =>
      new Promise((resolve) => {
        if (doc.onReadyNever) return;
        if (doc.onReadyDelayMs > 0) setTimeout(() => resolve(info()), doc.onReadyDelayMs);
        else resolve(info());
      }),
    HostType: { Word: 'Word' },
    PlatformType: { PC: 'PC', Mac: 'Mac', OfficeOnline: 'OfficeOnline' },
    DocumentMode: { ReadOnly: 'readOnly', ReadWrite: 'readWrite' },
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    EventType: { DocumentSelectionChanged: 'documentSelectionChanged' },
    context: {
      /** Word's UI language (Office.context.displayLanguage). */
      get displayLanguage() {
        return doc.displayLanguage;
      },
      get platform() {
        return PLATFORM[doc.host];
      },
      get diagnostics() {
        return { host: 'Word', platform: PLATFORM[doc.host], version: doc.host === 'web' ? '16.0.0.0' : doc.officeVersion };
      },
      requirements: {
        isSetSupported: (name: string, version?: string) => {
          if (name === 'WordApi') return doc.supports(version ?? '1.1') || ['1.1', '1.2'].includes(version ?? '1.1');
          if (name === 'WordApiDesktop') return doc.desktopApi && Number(version ?? '1.1') <= 1.4;
          return false;
        },
      },
      document: {
        get mode() {
          return doc.mode;
        },
        settings: fakeSettings(doc),
        addHandlerAsync: (type: string, handler: (args: unknown) => void, cb?: (r: { status: string }) => void) => {
          if (type === 'documentSelectionChanged') doc.selectionHandlers.push(handler);
          cb?.({ status: 'succeeded' });
        },
        removeHandlerAsync: (type: string, options?: { handler?: (args: unknown) => void }, cb?: (r: { status: string }) => void) => {
          if (type === 'documentSelectionChanged') doc.selectionHandlers = options?.handler ? doc.selectionHandlers.filter((h) => h !== options.handler) : [];
          cb?.({ status: 'succeeded' });
        },
      },
    },
  };
}

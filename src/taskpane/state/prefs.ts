/**
 * What this browser remembers for the user (not the document): the chosen language and the notes closed
 * for good. localStorage may be missing or refuse (private mode, a locked-down web view): then nothing
 * is remembered and nothing fails.
 */
import type { Locale } from '../../core/i18n';

export const PREF_LOCALE = 'xingshen.locale';
export const PREF_DISMISSED = 'xingshen.dismissed';

type Store = Pick<Storage, 'getItem' | 'setItem'>;

function store(): Store | null {
  try {
    return typeof localStorage !== 'undefined' ? localStorage : null;
  } catch {
    return null;
  }
}

export function readPref(key: string, s: Store | null = store()): string | null {
  try {
    return s?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

export function writePref(key: string, value: string, s: Store | null = store()): void {
  try {
    s?.setItem(key, value);
  } catch {
    /* not remembered: fine */
  }
}

export function storedLocale(s: Store | null = store()): Locale | null {
  const v = readPref(PREF_LOCALE, s);
  return v === 'en' || v === 'zh-CN' ? v : null;
}

export function storedDismissed(s: Store | null = store()): string[] {
  try {
    const v: unknown = JSON.parse(readPref(PREF_DISMISSED, s) ?? '[]');
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
  } catch {
    return [];
  }
}

/** A BCP 47 tag to our locales: any Chinese → zh-CN, anything else → English; none → null. */
export function localeOfTag(tag: string | null | undefined): Locale | null {
  if (!tag || typeof tag !== 'string') return null;
  return /^zh\b/i.test(tag.trim()) ? 'zh-CN' : 'en';
}

/**
 * The language to open in: the user's own choice (remembered) first, then the host's display language
 * (Office.context.displayLanguage in the pane, navigator.language in the checker), else zh-CN.
 */
export function pickLocale(opts: { stored?: Locale | null; display?: string | null; fallback?: Locale }): Locale {
  return opts.stored ?? localeOfTag(opts.display) ?? opts.fallback ?? 'zh-CN';
}

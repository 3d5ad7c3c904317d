/**
 * Document settings (Common API `Office.context.document.settings`, every Word): per add-in and per
 * document, written into the file only when the user saves it. `saveAsync` writes the WHOLE bag, each
 * value JSON-serialized, and fails once the bag is larger than Word accepts ("We only support 2MB maximum
 * for settings", issue #621; Excel fails near 1 MB, #3957; Word returns null past 5 MB, #6304). After one
 * failed save the value stays in the in-memory bag, so every later save would fail too (audit M10): we
 * measure our keys before saving, refuse past a budget, and put the old value back when a save fails.
 */
import { HostError } from './errors';

/** The keys this add-in stores (the bag cannot be enumerated, so the budget counts these). */
export const KNOWN_KEYS = ['xingshen.profile', 'xingshen.packs', 'xingshen.allow', 'xingshen.ignores', 'xingshen.skeletons', 'xingshen.flags', 'xingshen.autoRecheck'];

/** Characters of serialized settings we allow ourselves: well below Word's documented 2 MB. */
export const SETTINGS_BUDGET_CHARS = 1_500_000;

export class SettingsStore {
  private readonly keys = new Set(KNOWN_KEYS);

  constructor(private readonly bag: () => Office.Settings | undefined) {}

  get available(): boolean {
    return !!this.bag();
  }

  get(key: string): unknown {
    this.keys.add(key);
    const v = this.bag()?.get(key);
    return v === null ? undefined : v;
  }

  readJson<T>(key: string, fallback: T): T {
    const raw = this.get(key);
    if (typeof raw !== 'string') return fallback;
    try {
      return JSON.parse(raw) as T;
    } catch {
      return fallback;
    }
  }

  /** The serialized size of our keys with `key` set to `value` (what saveAsync would write). */
  sizeWith(key: string, value: string | null): number {
    const s = this.bag();
    if (!s) return 0;
    const out: Record<string, string> = {};
    for (const k of new Set([...this.keys, key])) {
      const v = k === key ? value : s.get(k);
      if (v !== null && v !== undefined) out[k] = JSON.stringify(v);
    }
    return JSON.stringify(out).length;
  }

  /** Sets (or removes, for null) one key and saves the bag; on failure the bag is as it was. */
  async write(key: string, value: string | null): Promise<void> {
    const s = this.bag();
    if (!s) return;
    this.keys.add(key);
    const size = this.sizeWith(key, value);
    if (value !== null && size > SETTINGS_BUDGET_CHARS) throw tooLarge(size);
    const before = s.get(key);
    if (value === null) s.remove(key);
    else s.set(key, value);
    try {
      await new Promise<void>((resolve, reject) => {
        s.saveAsync((r) => (r && r.status === Office.AsyncResultStatus.Failed ? reject(r.error ?? new Error('saveAsync failed')) : resolve()));
      });
    } catch {
      if (before === null || before === undefined) s.remove(key);
      else s.set(key, before);
      throw value !== null && size > 200_000 ? tooLarge(size) : new HostError('settings', '无法保存设置：Word 未能把设置写入文档。', 'Cannot save the settings: Word could not store them in the document.');
    }
  }
}

function tooLarge(size: number): HostError {
  const kb = Math.round(size / 1024);
  return new HostError(
    'settings',
    `无法保存设置：设置过大（约 ${kb} KB），Word 在文档中只能保存约 2 MB 的加载项设置。请减少或缩小规则包后重试；已有的设置保持不变。`,
    `Cannot save the settings: they are too large (about ${kb} KB); Word keeps only about 2 MB of add-in settings in a document. Remove or shrink rule packs and try again; the existing settings are unchanged.`,
  );
}

/**
 * An in-memory DocumentHost over a DocModel: the browser preview, the in-browser checker and tests.
 * Pure: no DOM, no Word. Everything the Word host does to a document, this does to the model.
 */
import type { DocModel, Paragraph } from './model';
import type { InsertPlan } from './plan';
import type { Fix } from './findings';
import type { ApplyReport, DocumentHost, FlagRequest, HostCapabilities, HostDiagnostics, HostStatus } from './host';
import { alreadyPresent, applyPlan } from './planner';

export interface Selection {
  paragraph: number;
  start?: number;
  length?: number;
}

export interface MemoryHostOptions {
  /** Called whenever `select` is called (the preview highlights and scrolls its document view). */
  onSelect?: (sel: Selection) => void;
  readOnly?: boolean;
  trackChanges?: boolean;
  capabilities?: Partial<HostCapabilities>;
  settings?: Record<string, string>;
}

function copyDoc(doc: DocModel): DocModel {
  return { paragraphs: doc.paragraphs.map((p) => ({ ...p })) };
}

const squash = (s: string) => s.replace(/\s+/g, '');
/** A typed heading number such as 一、 （二） 3. — ignored when matching renumbered paragraphs. */
const MARKER = /^[（(]?[一二三四五六七八九十\d]+[)）、.．]?/;

export class MemoryHost implements DocumentHost {
  readonly kind = 'memory' as const;
  private doc: DocModel;
  private readonly flags = new Map<number, string[]>();
  private readonly settings: Map<string, string>;
  private readonly watchers = new Set<() => void>();
  private readonly listeners = new Set<() => void>();
  private selection: Selection | null = null;
  private version = 0;

  constructor(
    doc: DocModel,
    private readonly options: MemoryHostOptions = {},
  ) {
    this.doc = copyDoc(doc);
    this.settings = new Map(Object.entries(options.settings ?? {}));
  }

  capabilities(): HostCapabilities {
    return { comments: true, paragraphEvents: true, trackChangesInfo: true, documentSettings: true, ...this.options.capabilities };
  }

  async read(): Promise<DocModel> {
    return copyDoc(this.doc);
  }

  async status(): Promise<HostStatus> {
    return { readOnly: !!this.options.readOnly, trackChanges: !!this.options.trackChanges };
  }

  async apply(plan: InsertPlan, checked?: DocModel): Promise<ApplyReport> {
    this.assertWritable();
    if (checked && !anchorsStillRead(this.doc, plan, checked)) throw new Error('文档在检查之后已被修改，段落已对不上。请重新检查后再试。 (The document changed after it was checked.)');
    const todo = plan.ops.filter((op) => !alreadyPresent(this.doc, op));
    const skipped = plan.ops.filter((op) => !todo.includes(op)).map((op) => op.key);
    if (todo.length === 0) return { inserted: [], skipped, renumbered: 0, syncs: 0 };
    // Renumber only markers that still read `from` (a second apply must not renumber again).
    const renumber = plan.renumber.filter((r) => this.doc.paragraphs[r.paragraph]?.text.slice(r.start, r.start + r.length) === r.from);
    const before = this.doc.paragraphs;
    const after = applyPlan(this.doc, { ops: todo, renumber });
    this.remapFlags(before, after.paragraphs);
    this.doc = copyDoc(after);
    this.changed();
    return { inserted: todo.map((op) => op.key), skipped, renumbered: renumber.length, syncs: 0 };
  }

  async applyFix(paragraph: number, fix: Fix | readonly Fix[], expected: string): Promise<boolean> {
    this.assertWritable();
    const p = this.doc.paragraphs[paragraph];
    if (!p || p.text !== expected) return false;
    const text = applyFixes(p.text, Array.isArray(fix) ? (fix as readonly Fix[]) : [fix as Fix]);
    if (text === null) return false;
    this.doc.paragraphs[paragraph] = { ...p, text };
    this.changed();
    return true;
  }

  async flag(requests: FlagRequest[]): Promise<number> {
    this.assertWritable();
    let added = 0;
    for (const r of requests) {
      if (r.paragraph < 0 || r.paragraph >= this.doc.paragraphs.length) continue;
      const list = this.flags.get(r.paragraph) ?? [];
      if (list.includes(r.message)) continue;
      list.push(r.message);
      this.flags.set(r.paragraph, list);
      added++;
    }
    if (added) this.notify();
    return added;
  }

  async clearFlags(): Promise<number> {
    let n = 0;
    for (const list of this.flags.values()) n += list.length;
    this.flags.clear();
    if (n) this.notify();
    return n;
  }

  async select(paragraph: number, start?: number, length?: number, expected?: string): Promise<void> {
    if (expected !== undefined && this.doc.paragraphs[paragraph]?.text !== expected) {
      const at = nearestEqual(this.doc, paragraph, expected);
      if (at < 0) throw new Error('文档在检查之后已被修改，找不到该段落。请重新检查后再试。 (The paragraph changed after it was checked.)');
      if (this.doc.paragraphs[at].text !== expected) start = length = undefined;
      paragraph = at;
    }
    this.selection = { paragraph, start, length };
    this.options.onSelect?.(this.selection);
    this.notify();
  }

  watch(onChange: () => void): () => void {
    this.watchers.add(onChange);
    return () => {
      this.watchers.delete(onChange);
    };
  }

  async getSetting(key: string): Promise<string | undefined> {
    return this.settings.get(key);
  }

  async setSetting(key: string, value: string): Promise<void> {
    this.settings.set(key, value);
  }

  diagnostics(): HostDiagnostics {
    return { host: 'memory', requirementSets: [], documentSettings: true, errors: [], warnings: [] };
  }

  // ---- Beyond DocumentHost: what the preview's document view uses. ----

  /** The current document (live; do not mutate). */
  get document(): DocModel {
    return this.doc;
  }

  /** Flag messages per flagged paragraph. */
  get flagged(): ReadonlyMap<number, readonly string[]> {
    return this.flags;
  }

  get selected(): Selection | null {
    return this.selection;
  }

  /** Increases on every change of document, flags or selection (for useSyncExternalStore). */
  get revision(): number {
    return this.version;
  }

  /** Edits one paragraph's text, as a user typing in the document would. */
  setParagraphText(index: number, text: string): void {
    const p = this.doc.paragraphs[index];
    if (!p) throw new RangeError(`no paragraph ${index}`);
    if (p.text === text) return;
    this.doc.paragraphs[index] = { ...p, text };
    this.changed();
  }

  /** Replaces the whole document (flags and selection are dropped). */
  replaceDocument(doc: DocModel): void {
    this.doc = copyDoc(doc);
    this.flags.clear();
    this.selection = null;
    this.changed();
  }

  /** Subscribes to every visible change (document, flags, selection); returns the unsubscribe. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  private assertWritable(): void {
    if (this.options.readOnly) throw new Error('文档为只读，无法修改 (the document is read-only)');
  }

  private changed(): void {
    for (const w of [...this.watchers]) w();
    this.notify();
  }

  private notify(): void {
    this.version++;
    for (const l of [...this.listeners]) l();
  }

  /** Inserts only add paragraphs: moves each flag to the same paragraph's new index (in-order alignment). */
  private remapFlags(before: Paragraph[], after: Paragraph[]): void {
    if (this.flags.size === 0) return;
    const key = (p: Paragraph | undefined) => (p ? squash(p.text).replace(MARKER, '') : '');
    const map: number[] = [];
    let k = 0;
    for (let i = 0; i < before.length; i++) {
      let m = k;
      while (m < after.length && key(after[m]) !== key(before[i])) m++;
      if (m < after.length) k = m;
      map[i] = Math.min(k, after.length - 1);
      k++;
    }
    const old = [...this.flags.entries()];
    this.flags.clear();
    for (const [i, messages] of old) this.flags.set(map[i] ?? i, messages);
  }
}

/**
 * Applies fixes for one paragraph together: each within the text, none overlapping another; applied
 * right to left so earlier offsets stay valid. Null when the set cannot be applied as a whole.
 */
export function applyFixes(text: string, fixes: readonly Fix[]): string | null {
  if (fixes.length === 0) return null;
  const sorted = [...fixes].sort((a, b) => b.start - a.start || b.length - a.length);
  let out = text;
  let limit = text.length;
  for (const f of sorted) {
    if (f.start < 0 || f.length < 0 || f.start + f.length > limit) return null;
    if (f.length === 0 && f.replacement === '') return null;
    out = out.slice(0, f.start) + f.replacement + out.slice(f.start + f.length);
    limit = f.start;
  }
  return out;
}

/** Whether `seen` can be `raw` with characters left out (tracked deletions): the host then still matches. */
export function readsAs(raw: string, seen: string): boolean {
  if (raw === seen) return true;
  if (seen.length > raw.length) return false;
  let j = 0;
  for (let i = 0; i < raw.length && j < seen.length; i++) if (raw[i] === seen[j]) j++;
  return j === seen.length;
}

/** Every anchor and style source of the plan still reads as it did in the checked document. */
export function anchorsStillRead(doc: DocModel, plan: InsertPlan, checked: DocModel, text = (i: number) => doc.paragraphs[i]?.text): boolean {
  for (const op of plan.ops) {
    for (const i of [op.anchor, op.styleFrom]) {
      if (i === null || i === undefined) continue;
      const was = checked.paragraphs[i]?.text;
      const now = text(i);
      if (was === undefined || now === undefined || !readsAs(now, was)) return false;
    }
  }
  return true;
}

/** The index of the paragraph reading `expected` nearest to `from`, or -1. */
export function nearestEqual(doc: DocModel, from: number, expected: string, text = (i: number) => doc.paragraphs[i].text, n = doc.paragraphs.length): number {
  let best = -1;
  for (let i = 0; i < n; i++) {
    if (readsAs(text(i), expected) && (best < 0 || Math.abs(i - from) < Math.abs(best - from))) best = i;
  }
  return best;
}

/**
 * The DocumentHost on Word (Office.js). The only module, with bootstrap.ts, that calls `Word`/`Office`.
 *
 * Performance contract: reading costs exactly one `context.sync()`, applying a plan at most two, and no
 * method syncs inside a loop (all per-paragraph work is queued, then synced once).
 */
import type { BuiltInStyle, DocModel, Paragraph } from '../core/model';
import type { InsertOp, InsertPlan, PlannedRole } from '../core/plan';
import type { Fix } from '../core/findings';
import { FLAG_PREFIX, type ApplyReport, type DocumentHost, type FlagRequest, type HostCapabilities, type HostStatus } from '../core/host';
import { alreadyPresent } from '../core/planner';
import { HostError, apiMissingError, notInWordError, readOnlyError, staleError, toHostError, wordErrorCode, type HostAction } from './errors';

/** Tag of the content control wrapping each inserted op, so that it can be found and removed again. */
export const SKELETON_TAG = 'xingshen-skeleton';
/** Title prefix of those content controls: the op key follows. */
export const SKELETON_TITLE_PREFIX = '省身:';
/** Document setting: op key -> the text we inserted (whitespace removed), to tell untouched skeletons from edited ones. */
export const SKELETONS_SETTING = 'xingshen.skeletons';
/** Document setting: paragraphs we highlighted (WordApi 1.3 flags). */
export const FLAGS_SETTING = 'xingshen.flags';
/** Highlight used for flags when comments are unavailable. */
export const FLAG_HIGHLIGHT = 'Yellow';

/** The one read: every property the model needs, for all paragraphs, in one load. All WordApi ≤ 1.3. */
export const READ_PATHS = [
  'items/text',
  'items/styleBuiltIn',
  'items/outlineLevel',
  'items/isListItem',
  'items/tableNestingLevel',
  'items/listItemOrNullObject/listString',
  'items/listItemOrNullObject/level',
].join(',');

/** How often the WordApi < 1.6 change detector polls. */
export const POLL_MS = 1500;

const BUILT_IN: ReadonlySet<string> = new Set([
  'Title',
  'Heading1',
  'Heading2',
  'Heading3',
  'Heading4',
  'Heading5',
  'Heading6',
  'Heading7',
  'Heading8',
  'Heading9',
  'Normal',
  'ListParagraph',
]);

/** 公文 defaults (GB/T 9704) for paragraphs inserted without a paragraph to copy from. */
const ROLE_DEFAULTS: Record<PlannedRole, { style: 'Normal' | 'Heading1' | 'Heading2'; font: string; size: number; bold: boolean; alignment: 'Centered' | 'Justified' }> = {
  title: { style: 'Normal', font: '方正小标宋简体', size: 22, bold: false, alignment: 'Centered' },
  heading1: { style: 'Heading1', font: '黑体', size: 16, bold: false, alignment: 'Justified' },
  heading2: { style: 'Heading2', font: '楷体_GB2312', size: 16, bold: false, alignment: 'Justified' },
  body: { style: 'Normal', font: '仿宋_GB2312', size: 16, bold: false, alignment: 'Justified' },
};

const FEATURES = {
  comments: { zh: '批注', en: 'comments', set: 'WordApi 1.4' },
  events: { zh: '段落修改事件', en: 'paragraph events', set: 'WordApi 1.6' },
  word: { zh: 'Word 文档接口', en: 'the Word document API', set: 'WordApi 1.3' },
};

const squash = (s: string) => s.replace(/\s+/g, '');

/** A fast 32-bit FNV-1a hash of a string (change detection, flag bookkeeping). */
export function hashText(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * The shortest text starting at `start` (at least `length` long) whose FIRST occurrence in `text` is at
 * `start`: searching a paragraph for it and taking the first hit finds exactly that spot, so the span
 * can be addressed with `search(...).getFirst()` without loading the result collection (no extra sync).
 * Null when no such text exists within Word's 255-character search limit.
 */
export function uniqueSpan(text: string, start: number, length: number): string | null {
  if (length <= 0 || start < 0 || start + length > text.length) return null;
  for (let end = start + length; end <= text.length && end - start <= 255; end++) {
    const s = text.slice(start, end);
    if (s.includes('^')) return null; // Word's Find treats ^ as a special character even without wildcards
    if (text.indexOf(s) === start) return s;
  }
  return null;
}

function mapStyle(s: string | undefined): BuiltInStyle | undefined {
  if (!s) return undefined;
  return BUILT_IN.has(s) ? (s as BuiltInStyle) : 'Other';
}

function toParagraph(item: Word.Paragraph): Paragraph {
  const p: Paragraph = { text: item.text };
  const style = mapStyle(item.styleBuiltIn);
  if (style) p.style = style;
  const level = item.outlineLevel;
  if (typeof level === 'number' && level >= 1 && level <= 9) p.outlineLevel = level;
  if (item.isListItem) {
    const li = item.listItemOrNullObject;
    if (!li.isNullObject) {
      if (li.listString) p.listString = li.listString;
      if (typeof li.level === 'number') p.listLevel = li.level;
    }
  }
  if (item.tableNestingLevel > 0) p.inTable = true;
  return p;
}

function isYellow(color: string | null | undefined): boolean {
  return !!color && ['yellow', '#ffff00'].includes(color.toLowerCase());
}

interface FlagRecord {
  /** Paragraph index when flagged. */
  p: number;
  /** Hash of the paragraph text when flagged. */
  h: number;
}

export interface RemoveReport {
  /** Skeletons removed with their content (the user had not changed them). */
  removed: number;
  /** Skeletons the user had edited: the marker is removed, the text kept. */
  kept: number;
}

export class WordHost implements DocumentHost {
  readonly kind = 'word' as const;
  /** context.sync() calls made by this host so far (all methods). */
  syncCount = 0;
  /** Flags recorded in this session when document settings are unavailable. */
  private memoryFlags: FlagRecord[] = [];

  // ---------------------------------------------------------------- environment

  private isSet(version: string, name = 'WordApi'): boolean {
    try {
      return typeof Office !== 'undefined' && !!Office.context?.requirements?.isSetSupported(name, version);
    } catch {
      return false;
    }
  }

  private settings(): Office.Settings | undefined {
    try {
      return typeof Office !== 'undefined' ? (Office.context?.document?.settings ?? undefined) : undefined;
    } catch {
      return undefined;
    }
  }

  private documentReadOnly(): boolean {
    try {
      return typeof Office !== 'undefined' && String(Office.context?.document?.mode) === 'readOnly';
    } catch {
      return false;
    }
  }

  private counted(counter: { n: number }): void {
    counter.n++;
    this.syncCount++;
  }

  /** Runs one Word batch and turns whatever Word throws into a HostError. */
  private async run<T>(action: HostAction, batch: (context: Word.RequestContext) => Promise<T>, feature?: { zh: string; en: string; set: string }): Promise<T> {
    if (typeof Word === 'undefined' || typeof Word.run !== 'function') throw notInWordError(action);
    try {
      return await Word.run(batch);
    } catch (err) {
      throw toHostError(err, action, feature);
    }
  }

  private assertWritable(action: HostAction): void {
    if (this.documentReadOnly()) throw readOnlyError(action);
  }

  private readJson<T>(key: string, fallback: T): T {
    const raw = this.settings()?.get(key);
    if (typeof raw !== 'string') return fallback;
    try {
      return JSON.parse(raw) as T;
    } catch {
      return fallback;
    }
  }

  private async writeSetting(key: string, value: string | null): Promise<void> {
    const s = this.settings();
    if (!s) return;
    if (value === null) s.remove(key);
    else s.set(key, value);
    await new Promise<void>((resolve, reject) => {
      s.saveAsync((r) => {
        if (r && r.status === Office.AsyncResultStatus.Failed) {
          reject(new HostError('settings', '无法保存设置：Word 未能把设置写入文档。', 'Cannot save the settings: Word could not store them in the document.'));
        } else resolve();
      });
    });
  }

  // ---------------------------------------------------------------- DocumentHost

  capabilities(): HostCapabilities {
    const v14 = this.isSet('1.4');
    return { comments: v14, paragraphEvents: this.isSet('1.6'), trackChangesInfo: v14, documentSettings: !!this.settings() };
  }

  async read(): Promise<DocModel> {
    const counter = { n: 0 };
    return this.run(
      'read',
      async (context) => {
        const paragraphs = context.document.body.paragraphs;
        paragraphs.load(READ_PATHS);
        this.counted(counter);
        await context.sync();
        return { paragraphs: paragraphs.items.map(toParagraph) };
      },
      FEATURES.word,
    );
  }

  async status(): Promise<HostStatus> {
    let readOnly = this.documentReadOnly();
    let trackChanges = false;
    const v14 = this.isSet('1.4');
    const desktop = this.isSet('1.4', 'WordApiDesktop');
    if (!v14 && !desktop) return { readOnly, trackChanges };
    try {
      await this.run('status', async (context) => {
        const doc = context.document;
        const paths = [v14 ? 'changeTrackingMode' : '', desktop ? 'protectionType' : ''].filter(Boolean);
        doc.load(paths.join(','));
        this.counted({ n: 0 });
        await context.sync();
        if (v14) trackChanges = doc.changeTrackingMode !== 'Off';
        if (desktop) {
          const p = doc.protectionType;
          if (p === 'AllowOnlyReading' || p === 'AllowOnlyComments' || p === 'AllowOnlyFormFields') readOnly = true;
          if (p === 'AllowOnlyRevisions') trackChanges = true;
        }
      });
    } catch {
      // Status is advisory: a Word that cannot tell us leaves the defaults.
    }
    return { readOnly, trackChanges };
  }

  async apply(plan: InsertPlan): Promise<ApplyReport> {
    this.assertWritable('apply');
    const counter = { n: 0 };
    const needFont = plan.ops.some((op) => op.styleFrom !== undefined);
    const needLists = plan.ops.some((op) => op.autoNumbered);
    const paths = ['items/text', 'items/isListItem'];
    if (needFont) paths.push('items/style', 'items/font/name', 'items/font/size', 'items/font/bold');
    if (needLists) paths.push('items/listOrNullObject/id', 'items/listItemOrNullObject/level');
    let renumberQueued = 0;
    const stored = this.readJson<Record<string, string>>(SKELETONS_SETTING, {});

    const report = await this.run('apply', async (context) => {
      const body = context.document.body;
      const paragraphs = body.paragraphs;
      paragraphs.load(paths.join(','));
      const ours = body.contentControls.getByTag(SKELETON_TAG);
      ours.load('items/title');
      this.counted(counter);
      await context.sync();

      const items = paragraphs.items;
      const n = items.length;
      for (const op of plan.ops) if (op.anchor !== null && (op.anchor < 0 || op.anchor >= n)) throw staleError('apply');
      const model: DocModel = { paragraphs: items.map((p) => ({ text: p.text })) };
      const presentKeys = new Set(ours.items.map((c) => c.title).filter((t) => t.startsWith(SKELETON_TITLE_PREFIX)).map((t) => t.slice(SKELETON_TITLE_PREFIX.length)));
      const todo: InsertOp[] = [];
      const skipped: string[] = [];
      for (const op of plan.ops) {
        // Same rule as the core's applyPlan (first paragraph already in the document), plus our own marker.
        if (presentKeys.has(op.key) || alreadyPresent(model, op) || todo.some((t) => t.key === op.key)) skipped.push(op.key);
        else todo.push(op);
      }
      if (todo.length === 0) return { inserted: [], skipped, renumbered: 0, syncs: counter.n };

      const listOf = (i: number | undefined): { id: number; level: number } | null => {
        if (!needLists || i === undefined || i < 0 || i >= n || !items[i].isListItem) return null;
        const list = items[i].listOrNullObject;
        const li = items[i].listItemOrNullObject;
        if (list.isNullObject || li.isNullObject) return null;
        return { id: list.id, level: li.level };
      };

      // Inserts, in plan order. Ops sharing an anchor chain after one another so they keep plan order.
      const chainAfter = new Map<number | 'start', { para: Word.Paragraph; inList: boolean }>();
      const wrap: { op: InsertOp; first: Word.Paragraph; last: Word.Paragraph }[] = [];
      for (const op of todo) {
        if (op.paragraphs.length === 0) continue;
        const anchor = op.anchor === null ? null : items[op.anchor];
        const anchorList = op.anchor === null ? null : listOf(op.anchor);
        const anchorInList = anchor ? anchor.isListItem : false;
        const src = op.styleFrom !== undefined && op.styleFrom >= 0 && op.styleFrom < n ? items[op.styleFrom] : undefined;
        const srcList = op.autoNumbered ? listOf(op.styleFrom) : null;
        let prev: { para: Word.Paragraph; inList: boolean } | undefined;
        let first: Word.Paragraph | undefined;
        op.paragraphs.forEach((planned, k) => {
          let para: Word.Paragraph;
          let inherits: boolean;
          let inheritsList: { id: number; level: number } | null = null;
          if (k > 0 && prev) {
            para = prev.para.insertParagraph(planned.text, 'After');
            inherits = prev.inList;
          } else if (anchor === null) {
            const chain = chainAfter.get('start');
            para = chain ? chain.para.insertParagraph(planned.text, 'After') : body.insertParagraph(planned.text, 'Start');
            inherits = chain ? chain.inList : false;
          } else if (op.position === 'after') {
            const chain = chainAfter.get(op.anchor!);
            para = (chain?.para ?? anchor).insertParagraph(planned.text, 'After');
            inherits = chain ? chain.inList : anchorInList;
            if (!chain) inheritsList = anchorList;
          } else {
            para = anchor.insertParagraph(planned.text, 'Before');
            inherits = anchorInList;
            inheritsList = anchorList;
          }
          const isHeading = planned.role !== 'body';
          // Formatting: copy the matching heading when the plan names one, else the 公文 defaults.
          if (src && k === 0 && isHeading) {
            para.style = src.style;
            if (src.font.name) para.font.name = src.font.name;
            if (src.font.size) para.font.size = src.font.size;
            if (src.font.bold !== null && src.font.bold !== undefined) para.font.bold = src.font.bold;
          } else {
            const d = ROLE_DEFAULTS[planned.role];
            para.styleBuiltIn = d.style;
            para.font.name = d.font;
            para.font.size = d.size;
            para.font.bold = d.bold;
            para.font.color = '#000000';
            para.alignment = d.alignment;
          }
          // Lists: a paragraph inserted next to a list item joins that list; detach it unless it is an
          // auto-numbered heading, which joins the list of the heading it copies.
          let inList = false;
          const wantList = op.autoNumbered && k === 0 && isHeading && srcList;
          if (wantList && inheritsList && inheritsList.id === srcList.id && inheritsList.level === srcList.level) {
            inList = true;
          } else {
            if (inherits) para.detachFromList();
            if (wantList) {
              para.attachToList(srcList.id, srcList.level);
              inList = true;
            }
          }
          prev = { para, inList };
          first ??= para;
        });
        if (!prev || !first) continue;
        chainAfter.set(op.anchor === null ? 'start' : op.anchor, prev);
        wrap.push({ op, first, last: prev.para });
      }

      // One content control per inserted op (created after all inserts, so later inserts never land inside one).
      for (const w of wrap) {
        const range = w.first === w.last ? w.first.getRange('Whole') : w.first.getRange('Whole').expandTo(w.last.getRange('Whole'));
        const cc = range.insertContentControl();
        cc.tag = SKELETON_TAG;
        cc.title = SKELETON_TITLE_PREFIX + w.op.key;
        cc.appearance = 'Hidden';
      }

      // Renumbering last: change only the typed marker, and only where it still reads `from`.
      for (const r of plan.renumber) {
        if (r.paragraph < 0 || r.paragraph >= n || r.from === r.to) continue;
        const text = items[r.paragraph].text;
        if (text.slice(r.start, r.start + r.length) !== r.from) continue;
        const span = uniqueSpan(text, r.start, r.length);
        if (!span) continue;
        const at = items[r.paragraph].search(span, { matchCase: true }).getFirst();
        const marker = span === r.from ? at : at.search(r.from, { matchCase: true }).getFirst();
        marker.insertText(r.to, 'Replace');
        renumberQueued++;
      }

      try {
        this.counted(counter);
        await context.sync();
      } catch (err) {
        if (renumberQueued > 0 && wordErrorCode(err) === 'ItemNotFound') {
          throw new HostError(
            'renumber-failed',
            '已插入缺少的部分，但有标题编号未能自动更新。请检查后续标题的编号。',
            'The missing parts were inserted, but some heading numbers could not be updated. Please check the numbering of the following headings.',
            'ItemNotFound',
          );
        }
        throw err;
      }
      const inserted = wrap.map((w) => w.op.key);
      for (const w of wrap) stored[w.op.key] = squash(w.op.paragraphs.map((p) => p.text).join(''));
      return { inserted, skipped, renumbered: renumberQueued, syncs: counter.n };
    });
    if (report.inserted.length) {
      try {
        await this.writeSetting(SKELETONS_SETTING, JSON.stringify(stored));
      } catch {
        // Bookkeeping only: without it removeSkeletons keeps the text (never deletes what it cannot verify).
      }
    }
    return report;
  }

  async applyFix(paragraph: number, fix: Fix, expected: string): Promise<boolean> {
    this.assertWritable('fix');
    const counter = { n: 0 };
    return this.run('fix', async (context) => {
      const paragraphs = context.document.body.paragraphs;
      paragraphs.load('items/text');
      this.counted(counter);
      await context.sync();
      const item = paragraphs.items[paragraph];
      if (!item) return false;
      const text = item.text;
      if (text !== expected || fix.start < 0 || fix.length < 0 || fix.start + fix.length > text.length) return false;
      if (fix.length === 0) {
        if (fix.replacement === '') return false;
        if (fix.start === text.length) item.insertText(fix.replacement, 'End');
        else {
          const span = uniqueSpan(text, fix.start, 1);
          if (!span) return false;
          const at = item.search(span, { matchCase: true }).getFirst();
          const ch = span.length === 1 ? at : at.search(text[fix.start], { matchCase: true }).getFirst();
          ch.insertText(fix.replacement, 'Before');
        }
      } else {
        const span = uniqueSpan(text, fix.start, fix.length);
        if (!span) return false;
        const at = item.search(span, { matchCase: true }).getFirst();
        const target = span.length === fix.length ? at : at.search(text.slice(fix.start, fix.start + fix.length), { matchCase: true }).getFirst();
        if (fix.replacement === '') target.delete();
        else target.insertText(fix.replacement, 'Replace');
      }
      try {
        this.counted(counter);
        await context.sync();
      } catch (err) {
        if (wordErrorCode(err) === 'ItemNotFound') return false;
        throw err;
      }
      return true;
    });
  }

  async flag(flags: FlagRequest[]): Promise<number> {
    this.assertWritable('flag');
    if (flags.length === 0) return 0;
    const comments = this.isSet('1.4');
    const counter = { n: 0 };
    const records: FlagRecord[] = [];
    const added = await this.run(
      'flag',
      async (context) => {
        const paragraphs = context.document.body.paragraphs;
        paragraphs.load(comments ? 'items/text' : 'items/text,items/font/highlightColor');
        this.counted(counter);
        await context.sync();
        const items = paragraphs.items;
        let count = 0;
        const seen = new Set<number>();
        for (const f of flags) {
          const item = items[f.paragraph];
          if (!item) continue;
          if (comments) {
            item.getRange('Whole').insertComment(FLAG_PREFIX + f.message);
            count++;
          } else {
            // One highlight per paragraph, and never over a highlight the user made.
            if (seen.has(f.paragraph) || item.font.highlightColor !== null) continue;
            seen.add(f.paragraph);
            item.font.highlightColor = FLAG_HIGHLIGHT;
            records.push({ p: f.paragraph, h: hashText(item.text) });
            count++;
          }
        }
        if (count > 0) {
          this.counted(counter);
          await context.sync();
        }
        return count;
      },
      FEATURES.comments,
    );
    if (records.length) {
      const all = [...this.flagRecords(), ...records];
      this.memoryFlags = all;
      try {
        await this.writeSetting(FLAGS_SETTING, JSON.stringify(all));
      } catch {
        // Kept in memory for this session.
      }
    }
    return added;
  }

  private flagRecords(): FlagRecord[] {
    const s = this.settings();
    if (!s) return this.memoryFlags;
    return this.readJson<FlagRecord[]>(FLAGS_SETTING, []);
  }

  async clearFlags(): Promise<number> {
    const comments = this.isSet('1.4');
    const records = this.flagRecords();
    if (!comments && records.length === 0) return 0;
    const counter = { n: 0 };
    const removed = await this.run(
      'clear',
      async (context) => {
        const body = context.document.body;
        const all = comments ? body.getComments() : null;
        all?.load('items/content');
        const paragraphs = body.paragraphs;
        if (records.length) paragraphs.load('items/text,items/font/highlightColor');
        this.counted(counter);
        await context.sync();
        let count = 0;
        for (const c of all?.items ?? []) {
          if (c.content.startsWith(FLAG_PREFIX)) {
            c.delete();
            count++;
          }
        }
        if (records.length) {
          const items = paragraphs.items;
          const hashes = items.map((p) => hashText(p.text));
          const done = new Set<number>();
          for (const r of records) {
            // The paragraph flagged, or (after edits moved it) the nearest paragraph with the same text.
            let at = hashes[r.p] === r.h ? r.p : -1;
            if (at < 0) {
              let best = Infinity;
              hashes.forEach((h, i) => {
                if (h === r.h && Math.abs(i - r.p) < best) {
                  best = Math.abs(i - r.p);
                  at = i;
                }
              });
            }
            if (at < 0 || done.has(at) || !isYellow(items[at].font.highlightColor)) continue;
            done.add(at);
            items[at].font.highlightColor = null as unknown as string;
            count++;
          }
        }
        if (count > 0) {
          this.counted(counter);
          await context.sync();
        }
        return count;
      },
      FEATURES.comments,
    );
    if (records.length) {
      this.memoryFlags = [];
      try {
        await this.writeSetting(FLAGS_SETTING, null);
      } catch {
        // Nothing else to do: the highlights themselves are gone.
      }
    }
    return removed;
  }

  async select(paragraph: number, start?: number, length?: number): Promise<void> {
    const counter = { n: 0 };
    await this.run('select', async (context) => {
      const paragraphs = context.document.body.paragraphs;
      paragraphs.load('items/text');
      this.counted(counter);
      await context.sync();
      const item = paragraphs.items[paragraph];
      if (!item) throw staleError('select');
      const text = item.text;
      const span = start !== undefined && length !== undefined && length > 0 ? uniqueSpan(text, start, length) : null;
      if (span && start !== undefined && length !== undefined) {
        const at = item.search(span, { matchCase: true }).getFirst();
        const target = span.length === length ? at : at.search(text.slice(start, start + length), { matchCase: true }).getFirst();
        target.select();
        try {
          this.counted(counter);
          await context.sync();
          return;
        } catch (err) {
          if (wordErrorCode(err) !== 'ItemNotFound') throw err;
          // Word's search did not find the span (e.g. IME-composed text): fall back to the paragraph.
        }
      }
      item.select();
      this.counted(counter);
      await context.sync();
    });
  }

  watch(onChange: () => void): () => void {
    if (typeof Word === 'undefined') return () => undefined;
    if (this.isSet('1.6')) return this.watchEvents(onChange);
    return this.watchPolling(onChange);
  }

  private watchEvents(onChange: () => void): () => void {
    let stopped = false;
    let registered: { doc: Word.Document; results: OfficeExtension.EventHandlerResult<unknown>[] } | null = null;
    const handler = async () => {
      if (!stopped) onChange();
    };
    const remove = () => {
      if (!registered) return;
      const { doc, results } = registered;
      registered = null;
      void Word.run(doc, async (context) => {
        for (const r of results) r.remove();
        await context.sync();
      }).catch(() => undefined);
    };
    void Word.run(async (context) => {
      const doc = context.document;
      const results = [doc.onParagraphChanged.add(handler), doc.onParagraphAdded.add(handler), doc.onParagraphDeleted.add(handler)] as unknown as OfficeExtension.EventHandlerResult<unknown>[];
      await context.sync();
      this.syncCount++;
      registered = { doc, results };
      if (stopped) remove();
    }).catch(() => {
      // Events refused: fall back to polling.
      if (!stopped) fallback = this.watchPolling(onChange);
    });
    let fallback: (() => void) | null = null;
    return () => {
      stopped = true;
      remove();
      fallback?.();
    };
  }

  private watchPolling(onChange: () => void): () => void {
    let last: string | null = null;
    let busy = false;
    let stopped = false;
    const poll = async () => {
      if (busy || stopped) return;
      busy = true;
      try {
        const sig = await Word.run(async (context) => {
          const body = context.document.body;
          body.load('text');
          await context.sync();
          this.syncCount++;
          const t = body.text;
          return `${t.length}:${hashText(t)}`;
        });
        if (last !== null && sig !== last && !stopped) onChange();
        last = sig;
      } catch {
        // A failed poll is retried at the next tick.
      } finally {
        busy = false;
      }
    };
    void poll();
    const timer = setInterval(() => void poll(), POLL_MS);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }

  async getSetting(key: string): Promise<string | undefined> {
    const v = this.settings()?.get(key);
    return v === null || v === undefined ? undefined : String(v);
  }

  async setSetting(key: string, value: string): Promise<void> {
    if (!this.settings()) throw new HostError('settings', '无法保存设置：当前 Word 不支持文档设置。', 'Cannot save the settings: this Word does not support document settings.');
    await this.writeSetting(key, value);
  }

  // ---------------------------------------------------------------- beyond DocumentHost

  /**
   * Removes the skeletons we inserted: those the user left untouched go entirely; those the user has
   * written into lose only our marker (their text stays). Two syncs.
   */
  async removeSkeletons(): Promise<RemoveReport> {
    this.assertWritable('remove');
    const stored = this.readJson<Record<string, string>>(SKELETONS_SETTING, {});
    const counter = { n: 0 };
    const report = await this.run('remove', async (context) => {
      const ccs = context.document.body.contentControls.getByTag(SKELETON_TAG);
      ccs.load('items/title,items/text');
      this.counted(counter);
      await context.sync();
      let removed = 0;
      let kept = 0;
      // The rule does not see that 'items/title,items/text' loads the items.
      // eslint-disable-next-line office-addins/load-object-before-read
      for (const cc of ccs.items) {
        const key = cc.title.startsWith(SKELETON_TITLE_PREFIX) ? cc.title.slice(SKELETON_TITLE_PREFIX.length) : '';
        if (key && stored[key] !== undefined && squash(cc.text) === stored[key]) {
          cc.delete(false);
          removed++;
        } else {
          cc.delete(true);
          kept++;
        }
        if (key) delete stored[key];
      }
      if (removed + kept > 0) {
        this.counted(counter);
        await context.sync();
      }
      return { removed, kept };
    });
    if (report.removed + report.kept > 0) {
      try {
        await this.writeSetting(SKELETONS_SETTING, JSON.stringify(stored));
      } catch {
        // Bookkeeping only.
      }
    }
    return report;
  }
}

/** Guards for features the pane may want to explain up front. */
export function missingFeatureError(action: HostAction, feature: keyof typeof FEATURES): HostError {
  return apiMissingError(action, FEATURES[feature]);
}

/**
 * Applying an insert plan: one sync to load what the plan needs, one to write (performance contract:
 * at most two). The rare failure path — Word on the web refusing the list properties under tracked
 * changes (H2) — costs one more load, and the auto-numbered headings are then inserted without an
 * automatic number (their text has none either; the warning says so).
 */
import type { DocModel } from '../core/model';
import type { InsertOp, InsertPlan, PlannedRole } from '../core/plan';
import type { ApplyReport } from '../core/host';
import { alreadyPresent } from '../core/planner';
import { anchorsStillRead } from '../core/memory-host';
import { HostError, staleError, wordCodeOf, writeRefusedError } from './errors';
import { hashText, isCjkFont, uniqueSpan } from './find';
import { squash, type WordEnv } from './env';

/** Tag of the content control wrapping each inserted op, so that it can be found and removed again. */
export const SKELETON_TAG = 'xingshen-skeleton';
/** Title prefix of those content controls: the op key (or its short form) follows. */
export const SKELETON_TITLE_PREFIX = '省身:';
/** Document setting: title key -> the text we inserted (whitespace removed), to tell untouched skeletons from edited ones. */
export const SKELETONS_SETTING = 'xingshen.skeletons';
/** A content control's title holds at most 64 characters (office-js-docs-reference #1238, "by design"). */
const TITLE_MAX = 64;

/** The key part of a skeleton's title: the op key, or a shortened key + hash when the title would be too long (audit L2). */
export function titleKey(key: string): string {
  if (SKELETON_TITLE_PREFIX.length + key.length <= TITLE_MAX) return key;
  const hash = `#${hashText(key).toString(36)}`;
  return key.slice(0, TITLE_MAX - SKELETON_TITLE_PREFIX.length - hash.length) + hash;
}

/** 公文 defaults (GB/T 9704) for paragraphs inserted without a paragraph to copy from. */
const ROLE_DEFAULTS: Record<PlannedRole, { style: 'Normal' | 'Heading1' | 'Heading2'; font: string; size: number; bold: boolean; alignment: 'Centered' | 'Justified' }> = {
  title: { style: 'Normal', font: '方正小标宋简体', size: 22, bold: false, alignment: 'Centered' },
  heading1: { style: 'Heading1', font: '黑体', size: 16, bold: false, alignment: 'Justified' },
  heading2: { style: 'Heading2', font: '楷体_GB2312', size: 16, bold: false, alignment: 'Justified' },
  body: { style: 'Normal', font: '仿宋_GB2312', size: 16, bold: false, alignment: 'Justified' },
};

interface Loaded {
  items: Word.Paragraph[];
  lists: boolean;
  /** WordApiDesktop 1.3: East Asian font slot readable (audit M6). */
  farEast: boolean;
}

type ListRef = { id: number; level: number } | null;

function loadPaths(plan: InsertPlan, lists: boolean, farEast: boolean): string {
  const paths = ['items/text', 'items/isListItem'];
  if (plan.ops.some((op) => op.styleFrom !== undefined)) {
    paths.push('items/style', 'items/font/name', 'items/font/size', 'items/font/bold');
    if (farEast) paths.push('items/font/nameFarEast');
  }
  if (lists && plan.ops.some((op) => op.autoNumbered)) paths.push('items/listOrNullObject/id', 'items/listItemOrNullObject/level');
  return paths.join(',');
}

/** Formatting: copy the matching heading when the plan names one, else the 公文 defaults (M6: the East Asian slot counts). */
function format(para: Word.Paragraph, role: PlannedRole, src: Word.Paragraph | undefined, farEast: boolean): void {
  const d = ROLE_DEFAULTS[role];
  if (src) {
    para.style = src.style;
    const latin = src.font.name;
    if (farEast) {
      if (latin) para.font.name = latin;
      if (src.font.nameFarEast) para.font.nameFarEast = src.font.nameFarEast;
    } else if (latin && isCjkFont(latin)) {
      para.font.name = latin;
    } else {
      // The Latin slot says nothing about the Chinese text: give it the 公文 heading font (sets both slots).
      para.font.name = d.font;
    }
    if (src.font.size) para.font.size = src.font.size;
    if (src.font.bold !== null && src.font.bold !== undefined) para.font.bold = src.font.bold;
  } else {
    para.styleBuiltIn = d.style;
    para.font.name = d.font;
    para.font.size = d.size;
    para.font.bold = d.bold;
    para.font.color = '#000000';
    para.alignment = d.alignment;
  }
  // The paragraph mark's run formatting comes from the anchor, our own flag highlight included (audit L9).
  para.font.highlightColor = null as unknown as string;
  para.font.italic = false;
  para.font.underline = 'None';
}

/** Queues the paragraphs of every op, in plan order; ops sharing an anchor chain after one another. */
function queueInserts(body: Word.Body, todo: InsertOp[], loaded: Loaded): { op: InsertOp; first: Word.Paragraph; last: Word.Paragraph }[] {
  const { items } = loaded;
  const n = items.length;
  const listOf = (i: number | undefined): ListRef => {
    if (!loaded.lists || i === undefined || i < 0 || i >= n || !items[i].isListItem) return null;
    const list = items[i].listOrNullObject;
    const li = items[i].listItemOrNullObject;
    if (list.isNullObject || li.isNullObject) return null;
    return { id: list.id, level: li.level };
  };
  const chainAfter = new Map<number | 'start', Word.Paragraph>();
  const wrap: { op: InsertOp; first: Word.Paragraph; last: Word.Paragraph }[] = [];
  for (const op of todo) {
    if (op.paragraphs.length === 0) continue;
    const anchor = op.anchor === null ? null : items[op.anchor];
    const src = op.styleFrom !== undefined && op.styleFrom >= 0 && op.styleFrom < n ? items[op.styleFrom] : undefined;
    const srcList = op.autoNumbered ? listOf(op.styleFrom) : null;
    let prev: Word.Paragraph | undefined;
    let first: Word.Paragraph | undefined;
    op.paragraphs.forEach((planned, k) => {
      let para: Word.Paragraph;
      if (k > 0 && prev) para = prev.insertParagraph(planned.text, 'After');
      else if (anchor === null) {
        const chain = chainAfter.get('start');
        para = chain ? chain.insertParagraph(planned.text, 'After') : body.insertParagraph(planned.text, 'Start');
      } else if (op.position === 'after') para = (chainAfter.get(op.anchor!) ?? anchor).insertParagraph(planned.text, 'After');
      else para = anchor.insertParagraph(planned.text, 'Before');
      const isHeading = planned.role !== 'body';
      format(para, planned.role, src && k === 0 && isHeading ? src : undefined, loaded.farEast);
      // Lists (H3): a new paragraph may be a list item through its neighbour (insertParagraph, #2307) or
      // through its style (numbering linked to the heading style). Detach unconditionally — a no-op for a
      // paragraph in no list [doc: detachFromList] — then let an auto-numbered heading join its list;
      // attachToList fails on a paragraph already in a list [doc].
      para.detachFromList();
      if (op.autoNumbered && k === 0 && isHeading && srcList) para.attachToList(srcList.id, srcList.level);
      prev = para;
      first ??= para;
    });
    if (!prev || !first) continue;
    chainAfter.set(op.anchor === null ? 'start' : op.anchor, prev);
    wrap.push({ op, first, last: prev });
  }
  return wrap;
}

/** Renumbering last: change only the typed marker, and only where it still reads `from`. */
function queueRenumber(plan: InsertPlan, items: Word.Paragraph[]): number {
  let queued = 0;
  for (const r of plan.renumber) {
    if (r.paragraph < 0 || r.paragraph >= items.length || r.from === r.to) continue;
    const text = items[r.paragraph].text;
    if (text.slice(r.start, r.start + r.length) !== r.from) continue;
    const span = uniqueSpan(text, r.start, r.length);
    if (!span) continue;
    const at = items[r.paragraph].search(span, { matchCase: true }).getFirst();
    const marker = span === r.from ? at : at.search(r.from, { matchCase: true }).getFirst();
    marker.insertText(r.to, 'Replace');
    queued++;
  }
  return queued;
}

/** The error for a failed write sync, by what Word says failed (debugInfo.errorLocation when present). */
function writeError(err: unknown, renumberQueued: number, platform: string | undefined): unknown {
  const code = wordCodeOf(err);
  const where = String((err as { debugInfo?: { errorLocation?: string } })?.debugInfo?.errorLocation ?? '');
  if (renumberQueued > 0 && (code === 'ItemNotFound' || code === 'SearchDialogIsOpen')) {
    const dialog = code === 'SearchDialogIsOpen' ? '（请先关闭“查找和替换”对话框）' : '';
    return new HostError(
      'renumber-failed',
      `已插入缺少的部分，但有标题编号未能自动更新${dialog}。请检查后续标题的编号。`,
      'The missing parts were inserted, but some heading numbers could not be updated. Please check the numbering of the following headings.',
      code,
    );
  }
  if (code === 'GeneralException' && (/ContentControl/i.test(where) || platform === 'Mac')) {
    // Mac refuses content controls while a comment is selected (issue #6046, open).
    return new HostError(
      'general',
      '无法插入缺少的部分：Word 拒绝了操作（GeneralException）。如果选中了批注，请先点击文档正文（取消选中批注）后重试；文档也可能处于“查看”模式或受保护。',
      'Cannot insert the missing parts: Word refused (GeneralException). If a comment is selected, click into the document text first and retry; the document may also be in Viewing mode or protected.',
      code,
    );
  }
  if (code === 'GeneralException' || code === 'AccessDenied') return writeRefusedError('apply', code);
  return err;
}

export interface ApplyOutcome extends ApplyReport {
  /** Title key -> squashed text, for the skeleton bookkeeping. */
  records: Record<string, string>;
}

async function applyOnce(env: WordEnv, plan: InsertPlan, lists: boolean, checked: DocModel | undefined, state: { loaded: boolean }): Promise<ApplyOutcome> {
  const counter = { n: 0 };
  const farEast = env.isSet('1.3', 'WordApiDesktop');
  return env.run('apply', async (context) => {
    const body = context.document.body;
    const paragraphs = body.paragraphs;
    paragraphs.load(loadPaths(plan, lists, farEast));
    const ccs = body.contentControls.getByTag(SKELETON_TAG);
    ccs.load('items/title,items/text');
    await env.sync(context, counter);
    state.loaded = true;

    const items = paragraphs.items;
    const n = items.length;
    for (const op of plan.ops) if (op.anchor !== null && (op.anchor < 0 || op.anchor >= n)) throw staleError('apply');
    // M5: the anchors must still read as they did when the plan was made.
    if (checked && !anchorsStillRead({ paragraphs: [] }, plan, checked, (i) => items[i]?.text)) throw staleError('apply');
    const model: DocModel = { paragraphs: items.map((p) => ({ text: p.text })) };
    // An emptied skeleton (its text deleted, its control left behind) no longer counts as present (L3).
    const present = new Set(ccs.items.filter((c) => c.title.startsWith(SKELETON_TITLE_PREFIX) && squash(c.text) !== '').map((c) => c.title.slice(SKELETON_TITLE_PREFIX.length)));
    const todo: InsertOp[] = [];
    const skipped: string[] = [];
    for (const op of plan.ops) {
      if (present.has(titleKey(op.key)) || alreadyPresent(model, op) || todo.some((t) => t.key === op.key)) skipped.push(op.key);
      else todo.push(op);
    }
    if (todo.length === 0) return { inserted: [], skipped, renumbered: 0, syncs: counter.n, records: {} };

    const wrap = queueInserts(body, todo, { items, lists, farEast });
    // One content control per inserted op (created after all inserts, so later inserts never land inside one).
    for (const w of wrap) {
      const range = w.first === w.last ? w.first.getRange('Whole') : w.first.getRange('Whole').expandTo(w.last.getRange('Whole'));
      const cc = range.insertContentControl();
      cc.tag = SKELETON_TAG;
      cc.title = SKELETON_TITLE_PREFIX + titleKey(w.op.key);
      cc.appearance = 'Hidden';
    }
    const renumbered = queueRenumber(plan, items);
    try {
      await env.sync(context, counter);
    } catch (err) {
      throw writeError(err, renumbered, env.platform());
    }
    const records: Record<string, string> = {};
    for (const w of wrap) records[titleKey(w.op.key)] = squash(w.op.paragraphs.map((p) => p.text).join(''));
    return { inserted: wrap.map((w) => w.op.key), skipped, renumbered, syncs: counter.n, records };
  });
}

export async function applyPlan(env: WordEnv, plan: InsertPlan, checked?: DocModel): Promise<ApplyOutcome> {
  const lists = plan.ops.some((op) => op.autoNumbered);
  const state = { loaded: false };
  try {
    return await applyOnce(env, plan, lists, checked, state);
  } catch (err) {
    // H2: the list load (first sync, nothing written yet) was refused: once more without it.
    if (!lists || state.loaded || wordCodeOf(err) !== 'GeneralException') throw err;
    const r = await applyOnce(env, plan, false, checked, { loaded: false });
    env.diag.warn(
      'lists-unreadable',
      'Word 未能读取自动编号（Word 网页版在列表段落带有修订时会拒绝读取），插入的标题没有自动编号。接受或拒绝修订后可重新插入。',
      'Word could not read the automatic numbering (Word on the web refuses it while list paragraphs carry tracked changes); the inserted headings have no automatic number.',
    );
    return { ...r, syncs: r.syncs + 1 };
  }
}

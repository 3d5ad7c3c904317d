/**
 * Flags: Word comments starting with 【省身】 (WordApi 1.4), else a yellow highlight inside a hidden
 * content control tagged `xingshen-flag` (WordApi 1.1), so that our highlights are found again by their
 * marker even after the user edits the flagged paragraph (audit M4; records by text hash lost them).
 * Two syncs each way. Failure paths (audit M8): comments refused (NotAllowed, some web tenants, issue
 * #6746) fall back to highlights; a comment Word cannot delete (#6551 Mac, #6895) is retried alone, one
 * sync per comment, and the user is told how many are left.
 */
import { FLAG_PREFIX, type FlagRequest } from '../core/host';
import { HostError, wordCodeOf } from './errors';
import { FEATURES, type WordEnv } from './env';
import { hashText } from './find';

/** Tag of the hidden content control around each highlighted paragraph. */
export const FLAG_TAG = 'xingshen-flag';
/** Highlight used for flags when comments are unavailable. */
export const FLAG_HIGHLIGHT = 'Yellow';
/** Document setting of the old (hash-based) highlight records; still read so old flags can be cleared. */
export const FLAGS_SETTING = 'xingshen.flags';

interface FlagRecord {
  p: number;
  h: number;
}

export function isYellow(color: string | null | undefined): boolean {
  return !!color && ['yellow', '#ffff00'].includes(color.toLowerCase());
}

async function flagWithComments(env: WordEnv, flags: FlagRequest[]): Promise<number> {
  const counter = { n: 0 };
  return env.run(
    'flag',
    async (context) => {
      const paragraphs = context.document.body.paragraphs;
      paragraphs.load('items/text');
      await env.sync(context, counter);
      let count = 0;
      for (const f of flags) {
        const item = paragraphs.items[f.paragraph];
        if (!item) continue;
        item.getRange('Whole').insertComment(FLAG_PREFIX + f.message);
        count++;
      }
      if (count > 0) await env.sync(context, counter);
      return count;
    },
    FEATURES.comments,
  );
}

async function flagWithHighlights(env: WordEnv, flags: FlagRequest[]): Promise<number> {
  const counter = { n: 0 };
  return env.run(
    'flag',
    async (context) => {
      const paragraphs = context.document.body.paragraphs;
      paragraphs.load('items/font/highlightColor');
      await env.sync(context, counter);
      const items = paragraphs.items;
      const seen = new Set<number>();
      for (const f of flags) {
        const item = items[f.paragraph];
        // One highlight per paragraph, and never over a highlight the user made.
        if (!item || seen.has(f.paragraph) || item.font.highlightColor !== null) continue;
        seen.add(f.paragraph);
        // The marker first: if Word refuses it, the highlight (queued after it) is never applied.
        const cc = item.getRange('Whole').insertContentControl();
        cc.tag = FLAG_TAG;
        cc.title = '省身标注';
        cc.appearance = 'Hidden';
        cc.font.highlightColor = FLAG_HIGHLIGHT;
      }
      if (seen.size > 0) await env.sync(context, counter);
      return seen.size;
    },
    FEATURES.highlights,
  );
}

export async function addFlags(env: WordEnv, flags: FlagRequest[], state: { commentsRefused: boolean }): Promise<number> {
  if (flags.length === 0) return 0;
  if (!env.isSet('1.4') || state.commentsRefused) return flagWithHighlights(env, flags);
  try {
    return await flagWithComments(env, flags);
  } catch (err) {
    if (wordCodeOf(err) !== 'NotAllowed') throw err;
    // Comments refused here (some Word-on-the-web tenants): highlights instead, for the rest of the session.
    state.commentsRefused = true;
    env.diag.warn('comments-refused', 'Word 不允许在此添加批注，已改用黄色突出显示标注。', 'Word does not allow comments here; flags are shown as yellow highlights instead.');
    return flagWithHighlights(env, flags);
  }
}

/** Old records (paragraph index + text hash): the paragraph flagged, or the nearest with the same text. */
function recordTargets(items: Word.Paragraph[], records: FlagRecord[]): { at: number[]; unmatched: FlagRecord[] } {
  const hashes = items.map((p) => hashText(p.text));
  const at: number[] = [];
  const unmatched: FlagRecord[] = [];
  for (const r of records) {
    let found = hashes[r.p] === r.h ? r.p : -1;
    if (found < 0) {
      let best = Infinity;
      hashes.forEach((h, i) => {
        if (h === r.h && Math.abs(i - r.p) < best) {
          best = Math.abs(i - r.p);
          found = i;
        }
      });
    }
    if (found < 0 || at.includes(found)) unmatched.push(r);
    else at.push(found);
  }
  return { at, unmatched };
}

export interface ClearOutcome {
  removed: number;
  /** Our comments Word refused to delete (M8). */
  failedIds: string[];
  failCode?: string;
  unmatched: FlagRecord[];
}

export async function clearAll(env: WordEnv, records: FlagRecord[]): Promise<ClearOutcome> {
  const comments = env.isSet('1.4');
  const counter = { n: 0 };
  return env.run(
    'clear',
    async (context) => {
      const body = context.document.body;
      const all = comments ? body.getComments() : null;
      all?.load('items/id,items/content');
      const marked = body.contentControls.getByTag(FLAG_TAG);
      // eslint-disable-next-line office-addins/no-navigational-load -- the highlight is what we clear; one load for all markers
      marked.load('items/font/highlightColor');
      const paragraphs = body.paragraphs;
      if (records.length) paragraphs.load('items/text,items/font/highlightColor');
      await env.sync(context, counter);
      let removed = 0;
      // Highlights first (marker found by tag, whatever the user wrote inside), comments last.
      // The rule does not see that 'items/font/highlightColor' loads the items.
      // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read
      for (const cc of marked.items) {
        if (isYellow(cc.font.highlightColor)) {
          cc.font.highlightColor = null as unknown as string;
          removed++;
        }
        cc.delete(true);
      }
      let unmatched: FlagRecord[] = [];
      if (records.length) {
        const t = recordTargets(paragraphs.items, records);
        unmatched = t.unmatched;
        for (const i of t.at) {
          if (!isYellow(paragraphs.items[i].font.highlightColor)) continue;
          paragraphs.items[i].font.highlightColor = null as unknown as string;
          removed++;
        }
      }
      const ours = (all?.items ?? []).filter((c) => c.content.startsWith(FLAG_PREFIX));
      for (const c of ours) c.delete();
      // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read
      if (removed + ours.length + marked.items.length === 0) return { removed: 0, failedIds: [], unmatched };
      try {
        await env.sync(context, counter);
        return { removed: removed + ours.length, failedIds: [], unmatched };
      } catch (err) {
        if (ours.length === 0) throw err;
        // One delete failed and the rest of the batch was dropped: retry each comment alone (rare, few).
        const failedIds: string[] = [];
        let failCode: string | undefined;
        for (const c of ours) {
          c.delete();
          try {
            // Failure path only: one sync per comment, so that one refusal cannot drop the others (audit M8).
            await env.sync(context, counter);
            removed++;
          } catch (e) {
            // ItemNotFound: it was deleted before the failing one, in the first attempt.
            if (wordCodeOf(e) === 'ItemNotFound') removed++;
            else {
              failedIds.push(c.id);
              failCode = wordCodeOf(e);
            }
          }
        }
        return { removed, failedIds, failCode, unmatched };
      }
    },
    FEATURES.comments,
  );
}

export function partialClearError(removed: number, failed: number, code: string | undefined): HostError {
  return new HostError(
    'partial',
    `已清除 ${removed} 处标注；另有 ${failed} 条批注 Word 未能删除${code ? `（${code}）` : ''}，请在“审阅”选项卡中手动删除。`,
    `Removed ${removed} flag(s); Word could not delete ${failed} comment(s)${code ? ` (${code})` : ''}. Please delete them on the Review tab.`,
    code,
  );
}

/**
 * Reading the document for a check: one load of every property the model needs, one context.sync().
 *
 * Two rare paths cost more, and only they:
 * - Word on the web refuses the list properties of the whole collection when list paragraphs carry
 *   tracked changes (GeneralException, issues #5901 open, #5335; audit H2): the read is retried once
 *   WITHOUT the list paths (a second sync), list numbers stay unknown and a warning says so.
 * - `Paragraph.text` includes tracked-deleted (and hidden) text (#1267, #2314; audit M1). With WordApi
 *   1.4 the same sync also fetches `body.getReviewedText('Current')`; when it differs from the paragraph
 *   texts, one more sync fetches each paragraph's text as the user sees it (`getText()`, WordApi 1.7, which
 *   also leaves out hidden text; else `getReviewedText('Current')` of its range). Hidden text alone, with
 *   no revision, is not detected (there is no cheap signal for it). Should Word refuse the reviewed text
 *   as well, a third try reads the plain text (failure path only).
 *
 * Clean-up: `Word.run` releases the proxies it tracked after the batch in one more request. Collection
 * items materialized from a load result are not tracked (the runtime's ClientObject constructor tracks
 * only `if (!context._processingResult)`), so this read creates no per-paragraph proxy and the clean-up
 * is empty (measured by the fake, `npm run bench -- --only=word`).
 */
import type { BuiltInStyle, DocModel, Paragraph } from '../core/model';
import { wordCodeOf } from './errors';
import { FEATURES, type WordEnv } from './env';

/** Properties that need the list navigation (refused on the web under tracked changes, H2). */
const LIST_PATHS = ['items/listItemOrNullObject/listString', 'items/listItemOrNullObject/level'];
/** Everything else the model needs. All WordApi ≤ 1.3. */
const BASE_PATHS = ['items/text', 'items/styleBuiltIn', 'items/outlineLevel', 'items/isListItem', 'items/tableNestingLevel'];

/** The one read: every property the model needs, for all paragraphs, in one load. */
export const READ_PATHS = [...BASE_PATHS, ...LIST_PATHS].join(',');
/** The read without list properties (H2 retry). */
export const READ_PATHS_NO_LISTS = BASE_PATHS.join(',');

const BUILT_IN: ReadonlySet<string> = new Set(['Title', 'Heading1', 'Heading2', 'Heading3', 'Heading4', 'Heading5', 'Heading6', 'Heading7', 'Heading8', 'Heading9', 'Normal', 'ListParagraph']);

function mapStyle(s: string | undefined): BuiltInStyle | undefined {
  if (!s) return undefined;
  return BUILT_IN.has(s) ? (s as BuiltInStyle) : 'Other';
}

function toParagraph(item: Word.Paragraph, lists: boolean, text: string): Paragraph {
  const p: Paragraph = { text };
  const style = mapStyle(item.styleBuiltIn);
  if (style) p.style = style;
  const level = item.outlineLevel;
  if (typeof level === 'number' && level >= 1 && level <= 9) p.outlineLevel = level;
  if (lists && item.isListItem) {
    const li = item.listItemOrNullObject;
    if (!li.isNullObject) {
      if (li.listString) p.listString = li.listString;
      if (typeof li.level === 'number') p.listLevel = li.level;
    }
  }
  if (item.tableNestingLevel > 0) p.inTable = true;
  return p;
}

/** Text compared without whitespace and control characters (paragraph marks, cell marks, line breaks). */
const bare = (s: string) => s.replace(/[\s\u0000-\u001f\u00a0]+/g, '');

const stripMark = (s: string) => s.replace(/[\r\n]+$/, '');

export interface ReadResult {
  model: DocModel;
  syncs: number;
  listsRead: boolean;
  revisions: boolean;
}

async function readOnce(env: WordEnv, lists: boolean, reviewedText: boolean): Promise<ReadResult> {
  const counter = { n: 0 };
  const v14 = reviewedText && env.isSet('1.4');
  const v17 = env.isSet('1.7');
  return env.run(
    'read',
    async (context) => {
      const body = context.document.body;
      const paragraphs = body.paragraphs;
      paragraphs.load(lists ? READ_PATHS : READ_PATHS_NO_LISTS);
      const reviewed = v14 ? body.getReviewedText('Current') : null;
      await env.sync(context, counter);
      const items = paragraphs.items;
      let texts = items.map((p) => p.text);
      let revisions = false;
      if (reviewed && bare(texts.join('')) !== bare(reviewed.value)) {
        // Tracked deletions somewhere: one more sync for the text each paragraph shows.
        revisions = true;
        const seen = items.map((p) => (v17 ? p.getText() : p.getRange('Whole').getReviewedText('Current')));
        await env.sync(context, counter);
        texts = seen.map((r) => stripMark(r.value));
      }
      return { model: { paragraphs: items.map((p, i) => toParagraph(p, lists, texts[i])) }, syncs: counter.n, listsRead: lists, revisions };
    },
    FEATURES.word,
  );
}

export async function readDocument(env: WordEnv): Promise<ReadResult> {
  try {
    const r = await readOnce(env, true, true);
    env.diag.clearWarning('lists-unreadable');
    return r;
  } catch (err) {
    if (wordCodeOf(err) !== 'GeneralException') throw err;
    let r: ReadResult;
    try {
      r = await readOnce(env, false, true);
    } catch (again) {
      // Should the reviewed text be what Word refuses, read the plain text rather than nothing.
      if (wordCodeOf(again) !== 'GeneralException') throw again;
      r = await readOnce(env, false, false);
      r = { ...r, syncs: r.syncs + 1 };
    }
    env.diag.warn(
      'lists-unreadable',
      'Word 未能读取自动编号（Word 网页版在列表段落带有修订时会拒绝读取）。检查结果中的自动编号按无编号处理；接受或拒绝修订后可正常读取。',
      'Word could not read the automatic numbering (Word on the web refuses it while list paragraphs carry tracked changes). Automatic numbers are treated as absent; accept or reject the changes to read them.',
    );
    return { ...r, syncs: r.syncs + 1 };
  }
}

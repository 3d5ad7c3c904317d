/**
 * One-click fixes and navigation: both address one paragraph, so both load only that paragraph's text
 * (`$skip`/`$top`, Word.Interfaces.CollectionLoadOptions; audit M7), compare it with the text the check
 * saw (audit M5) and address spans through Word's Find with spans unique under Find's equivalences
 * (find.ts; audit M2). A paragraph whose Word text differs from what the check saw (tracked deletions,
 * M1) gets no fix, and a selection of the whole paragraph.
 */
import type { Fix } from '../core/findings';
import { applyFixes, readsAs } from '../core/memory-host';
import { searchDialogError, staleError, wordCodeOf } from './errors';
import { charLength, uniqueSpan } from './find';
import type { WordEnv } from './env';

/** The paragraph at `index`, loaded with its text alone. */
function loadOne(context: Word.RequestContext, index: number): Word.ParagraphCollection {
  const paragraphs = context.document.body.paragraphs;
  paragraphs.load({ text: true, $skip: index, $top: 1 });
  return paragraphs;
}

/**
 * The loaded paragraph. `$top`/`$skip` on a Word collection is unverified on WordApi 1.3 hosts (audit M7):
 * should a Word ignore them and return every item, take the one at `index` (correct, just not cheaper).
 */
function theOne(paragraphs: Word.ParagraphCollection, index: number): Word.Paragraph | undefined {
  const items = paragraphs.items;
  return items.length > 1 ? items[index] : items[0];
}

/** A range for [start, start+length) of `item` (whose text is `text` when the op runs), or null. */
function spanRange(item: Word.Paragraph, text: string, start: number, length: number): Word.Range | null {
  const span = uniqueSpan(text, start, length);
  if (!span) return null;
  const at = item.search(span, { matchCase: true }).getFirst();
  return span.length === length ? at : at.search(text.slice(start, start + length), { matchCase: true }).getFirst();
}

/** Queues one fix on `item` whose text, when it runs, is `text`; false when it cannot be addressed. */
function queueFix(item: Word.Paragraph, text: string, fix: Fix): boolean {
  if (fix.length === 0) {
    if (fix.start === text.length) {
      item.insertText(fix.replacement, 'End');
      return true;
    }
    const before = spanRange(item, text, fix.start, charLength(text, fix.start));
    if (!before) return false;
    before.insertText(fix.replacement, 'Before');
    return true;
  }
  const target = spanRange(item, text, fix.start, fix.length);
  if (!target) return false;
  if (fix.replacement === '') target.delete();
  else target.insertText(fix.replacement, 'Replace');
  return true;
}

/**
 * Applies the fixes of one paragraph together, right to left, in two syncs — if the paragraph still reads
 * `expected`. Each search runs after the fixes to its right, so its span is computed on that text. Word's
 * Find can only miss a span that `text` reports for IME-composed text (issue #5134); then the fixes to its
 * right are already made, the paragraph no longer reads as checked and the pane checks again.
 */
export async function applyFixesInWord(env: WordEnv, paragraph: number, fixes: readonly Fix[], expected: string): Promise<boolean> {
  if (applyFixes(expected, fixes) === null) return false;
  const counter = { n: 0 };
  return env.run('fix', async (context) => {
    const paragraphs = loadOne(context, paragraph);
    await env.sync(context, counter);
    const item = theOne(paragraphs, paragraph);
    if (!item || item.text !== expected) return false;
    let text = item.text;
    for (const f of [...fixes].sort((a, b) => b.start - a.start)) {
      if (!queueFix(item, text, f)) return false;
      text = text.slice(0, f.start) + f.replacement + text.slice(f.start + f.length);
    }
    try {
      await env.sync(context, counter);
    } catch (err) {
      const code = wordCodeOf(err);
      if (code === 'ItemNotFound') return false;
      if (code === 'SearchDialogIsOpen') throw searchDialogError('fix');
      throw err;
    }
    return true;
  });
}

/** Selects the paragraph (or span) the check saw, found again by its text when edits moved it (M5). */
export async function selectInWord(env: WordEnv, paragraph: number, start?: number, length?: number, expected?: string): Promise<void> {
  const counter = { n: 0 };
  await env.run('select', async (context) => {
    let paragraphs = loadOne(context, paragraph);
    await env.sync(context, counter);
    let item: Word.Paragraph | undefined = theOne(paragraphs, paragraph);
    if (expected !== undefined && (!item || !readsAs(item.text, expected))) {
      // Moved (or gone): one more sync for all texts, then the nearest paragraph that reads as checked.
      paragraphs = context.document.body.paragraphs;
      paragraphs.load('items/text');
      await env.sync(context, counter);
      item = nearest(paragraphs.items, paragraph, expected);
    }
    if (!item) throw staleError('select');
    const exact = expected === undefined || item.text === expected;
    const target = exact && start !== undefined && length !== undefined && length > 0 ? spanRange(item, item.text, start, length) : null;
    if (target) {
      target.select();
      try {
        await env.sync(context, counter);
        return;
      } catch (err) {
        const code = wordCodeOf(err);
        // Word's search did not find the span (IME-composed text, #5134) or the Find dialog is open: the paragraph.
        if (code !== 'ItemNotFound' && code !== 'SearchDialogIsOpen') throw err;
      }
    }
    item.select();
    await env.sync(context, counter);
  });
}

function nearest(items: Word.Paragraph[], from: number, expected: string): Word.Paragraph | undefined {
  let best = -1;
  items.forEach((p, i) => {
    if (readsAs(p.text, expected) && (best < 0 || Math.abs(i - from) < Math.abs(best - from))) best = i;
  });
  return best < 0 ? undefined : items[best];
}

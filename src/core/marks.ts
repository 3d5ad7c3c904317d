/**
 * Which rare characters each paragraph contains, found in one pass over the document's text during the
 * analysis. The rules that look for them (punct/halfwidth, punct/dunhao-between-quotes, text/placeholder)
 * skip the paragraphs without them instead of each scanning all of the text again: on a long document
 * most paragraphs have none, and re-reading megabytes of text per rule costs more than the rules' work.
 */
import { PLACEHOLDER_OPEN } from './plan';

export const Mark = {
  /** A half-width , : ; ! ? ( ) " or ' (what punct/halfwidth looks at). */
  halfwidth: 1,
  /** ”、“ ”、《 》、“ or 》、《 (what punct/dunhao-between-quotes looks at). */
  dunhaoBetween: 2,
  /** Our own skeleton placeholder 【待填写：…】. */
  placeholder: 4,
  /** A character some template-residue pattern needs: x X × ｘ Ｘ * ＊ _ ＿ 〔 ［ [ (text/placeholder). */
  residue: 8,
} as const;

/** Everything a mark needs, as one alternation: the regex engine skips the rest of the text at native speed. */
const ANY = new RegExp(`[,:;!?()"'xX×ｘＸ*＊_＿〔［\\[]|[”》]、[“《]|${PLACEHOLDER_OPEN}`, 'g');
const HALF = /[,:;!?()"']/;

/** One byte of Mark bits per paragraph. */
export function paragraphMarks(texts: readonly { text: string }[]): Uint8Array {
  const out = new Uint8Array(texts.length);
  for (let p = 0; p < texts.length; p++) {
    const s = texts[p].text;
    let m = 0;
    ANY.lastIndex = 0;
    for (let r = ANY.exec(s); r !== null && m !== 15; r = ANY.exec(s)) {
      const hit = r[0];
      if (hit.length === 1) m |= HALF.test(hit) ? Mark.halfwidth : Mark.residue;
      else if (hit.length === 3) {
        m |= Mark.dunhaoBetween;
        ANY.lastIndex = r.index + 1; // the closing mark may start the next pair: ”、“…”、“
      } else m |= Mark.placeholder;
    }
    out[p] = m;
  }
  return out;
}

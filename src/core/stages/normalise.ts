/**
 * Stage 1, normalise: a matching view of every paragraph, the lines that are not content, and the logical
 * paragraphs of hard-wrapped text. Knows nothing of headings, sections or rules.
 *
 * - `match(i)` is paragraph i with full-width forms made half-width and traditional characters folded to
 *   simplified — one code unit for one, so an offset in `match[i]` is the same offset in the original text.
 *   It is for matching only; what people see and every finding's offset stay the original.
 * - `nonContent[i]` marks site metadata ("| 浏览次数:"), page titles ("【第一篇】", "范文【5篇】"), name/date
 *   lines and a table of contents.
 * - `logical` joins hard-wrapped lines (a PDF copy: a run of short lines that continue one sentence) into logical
 *   paragraphs. Rules that judge a paragraph as a whole (unpaired quotes, no example…) should judge
 *   `logical[logicalOf[i]]` and map offsets back with `toOriginal`; in text that is not hard-wrapped every logical
 *   paragraph is exactly one original paragraph.
 */
import type { DocModel, Paragraph } from '../model';
import { foldScript } from './script-fold';
import { toHalfWidth } from '../text';
import type { Explanation } from './explanation';

export type NonContentKind = 'metadata' | 'page-title' | 'name-date' | 'toc' | 'closing';

export interface LogicalParagraph {
  /** First and last original paragraph (inclusive). */
  first: number;
  last: number;
  /** The joined original text (no separator: a hard wrap splits a sentence, not words). */
  text: string;
  /** Offset in `text` where each original paragraph first..last begins. */
  starts: number[];
}

export interface Normalised {
  /** The matching view of paragraph i (computed on first use, then kept). */
  match(i: number): string;
  nonContent: (NonContentKind | null)[];
  /** True when the document reads as hard-wrapped (most lines broken mid-sentence at a similar width). */
  hardWrapped: boolean;
  logical: LogicalParagraph[];
  /** For each original paragraph, the index of its logical paragraph. */
  logicalOf: number[];
  explanations: Explanation[];
}

/** Full-width ASCII forms and the ideographic space → half-width, traditional → simplified; same length. */
export function matchView(text: string): string {
  return foldScript(toHalfWidth(text));
}

const META_KEYS = '时间|日期|浏览次数|阅读次数|点击次数|点击数|浏览量|阅读量|发布时间|发布日期|更新时间|信息来源|来源|作者|责任编辑|编辑|字号|打印本页|关闭窗口|分享到|文章来源|访问量';
const RE_META = new RegExp(`(^|[|｜\\s])\\s*(${META_KEYS})\\s*[:：]`);
const RE_META_LINE = /^\s*(【?\s*(打印本页|关闭窗口|返回顶部|上一篇|下一篇|相关文章|相关推荐|推荐阅读|热门文章|猜你喜欢|延伸阅读|收藏本文|分享)\s*】?\s*[:：]?\s*)+$/;
/** A note of a web copy: "（本文来源于网络，版权归原作者所有，仅供学习参考）". */
const RE_WEB_NOTE = /来源于网络|版权归.{0,6}所有|仅供.{0,4}(学习|参考)|如有侵权|转载请注明|本文由.{0,10}整理/;
/** The closing formula of a report: "以上检视，恳请各位党员同志批评指正。" */
const RE_CLOSING = /^\s*(以上|上述).{0,20}(检查|检视|剖析|发言|汇报|材料|查摆|对照).{0,16}(批评指正|批评帮助|批评指导|指正|帮助)[。！.!]?\s*$|^\s*(恳请|敬请|请).{0,12}(批评指正|批评帮助)[。！.!]?\s*$/;
const RE_PAGE_TITLE = /【\s*(第\s*[一二三四五六七八九十\d]+\s*篇|[一二三四五六七八九十\d]+\s*篇)\s*】|(范文|范例|模板|精选|大全|合集|汇编)\s*[【（(]?\s*[\d一二三四五六七八九十]*\s*篇?\s*[】）)]?\s*$|^\s*第\s*[一二三四五六七八九十\d]+\s*篇\s*$/;
const RE_DATE = /^\s*((19|20)[\d_xX×]{2}|二[〇零○][〇零○一二三四五六七八九十]{2}|[_xX×]{2,4})\s*年\s*[\d_xX×〇零○一二三四五六七八九十]{1,4}\s*月(\s*[\d_xX×〇零○一二三四五六七八九十]{1,4}\s*日)?\s*$/;
const RE_NAME_FIELD = /^\s*(发言人|汇报人|姓名|单位|职务|报告人|署名|签名|签字|党员|党员姓名|所在支部)\s*[:：]/;
/** An editor's or site's note before the report: "【摘要】…", "内容提要：…", "编者按：…", "按：…". */
const RE_EDITOR_NOTE = /^\s*(?:[【\[]\s*(?:摘要|内容摘要|内容提要|提要|导读|编者按|按语)\s*[】\]]|(?:摘要|内容摘要|内容提要|导读|编者按|按语|按)\s*[:：])/;
const RE_TOC = /^\s*目\s*录\s*$/;
const RE_TOC_ENTRY = /(\.{3,}|…{2,}|·{3,}|\s{2,})\s*\d{1,3}\s*$/;

/** Which lines are not content: site metadata, page titles, name/date lines, a table of contents. */
export function findNonContent(ps: readonly Paragraph[]): (NonContentKind | null)[] {
  const out: (NonContentKind | null)[] = ps.map(() => null);
  let inToc = false;
  ps.forEach((p, i) => {
    const t = p.text;
    const tt = t.trim();
    if (!tt) return;
    if (RE_TOC.test(tt)) {
      out[i] = 'toc';
      inToc = true;
      return;
    }
    if (inToc) {
      if (RE_TOC_ENTRY.test(tt) && tt.length <= 60) {
        out[i] = 'toc';
        return;
      }
      inToc = false;
    }
    const noSentence = !/[。！？!?]/.test(tt);
    if (noSentence && tt.length <= 120 && (RE_META.test(tt) || RE_META_LINE.test(tt))) out[i] = 'metadata';
    else if (tt.length <= 80 && RE_WEB_NOTE.test(tt)) out[i] = 'metadata';
    else if (tt.length <= 300 && RE_EDITOR_NOTE.test(tt)) out[i] = 'metadata';
    else if (tt.length <= 60 && RE_CLOSING.test(tt)) out[i] = 'closing';
    else if (noSentence && tt.length <= 80 && RE_PAGE_TITLE.test(tt)) out[i] = 'page-title';
    else if (RE_DATE.test(tt) || (noSentence && tt.length <= 40 && RE_NAME_FIELD.test(tt))) out[i] = 'name-date';
  });
  // After a "相关推荐:" line, the short link titles that follow are site metadata too.
  for (let i = 0; i < ps.length; i++) {
    if (out[i] !== 'metadata' || !RE_META_LINE.test(ps[i].text.trim())) continue;
    for (let k = i + 1; k < ps.length; k++) {
      const t = ps[k].text.trim();
      if (!t || /[。！？!?]/.test(t) || t.length > 60) break;
      out[k] = 'metadata';
    }
  }
  // The signature block at the end: short lines without a sentence (unit name, name, date) after the last content.
  for (let i = ps.length - 1; i >= 0; i--) {
    const t = ps[i].text.trim();
    if (!t) continue;
    if (out[i]) continue;
    // A heading (styled or auto-numbered) is never a signature, even a short last one ("推进作风建设" as the last measure).
    if (!plain(ps[i]) || t.length > 30 || /[。！？!?，,；;：:]/.test(t) || /^[（(]?[一二三四五六七八九十\d]/.test(t) || /问题|原因|措施|方向|打算|整改|学习|情况/.test(t)) break;
    out[i] = 'name-date';
  }
  // A bare name (2-4 Han characters) next to a date line or at the very end is a signature.
  ps.forEach((p, i) => {
    const tt = p.text.trim();
    if (out[i] || !/^[\p{Script=Han}·]{2,4}$/u.test(tt)) return;
    const near = (k: number) => k >= 0 && k < ps.length && out[k] === 'name-date';
    const lastNonEmpty = ps.slice(i + 1).every((q) => !q.text.trim());
    if (near(i - 1) || near(i + 1) || (lastNonEmpty && i > 0 && /[。！？]$/.test(lastContent(ps, i)))) out[i] = 'name-date';
  });
  return out;
}

function lastContent(ps: readonly Paragraph[], before: number): string {
  for (let k = before - 1; k >= 0; k--) if (ps[k].text.trim()) return ps[k].text.trim();
  return '';
}

/**
 * Sentence-final punctuation (a closing quote or bracket after it still ends the sentence). A line ending in 】 —
 * a placeholder such as 【待填写：…】 or a 【第一篇】 mark — is complete too: a PDF never wraps inside one.
 */
const RE_ENDS_SENTENCE = /(?:[。！？!?；;：:…]["”’』」)）]*|】)\s*$/;
/** A line that starts an item or heading never continues the previous line. */
const RE_STARTS_ITEM = /^\s*([一二三四五六七八九十]{1,3}\s*[、.．]|[（(]\s*[一二三四五六七八九十\d]{1,3}\s*[)）]|\d{1,2}\s*[.、．](?!\d)|[一二三四五六七八九十]{1,2}(是|要|则|来))/;

function plain(p: Paragraph): boolean {
  return !p.inTable && !p.listString && !p.style?.startsWith('Heading') && p.style !== 'Title' && p.outlineLevel === undefined;
}

/**
 * Whether the document is hard-wrapped: at least 8 plain lines, most of them broken mid-sentence, and the
 * broken lines of a similar width (the page width of the PDF). Returns that width, or 0 when not wrapped.
 */
export function wrapWidth(ps: readonly Paragraph[], nonContent: readonly (NonContentKind | null)[]): number {
  // A bare typed heading ("二、作风建设存在的问题": a marker and a title, no sentence) is short by nature, not broken.
  const bareHeading = (t: string) => RE_STARTS_ITEM.test(t) && !/[。，,；;！？]/.test(t);
  const lines = ps.filter((p, i) => plain(p) && !nonContent[i] && p.text.trim().length > 0 && !bareHeading(p.text)).map((p) => p.text.trim());
  if (lines.length < 8) return 0;
  const broken = lines.filter((t) => !RE_ENDS_SENTENCE.test(t) && t.length > 8);
  if (broken.length < lines.length * 0.4) return 0;
  const lens = broken.map((t) => t.length).sort((a, b) => a - b);
  const median = lens[Math.floor(lens.length / 2)];
  if (median < 10 || median > 60) return 0;
  // Similar width: most broken lines within 25 % of the median.
  const near = lens.filter((l) => Math.abs(l - median) <= Math.max(3, median * 0.25)).length;
  return near >= lens.length * 0.6 ? median : 0;
}

/** Joins hard-wrapped lines into logical paragraphs (every line its own paragraph when `width` is 0). */
export function joinLines(ps: readonly Paragraph[], nonContent: readonly (NonContentKind | null)[], width: number): LogicalParagraph[] {
  const out: LogicalParagraph[] = [];
  let cur: LogicalParagraph | null = null;
  ps.forEach((p, i) => {
    const t = p.text;
    const continues =
      cur !== null &&
      width > 0 &&
      plain(p) &&
      !nonContent[i] &&
      t.trim() !== '' &&
      !RE_STARTS_ITEM.test(t) &&
      plain(ps[cur.last]) &&
      !RE_ENDS_SENTENCE.test(ps[cur.last].text) &&
      ps[cur.last].text.trim().length >= width * 0.7;
    if (continues && cur) {
      cur.starts.push(cur.text.length);
      cur.text += t;
      cur.last = i;
    } else {
      cur = { first: i, last: i, text: t, starts: [0] };
      out.push(cur);
    }
  });
  return out;
}

/** The original paragraph and offset of `offset` within a logical paragraph. */
export function toOriginal(lp: LogicalParagraph, offset: number): { paragraph: number; offset: number } {
  let k = lp.starts.length - 1;
  while (k > 0 && lp.starts[k] > offset) k--;
  return { paragraph: lp.first + k, offset: offset - lp.starts[k] };
}

const KIND_ZH: Record<NonContentKind, string> = { metadata: '网页信息', 'page-title': '网页标题', 'name-date': '署名或日期', toc: '目录', closing: '结束语' };
const KIND_EN: Record<NonContentKind, string> = { metadata: 'site metadata', 'page-title': 'a page title', 'name-date': 'a name or date line', toc: 'a table of contents', closing: 'the closing formula' };

export function normalise(doc: DocModel): Normalised {
  const ps = doc.paragraphs;
  const cache = new Map<number, string>();
  const match = (i: number): string => {
    let m = cache.get(i);
    if (m === undefined) cache.set(i, (m = matchView(ps[i].text)));
    return m;
  };
  const nonContent = findNonContent(ps);
  const width = wrapWidth(ps, nonContent);
  const logical = joinLines(ps, nonContent, width);
  const logicalOf = new Array<number>(ps.length).fill(0);
  logical.forEach((lp, k) => {
    for (let i = lp.first; i <= lp.last; i++) logicalOf[i] = k;
  });
  const explanations: Explanation[] = [];
  nonContent.forEach((k, i) => {
    if (k) explanations.push({ subject: 'outline', paragraph: i, zh: `第${i + 1}段是${KIND_ZH[k]}，不是正文，不参与判断。`, en: `Paragraph ${i + 1} is ${KIND_EN[k]}, not content; it is left out.` });
  });
  if (width > 0) {
    const joined = logical.filter((lp) => lp.last > lp.first).length;
    explanations.push({ subject: 'outline', paragraph: null, zh: `全文按约${width}字一行硬换行（如从 PDF 复制），已把${joined}组断行合并为完整段落再判断。`, en: `The text is hard-wrapped at about ${width} characters (a PDF copy): ${joined} runs of lines were joined into paragraphs.` });
  }
  return { match, nonContent, hardWrapped: width > 0, logical, logicalOf, explanations };
}

/**
 * Stage 6, claims: the counts a report declares, read from the opening and from an explicit "查摆出N个方面问题"
 * lead-in, once per distinct claim, each with its role:
 * - framework: the count of focus items ("对照‘四个带头’", "围绕6个重点方面") — checked against the focus items;
 * - problems: a count of problems ("九个方面的问题") — checked against the problems or aspects the report lists;
 * - ignored: a study requirement ("按照‘七个聚焦’的要求…学习"), last year's rectification ("4个问题…已整改到位"),
 *   a count inside a quotation of someone's speech, or a repeat of an earlier claim.
 * `readClaims` runs before the focus items (which take the framework count from it); `checkClaims` after coverage.
 */
import type { Claim } from '../analysis';
import type { Explanation } from './explanation';
import type { LogicalParagraph, Normalised } from './normalise';
import { parseChineseNumber, toHalfWidth } from '../text';
import { matchView, toOriginal } from './normalise';

const NUM = '[一二三四五六七八九十两]{1,3}|\\d{1,2}';
const CLAIM_NOUNS = '重点方面|方面|聚焦|带头|突出问题|问题|重点|条问题|项纪律|项要求';
const RE_CLAIM = new RegExp(`(?<![一二三四五六七八九十两\\d.])(${NUM})\\s*(?:个|项)\\s*["“‘'「]?(${CLAIM_NOUNS})["”’'」]?(方面)?(的)?(问题|不足)?`, 'g');
/** "问题15条", "问题共4个": a count of problems written after the noun. */
const RE_PROBLEMS_AFTER = new RegExp(`问题\\s*(?:共|总计|合计|计)?\\s*(${NUM})\\s*(条|个|项)`, 'g');
/** A named framework in quotes that starts with its count: “四个一线”, “三比三看”, “五个一”. */
const RE_NAMED = new RegExp(`[“"‘「](${NUM})(个|项|条|比|大|要)?([^”"’」\\s，。、]{1,5})[”"’」]`, 'g');
/** Fixed formulations that start with a number and are never a framework of the report. */
const FIXED = /^(四个意识|四个自信|两个维护|两个确立|四个全面|五位一体|三会一课|三重一大|两学一做|三严三实|四个伟大|两个务必|三个务必|四下基层|四不两直|三个摆进去|两个责任|一岗双责|三个代表|四个服从|五个必须|三不腐|四风|八项规定|两个先锋队|两个一百年|三个有利于)$/;

/** Every count claim in one text (no roles yet). `paragraph` is what the claim's offsets are relative to. */
export function findClaims(text: string, paragraph: number): Claim[] {
  // Matched on the folded view (traditional → simplified, half-width): same length, same offsets.
  const s = matchView(text);
  const out: Claim[] = [];
  const push = (start: number, len: number, n: number, noun: string, aboutProblems: boolean) => {
    if (!(n > 0) || out.some((c) => c.start < start + len && start < c.start + c.length)) return;
    out.push({ paragraph, start, length: len, count: n, noun, aboutProblems, text: text.slice(start, start + len) });
  };
  RE_CLAIM.lastIndex = 0;
  for (let m = RE_CLAIM.exec(s); m; m = RE_CLAIM.exec(s)) {
    const n = parseChineseNumber(m[1].replace('两', '二'));
    const noun = m[2];
    // The claim as shown to people: without a closing quote or 的 the pattern may have taken along (“五个聚焦”).
    let raw = m[0];
    if (!m[5]) raw = raw.replace(/的$/, '');
    const shown = raw.replace(/["”’'」]+$/, '');
    const aboutProblems = Boolean(m[5]) || noun === '问题' || noun === '突出问题' || noun === '条问题';
    push(m.index, shown.length, n, noun, aboutProblems);
  }
  RE_PROBLEMS_AFTER.lastIndex = 0;
  for (let m = RE_PROBLEMS_AFTER.exec(s); m; m = RE_PROBLEMS_AFTER.exec(s)) push(m.index, m[0].length, parseChineseNumber(m[1].replace('两', '二')), '问题', true);
  RE_NAMED.lastIndex = 0;
  for (let m = RE_NAMED.exec(s); m; m = RE_NAMED.exec(s)) {
    const name = m[0].slice(1, -1);
    if (FIXED.test(name)) continue;
    push(m.index + 1, name.length, parseChineseNumber(m[1].replace('两', '二')), `named:${(m[2] ?? '') + m[3]}`, false);
  }
  return out.sort((a, b) => a.start - b.start);
}

const RE_SENTENCE_END = /[。！？!?；;]/;
const LAST_YEAR = /上年度|上一年|上年|去年|上次|前次|已整改|整改到位|已完成整改|整改完成|销号/;
const STUDY = /学习|研学|学深|研读|研讨|读原著|学原文|悟原理|领会/;
const EXAMINE = /查摆|检视|查找|对照检查|剖析|查摆出|梳理出|找准|问题/;
const FRAME_VERB = /(对照|围绕|聚焦|按照|结合|从|紧扣|紧扣|针对)[^，。；]{0,12}$/;
const SPEECH = /(指出|强调|讲话|要求|提出|告诫|明确)[^。]{0,6}[：:]?\s*$/;
/** An explicit lead-in of the problems section: "经过查摆，共查摆出N个方面问题" (a heading never counts). */
export const RE_LEAD_IN = /(查摆|查找|梳理|检视|剖析|归纳|发现)(出|了)?[^。；]{0,10}([一二三四五六七八九十两]{1,3}|\d{1,2})\s*个/;

function sentenceAround(text: string, start: number, end: number): { before: string; after: string } {
  let a = start;
  while (a > 0 && !RE_SENTENCE_END.test(text[a - 1])) a--;
  let b = end;
  while (b < text.length && !RE_SENTENCE_END.test(text[b])) b++;
  return { before: text.slice(a, start), after: text.slice(end, b) };
}

/** Whether offset `i` of `text` is inside a quotation longer than `min` characters (someone else's words). */
function inLongQuote(text: string, start: number, end: number): boolean {
  const open = Math.max(text.lastIndexOf('“', start), text.lastIndexOf('"', start - 1));
  if (open === -1) return false;
  const close = text.indexOf('”', open + 1);
  const closeAt = close === -1 ? text.indexOf('"', open + 1) : close;
  if (closeAt === -1 || closeAt < end - 1) return false;
  const quoted = closeAt - open - 1;
  return quoted > end - start + 6 && SPEECH.test(text.slice(Math.max(0, open - 12), open));
}

/**
 * The items an opening names right after a framework claim: "对照“四个一线”的要求，即在服务企业一线、基层治理一线、
 * 项目攻坚一线、应急处突一线检验作风" → 服务企业一线, 基层治理一线, 项目攻坚一线, 应急处突一线. Null unless exactly
 * `count` names follow (after 即 / ： / （).
 */
export function namedItems(after: string, count: number): string[] | null {
  const m = /^[”"’」]?(?:的?要求|方面)?\s*[，,]?\s*(?:即|也就是|具体是|分别是|[：:（(])\s*(.+)$/.exec(after);
  if (!m || count < 2) return null;
  const body = m[1].split(/[。；;）)，,]/)[0];
  const parts = body.split(/[、]/).map((x) => x.replace(/^[在从是和及与“"‘]+|[”"’]+$/g, '').trim());
  if (parts.length !== count || parts.some((x) => x.length < 2)) return null;
  // The last name runs on into the sentence ("应急处突一线检验作风"): cut it at the ending the others share.
  let suffix = parts[0];
  for (const x of parts.slice(0, -1)) while (suffix && !x.endsWith(suffix)) suffix = suffix.slice(1);
  const last = parts[parts.length - 1];
  if (suffix.length >= 1 && last.includes(suffix)) parts[parts.length - 1] = last.slice(0, last.indexOf(suffix) + suffix.length);
  else if (last.length > 12) return null;
  return parts;
}

/** "对照…的8个方面突出问题": the campaign's or the notice's list of problems, compared against, not found by the writer. */
const RE_EXTERNAL_AFTER = /^(?:的)?(?:突出问题|问题清单|专项整治)/;
const RE_OWN_FIND = /(查摆出|检视出|梳理出|查找出|找出|发现|存在)[^，。；]{0,6}$/;

/** Whether a count describes a list that is not the report's own: the campaign's 突出问题 compared against. */
function externalList(before: string, after: string, noun = ''): boolean {
  return (noun === '突出问题' || RE_EXTERNAL_AFTER.test(after)) && FRAME_VERB_ANY.test(before) && !RE_OWN_FIND.test(before);
}
const FRAME_VERB_ANY = /(对照|围绕|聚焦|按照|针对|紧扣|结合)/;
/** Problems claims that count the campaign's list or the notice's words: checked, but dropped when nothing agrees. */
const EXTERNAL_PROBLEMS = new WeakSet<Claim>();

/** Whether the count is inside a quoted requirement of the notice (“……”的要求 / 精神 / 部署): the notice's words. */
function inQuotedRequirement(text: string, start: number, end: number): boolean {
  const open = Math.max(text.lastIndexOf('“', start), text.lastIndexOf('"', start - 1));
  if (open === -1) return false;
  const closeCurly = text.indexOf('”', open + 1);
  const close = closeCurly === -1 ? text.indexOf('"', open + 1) : closeCurly;
  if (close === -1 || close < end - 1) return false;
  return close - open - 1 > end - start + 6 && /^(?:的)?(?:要求|精神|部署|安排|规定)/.test(text.slice(close + 1));
}

/** Whether a named item (of `names`) is none of the report's items: its own part (without the shared ending) in no title. */
function missingName(name: string, names: readonly string[], titles: readonly string[]): boolean {
  let shared = names[0];
  for (const x of names) while (shared && !x.endsWith(shared)) shared = shared.slice(1);
  const core = matchView(shared && name.length > shared.length ? name.slice(0, name.length - shared.length) : name);
  return !titles.some((t) => matchView(t).includes(core));
}

/** The distinctive word of a named framework ("named:个对照" → 对照, "named:个带头" → 带头), '' when it has none. */
function namedCore(noun: string): string {
  if (!noun.startsWith('named:')) return '';
  const core = noun.slice('named:'.length).replace(/^[个项条]/, '');
  return core.length >= 2 && !/[一二三四五六七八九十两\d]/.test(core) ? core : '';
}

/** A named framework whose word no item title carries (“四个对照” over items 理论学习方面…): a method, not the items. */
function namedMethod(noun: string, titles: readonly string[]): boolean {
  const core = namedCore(noun);
  return core !== '' && titles.length > 0 && !titles.some((t) => matchView(t).includes(matchView(core)));
}

/**
 * The framework among the candidates: the best score, first on ties — but a count of something else (the
 * campaign's list, a quoted requirement, a method whose items are not the report's) only when the report lists
 * exactly that many items, and a count the items bear out before one they do not. Sets role and why on each.
 */
function chooseFramework(candidates: { claim: Claim; score: number; external: string | null }[], items: number | null): Claim | null {
  const fits = (x: { claim: Claim }) => items !== null && x.claim.count === items;
  const eligible = candidates.filter((x) => !x.external || fits(x));
  let best = eligible.reduce<(typeof eligible)[number] | null>((b, x) => (!b || x.score > b.score ? x : b), null);
  if (best && !fits(best)) best = eligible.find(fits) ?? best;
  for (const x of candidates) {
    if (x === best) {
      x.claim.why = '是对照检查的框架（“对照/围绕/按照…”并查摆问题），与问题部分的分项数核对' + (x.claim.names ? `；开篇列出了各项：${x.claim.names.map((n) => `“${n}”`).join('')}` : '');
      continue;
    }
    x.claim.role = 'ignored';
    x.claim.why = x.external && !fits(x) ? x.external : best && candidates.indexOf(x) < candidates.indexOf(best) ? `另有更像框架的“${best.claim.text}”` : best ? `已有框架数量“${best.claim.text}”` : '不是本材料的框架';
    delete x.claim.names;
  }
  return best ? best.claim : null;
}

export interface ClaimsRead {
  claims: Claim[];
  /** The framework claim (role 'framework'), if any. */
  framework: Claim | null;
  explanations: Explanation[];
}

const ROLE_ZH = { framework: '框架数量', problems: '问题数量', ignored: '不计' } as const;

/**
 * Reads the claims of the opening (paragraphs `opening`) and of the explicit lead-ins among `leadIns`, on the
 * logical paragraphs (a claim broken across a hard wrap is one claim), and gives each its role.
 */
export function readClaims(norm: Normalised, texts: readonly string[], opening: readonly number[], leadIns: readonly number[], report?: { items: number; titles: readonly string[] }): ClaimsRead {
  const explanations: Explanation[] = [];
  const seenLogical = new Set<number>();
  const raw: { c: Claim; lp: LogicalParagraph; local: number; source: 'opening' | 'lead-in' }[] = [];
  const take = (i: number, source: 'opening' | 'lead-in') => {
    const k = norm.logicalOf[i];
    if (seenLogical.has(k)) return;
    seenLogical.add(k);
    const lp = norm.logical[k];
    if (source === 'lead-in' && !RE_LEAD_IN.test(toHalfWidth(lp.text))) return;
    for (const c of findClaims(lp.text, lp.first)) {
      const o = toOriginal(lp, c.start);
      raw.push({ c: { ...c, paragraph: o.paragraph, start: o.offset, length: Math.min(c.length, texts[o.paragraph].length - o.offset) }, lp, local: c.start, source });
    }
  };
  for (const i of opening) take(i, 'opening');
  for (const i of leadIns) take(i, 'lead-in');

  const claims: Claim[] = [];
  const candidates: { claim: Claim; score: number; external: string | null }[] = [];
  const seen = new Map<string, Claim>();
  for (const { c, lp, local } of raw) {
    const t = toHalfWidth(lp.text);
    const { before, after } = sentenceAround(t, local, local + c.length);
    const key = `${c.count}|${c.noun}|${c.aboutProblems}`;
    let role: Claim['role'];
    let why: string;
    let candidate: { score: number; external: string | null } | null = null;
    let external = false;
    if (seen.has(key)) {
      role = 'ignored';
      why = `重复前面的“${seen.get(key)?.text}”，只算一次`;
    } else if (LAST_YEAR.test(before + after)) {
      role = 'ignored';
      why = '说的是上年度问题的整改，不是本次的框架或问题数量';
    } else if (inLongQuote(t, local, local + c.length)) {
      role = 'ignored';
      why = '在引用的讲话原文中';
    } else if (c.aboutProblems) {
      role = 'problems';
      why = '是查摆出的问题数量，与列出的问题或方面核对';
      external = externalList(before, after, c.noun) || inQuotedRequirement(t, local, local + c.length);
    } else {
      const studyOnly = STUDY.test(after) && !EXAMINE.test(after) && !EXAMINE.test(before);
      const score = (FRAME_VERB.test(before) ? 2 : 0) + (EXAMINE.test(after) || EXAMINE.test(before) ? 2 : 0) + (c.noun === '带头' || c.noun === '聚焦' || c.noun.includes('方面') || c.noun === '重点' || c.noun.startsWith('named:') ? 1 : 0);
      if (studyOnly) {
        role = 'ignored';
        why = '是学习要求（其后讲的是学习，不是查摆），不是对照检查的框架';
      } else if (score >= 2) {
        const names = namedItems(after, c.count);
        if (names) c.names = names;
        role = 'framework';
        why = '';
        candidate = {
          score,
          external: externalList(before, after)
            ? '说的是通知或活动列出的问题清单（“对照…N个方面突出问题”），不是本材料的分项数'
            : inQuotedRequirement(t, local, local + c.length)
              ? '在引用的通知要求原文中，不是本材料自己的分项数'
              : names && report && report.items > 0 && names.every((x) => missingName(x, names, report.titles))
                ? '开篇列出的各项与问题部分的分项都不对应，是对照的方法，不是分项'
                : !names && report && namedMethod(c.noun, report.titles)
                  ? `问题部分的分项标题都不含“${namedCore(c.noun)}”，是检视的方法，不是分项`
                  : null,
        };
      } else {
        role = 'ignored';
        why = '不是“对照/围绕…查摆”的框架表述';
      }
    }
    if (role !== 'ignored') seen.set(key, c);
    const claim: Claim = { ...c, role, why };
    if (candidate) candidates.push({ claim, ...candidate });
    if (external) EXTERNAL_PROBLEMS.add(claim);
    claims.push(claim);
  }
  const framework = chooseFramework(candidates, report?.items ?? null);
  for (const c of claims)
    explanations.push({ subject: 'claim', paragraph: c.paragraph, zh: `第${c.paragraph + 1}段“${c.text}”：${ROLE_ZH[c.role ?? 'ignored']}，${c.why}。`, en: `"${c.text}" in paragraph ${c.paragraph + 1}: ${c.role}.` });
  return { claims, framework, explanations };
}

/** What a problems claim can be checked against: every count the report lists, best first. */
export interface ProblemCounts {
  /** "有没有…等问题" clauses restated (profiles that quote the requirement). */
  clauses: number;
  /** Aspects of the profile's focus areas (0 for a generic profile). */
  aspects: number;
  /** Sub-items listed under the focus items (1. / 一是…). */
  subItems: number;
  /** Focus items. */
  items: number;
}

/**
 * Checks each claim against the unit it counts and records `against` and `actual` on it. A problems claim agrees
 * when any count the report lists matches it (a false alarm costs as much as a miss); otherwise it is compared with
 * the most specific count there is. The framework claim is compared with the focus items.
 */
export function checkClaims(claims: readonly Claim[], counts: ProblemCounts, itemTitles: readonly string[] = []): Explanation[] {
  const out: Explanation[] = [];
  for (const c of claims) {
    if (c.role === 'ignored') continue;
    if (c.role === 'framework') {
      c.against = 'items';
      c.actual = counts.items;
      if (c.names && counts.items < c.count) {
        // Match the named items by their wording: a name's own part (without the ending they share) in an item's title.
        const titles = itemTitles.map((t) => matchView(t));
        let shared = c.names[0];
        for (const x of c.names) while (shared && !x.endsWith(shared)) shared = shared.slice(1);
        c.missingNames = c.names.filter((x) => {
          const core = matchView(shared && x.length > shared.length ? x.slice(0, x.length - shared.length) : x);
          return !titles.some((t) => t.includes(core));
        });
      }
    } else {
      const options: [NonNullable<Claim['against']>, number][] = [
        ['clauses', counts.clauses],
        ['aspects', counts.aspects],
        ['sub-items', counts.subItems],
        ['items', counts.items],
      ];
      const agree = options.find(([, v]) => v === c.count);
      if (!agree && EXTERNAL_PROBLEMS.has(c)) {
        c.role = 'ignored';
        c.why = '说的是通知或活动列出的问题清单，本材料没有列出同样多的问题，不是本材料的问题数量';
        out.push({ subject: 'claim', paragraph: c.paragraph, zh: `“${c.text}”：不计，${c.why}。`, en: `"${c.text}" counts the notice's or campaign's list, not this report's problems.` });
        continue;
      }
      const best = agree ?? options.find(([, v]) => v > 0) ?? ['items', counts.items];
      c.against = best[0];
      c.actual = best[1];
    }
    const unit = { clauses: '“有没有……等问题”', aspects: '方面', 'sub-items': '具体问题', items: '分项' }[c.against];
    out.push({ subject: 'claim', paragraph: c.paragraph, zh: `“${c.text}”与正文的${unit}数核对：正文有 ${c.actual} 个，${c.actual === c.count ? '一致' : '不一致'}。`, en: `"${c.text}" checked against ${c.against}: ${c.actual} found.` });
  }
  return out;
}

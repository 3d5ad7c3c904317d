/**
 * Rule packs: the word lists behind the term and phrase rules, as validated data.
 *
 * A pack is a JSON file with a `rule` (which rule reads it) and `entries`. Each entry says what it
 * catches (`patterns`, or an ordered `sequence` of items), the expected form, a severity, a short
 * explanation, its public source and examples that must (`flag`) and must not (`ok`) be caught.
 * The built-in packs live in src/profiles/packs/; users may add their own through check options
 * (`packs`) and never-flag words (`allow`). This module loads the built-ins and matches entries;
 * the format is pack-schema.ts. Pure: packs are imported JSON, no file access.
 */
import { parseBuiltinPack, type Pack, type PackEntry, type PackMatcher, type PackRule, type StrictPack } from './pack-schema';
import { literalScanner, requiredLiterals } from './literals';
import formulations from '../profiles/packs/formulations.json';
import typos from '../profiles/packs/typos.json';
import boilerplate from '../profiles/packs/boilerplate.json';
import selfPraise from '../profiles/packs/self-praise.json';

// The format (schema, types, parsing) lives in pack-schema.ts; what users see of a pack's gaps in pack-warnings.ts.
export {
  PACK_RULES,
  PackError,
  packEntrySchema,
  packMatcherSchema,
  packSchema,
  packShorthandSchema,
  parseBuiltinPack,
  parsePack,
  parsePackJson,
  expandShorthand,
} from './pack-schema';
export type { Pack, PackEntry, PackInput, PackMatcher, PackRule, PackShorthand, StrictPack, StrictPackEntry } from './pack-schema';

/** The packs shipped with 省身, validated once at load (strictly: source, note and examples for every entry). */
export const builtinPacks: readonly StrictPack[] = [
  parseBuiltinPack(formulations, 'formulations.json'),
  parseBuiltinPack(typos, 'typos.json'),
  parseBuiltinPack(boilerplate, 'boilerplate.json'),
  parseBuiltinPack(selfPraise, 'self-praise.json'),
];

/** Built-in packs plus the user's packs, for one rule. */
export function packsFor(rule: PackRule, user: readonly Pack[] = []): Pack[] {
  return [...builtinPacks, ...user].filter((p) => p.rule === rule);
}

// ---------------------------------------------------------------------------------------------
// Matching

/** Traditional → simplified, one character for one, for the characters our lists use. */
const T2S_PAIRS =
  '個个識识確确護护維维風风嚴严實实與与關关為为黨党國国際际華华義义會会學学習习時时將将這这對对種种問问題题發发現现進进運运動动區区應应當当產产業业經经濟济觀观點点論论說说話话們们來来還还過过從从間间機机構构體体規规範范條条項项導导領领決决興兴揮挥務务開开辦办處处設设計计劃划執执紀纪潔洁幹干氣气慣惯傳传統统責责擔担戰战鬥斗爭争勝胜線线優优質质稱称號号聯联團团結结讓让參参歷历總总書书記记講讲復复據据級级層层門门員员長长張张陳陈舊旧錯错誤误訂订誰谁樣样節节約约奮奋頭头帶带強强堅坚樹树場场邊边勢势態态標标準准齊齐勵励厲厉籌筹針针貶贬艱艰樸朴佈布衛卫隊队選选舉举離离難难變变齡龄處处嗎吗麼么盡尽覺觉專专現现惡恶愛爱擺摆査查範范圍围廣广東东測测驗验認认識识謀谋創创劃划覽览緊紧續续層层繫系懷怀聽听響响議议訊讯談谈調调評评語语誠诚證证識识譽誉負负費费貫贯貴贵買买賣卖質质購购贈赠軍军較较輕轻載载輪轮農农達达違违遠远適适鄉乡鎮镇錢钱鐵铁閱阅陣阵陽阳隨随險险雜杂靈灵順顺預预領领頻频顯显類类飯饭養养馬马驗验齊齐龍龙斷断於于權权歡欢殺杀決决況况湧涌滅灭漢汉災灾無无爲为獨独環环畫画發发監监盤盘碼码禮礼積积穩稳築筑簡简糧粮紅红純纯紙纸細细組组終终經经綫线緣缘織织罰罚聖圣腦脑與与舉举艦舰藝艺處处號号補补裝装複复見见規规視视親亲覽览觀观計计訓训託托記记設设許许訴诉診诊詞词試试詩诗誇夸誌志認认説说課课請请諸诸謂谓謝谢證证識识護护讀读變变貧贫貨货販贩責责貸贷資资賢贤賬账趕赶車车軟软輔辅輸输辦办辭辞農农遲迟遺遗邊边郵邮醫医釋释針针鋼钢錄录鏈链門门閉闭開开閒闲閥阀關关陸陆陰阴階阶隱隐隸隶雙双雲云電电靜静韌韧頁页頂顶項项須须頓顿頒颁預预頸颈頻频願愿顧顾飛飞餘余館馆驅驱騙骗體体鬆松麗丽黃黄點点';

const T2S = new Map<string, string>();
for (let i = 0; i + 1 < T2S_PAIRS.length; i += 2) T2S.set(T2S_PAIRS[i], T2S_PAIRS[i + 1]);

const HALF_TO_FULL: Record<string, string> = { ',': '，', ':': '：', ';': '；', '(': '（', ')': '）', '!': '！', '?': '？' };
const QUOTES_DOUBLE = new Set(['“', '”', '"', '「', '」', '『', '』', '＂']);
const QUOTES_SINGLE = new Set(['‘', '’', "'", '＇']);

/**
 * Normalises text for pack matching, one code unit for one (offsets are kept): traditional
 * characters become simplified, half-width , : ; ( ) ! ? become full-width, every double quote
 * becomes `"` and every single quote `'`. Pack patterns are written with full-width punctuation
 * and either kind of quote.
 */
export function normalizeText(s: string): string {
  // A rule asks several times in a row about the same paragraph: a pointer check beats a Map lookup.
  if (s === lastIn) return lastOut;
  lastIn = s;
  return (lastOut = normalizeCached(s));
}

let lastIn = '';
let lastOut = '';

function normalizeCached(s: string): string {
  if (scopeCache) {
    let out = scopeCache.get(s);
    if (out === undefined) scopeCache.set(s, (out = normalizeUncached(s)));
    return out;
  }
  // Every pack entry normalises the same paragraph again: remember the last few results (rules walk
  // paragraphs in the outer loop and entries in the inner one), so each paragraph is normalised once.
  const hit = normCache.get(s);
  if (hit !== undefined) return hit;
  const out = normalizeUncached(s);
  if (s.length > NORM_CACHE_MAX_CHARS) return out; // whole sections are normalised once; do not keep them alive
  if (normCache.size >= NORM_CACHE_SIZE) normCache.clear();
  normCache.set(s, out);
  return out;
}

/**
 * Runs `fn` with every normalisation remembered until it returns: a check runs a dozen rules over
 * the same paragraphs, and each would otherwise normalise every paragraph again. The engine wraps
 * a whole check in it; nothing is kept afterwards.
 */
export function withNormalizedTextCache<T>(fn: () => T): T {
  if (scopeCache) return fn();
  scopeCache = new Map();
  scopeHits = new Map();
  try {
    return fn();
  } finally {
    scopeCache = null;
    scopeHits = null;
  }
}

let scopeCache: Map<string, string> | null = null;
/** Per literal index, the candidate entries found for each normalised paragraph during a check. */
let scopeHits: Map<LiteralIndex, Map<string, ReadonlySet<PackEntry>>> | null = null;
const NORM_CACHE_SIZE = 64;
const NORM_CACHE_MAX_CHARS = 4000;
const normCache = new Map<string, string>();

/** A character class of the given single code units (escaped for use inside [...]). */
function charClass(chars: Iterable<string>): string {
  return '[' + [...chars].map((c) => (/[\]\\^-]/.test(c) ? '\\' + c : c)).join('') + ']';
}

// Most paragraphs need no change, or only their quotes unified. One pass over the code units
// with a lookup table says which of the three groups occur (a regex with a 300-character class
// costs several times more); only those groups are then replaced, with a constant where possible.
const DQ_ALL = new RegExp(charClass([...QUOTES_DOUBLE].filter((q) => q !== '"')), 'gu');
const SQ_ALL = new RegExp(charClass([...QUOTES_SINGLE].filter((q) => q !== "'")), 'gu');
const OTHER_MAP = new Map<string, string>([...T2S, ...Object.entries(HALF_TO_FULL)]);
const OTHER_ALL = new RegExp(charClass(OTHER_MAP.keys()), 'gu');
const otherReplace = (ch: string): string => OTHER_MAP.get(ch) as string;
const NEED_DQ = 1;
const NEED_SQ = 2;
const NEED_OTHER = 4;
const NEEDS = new Uint8Array(0x10000);
for (const q of QUOTES_DOUBLE) if (q !== '"') NEEDS[q.charCodeAt(0)] |= NEED_DQ;
for (const q of QUOTES_SINGLE) if (q !== "'") NEEDS[q.charCodeAt(0)] |= NEED_SQ;
for (const c of OTHER_MAP.keys()) NEEDS[c.charCodeAt(0)] |= NEED_OTHER;

function normalizeUncached(s: string): string {
  let need = 0;
  for (let i = 0; i < s.length; i++) need |= NEEDS[s.charCodeAt(i)];
  if (need === 0) return s;
  if (need & NEED_DQ) s = s.replace(DQ_ALL, '"');
  if (need & NEED_SQ) s = s.replace(SQ_ALL, "'");
  return need & NEED_OTHER ? s.replace(OTHER_ALL, otherReplace) : s;
}

/** Quote normalisation only: what a regex source goes through (its brackets are syntax). */
function normalizePatternSource(s: string): string {
  let out = '';
  for (const ch of s) out += QUOTES_DOUBLE.has(ch) ? '"' : QUOTES_SINGLE.has(ch) ? "'" : ch;
  return out;
}

export interface PackMatch {
  start: number;
  length: number;
  /** The matched text as written in the paragraph. */
  found: string;
  /** Replacement for the matched span, when the entry has a safe one. */
  replacement?: string;
  /** For sequence entries: what is wrong ("order" or "missing") and the missing item. */
  problem?: 'order' | 'missing';
  missing?: string;
}

const reCache = new WeakMap<object, RegExp>();

function compile(m: PackMatcher): RegExp {
  let re = reCache.get(m);
  if (!re) {
    const src = m.text !== undefined ? escapeRegex(normalizeText(m.text)) : normalizePatternSource(m.regex as string);
    re = new RegExp(src, 'gu');
    reCache.set(m, re);
  }
  return re;
}

export function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function findAll(re: RegExp, s: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let r = re.exec(s); r; r = re.exec(s)) {
    out.push(r);
    if (r[0].length === 0) re.lastIndex++;
  }
  return out;
}

function expandFix(template: string, r: RegExpExecArray): string {
  return template.replace(/\$(\$|&|\d)/g, (_, k: string) => (k === '$' ? '$' : k === '&' ? r[0] : (r[Number(k)] ?? '')));
}

const SEQ_GAP = /^(?:[、，；和与及]|以及|，以及|和|、以及)?$/u;

const seqCache = new WeakMap<readonly string[], { normItems: string[]; alt: RegExp }>();

function sequenceMatches(items: readonly string[], norm: string): Omit<PackMatch, 'found'>[] {
  let compiled = seqCache.get(items);
  if (!compiled) {
    const normItems = items.map(normalizeText);
    // Leftmost-longest occurrences of any item, in text order.
    compiled = { normItems, alt: new RegExp([...normItems].sort((a, b) => b.length - a.length).map(escapeRegex).join('|'), 'gu') };
    seqCache.set(items, compiled);
  }
  const { normItems, alt } = compiled;
  const occ = findAll(alt, norm).map((r) => ({ start: r.index, end: r.index + r[0].length, item: normItems.indexOf(r[0]) }));
  const out: Omit<PackMatch, 'found'>[] = [];
  let run: typeof occ = [];
  const flush = () => {
    if (run.length >= 2) {
      const order = run.map((o) => o.item);
      const distinct = new Set(order).size === order.length;
      const start = run[0].start;
      const length = run[run.length - 1].end - start;
      const increasing = order.every((v, i) => i === 0 || v > order[i - 1]);
      if (distinct && !increasing) out.push({ start, length, problem: 'order' });
      else if (distinct && increasing && items.length >= 4 && run.length === items.length - 1) {
        const missing = items.find((_, k) => !order.includes(k)) as string;
        out.push({ start, length, problem: 'missing', missing });
      }
    }
    run = [];
  };
  for (const o of occ) {
    if (run.length && !SEQ_GAP.test(norm.slice(run[run.length - 1].end, o.start))) flush();
    run.push(o);
  }
  flush();
  return out;
}

/**
 * All matches of one entry in a paragraph's text (offsets into `text`). `allow` words suppress
 * matches they overlap. Fixes are offered only where the matched text needed no normalisation
 * (so a traditional-script paragraph never gets simplified characters pasted in).
 */
export function matchEntry(entry: PackEntry, text: string, allow: readonly string[] = []): PackMatch[] {
  const norm = normalizeText(text);
  const raw: Omit<PackMatch, 'found'>[] = [];
  if (entry.sequence) {
    for (const m of sequenceMatches(entry.sequence, norm)) {
      const exact = text.slice(m.start, m.start + m.length) === norm.slice(m.start, m.start + m.length);
      const replacement = m.problem && exact ? entry.expected : undefined;
      raw.push({ ...m, ...(replacement !== undefined ? { replacement } : {}) });
    }
  } else {
    for (const p of entry.patterns ?? []) {
      for (const r of findAll(compile(p), norm)) {
        if (r[0].length === 0) continue;
        const exact = text.slice(r.index, r.index + r[0].length) === r[0];
        raw.push({ start: r.index, length: r[0].length, ...(entry.fix !== undefined && exact ? { replacement: expandFix(entry.fix, r) } : {}) });
      }
    }
  }
  if (raw.length === 0) return [];
  const blocked: { start: number; end: number }[] = [];
  for (const u of entry.unless) for (const r of findAll(compile(u), norm)) blocked.push({ start: r.index, end: r.index + r[0].length });
  for (const w of allow) {
    const nw = normalizeText(w);
    if (!nw) continue;
    for (let i = norm.indexOf(nw); i !== -1; i = norm.indexOf(nw, i + 1)) blocked.push({ start: i, end: i + nw.length });
  }
  const out: PackMatch[] = [];
  raw.sort((a, b) => a.start - b.start || b.length - a.length);
  let lastEnd = -1;
  for (const m of raw) {
    if (m.start < lastEnd) continue; // overlapping matches of the same entry: keep the first, longest
    if (blocked.some((b) => m.start < b.end && b.start < m.start + m.length)) continue;
    lastEnd = m.start + m.length;
    out.push({ ...m, found: text.slice(m.start, m.start + m.length) });
  }
  return out;
}

/**
 * Which pack entries can match a paragraph, found with one scan for all packs of a check.
 *
 * Every pattern and sequence item has required literals (`requiredLiterals`): strings one of which
 * any match must contain. One `literalScanner` over all of them scans the paragraph once. Entries
 * with a pattern that has no certain literal are "always" candidates. A pure shortcut: an entry left out could
 * not have matched (see test/core/literals.test.ts).
 */
interface LiteralIndex {
  /** The entries (of any indexed pack) with a required literal in a normalised text. */
  scan: (norm: string) => ReadonlySet<PackEntry>;
  always: Set<PackEntry>;
  /** Per pack, its entries in `always` (what a text with no literal hit gets), built on first use. */
  alwaysOf: WeakMap<Pack, readonly PackEntry[]>;
}

function buildIndex(packs: readonly Pack[]): LiteralIndex {
  const always = new Set<PackEntry>();
  const items: [string, PackEntry][] = [];
  for (const pack of packs)
    for (const e of pack.entries) {
      if (e.sequence) {
        for (const item of e.sequence) items.push([normalizeText(item), e]);
        continue;
      }
      const sets = (e.patterns ?? []).map((m) => (m.text !== undefined ? [normalizeText(m.text)] : requiredLiterals(compile(m).source)));
      if (sets.some((l) => l === null)) always.add(e);
      else for (const l of sets as string[][]) for (const lit of l) items.push([lit, e]);
    }
  return { scan: literalScanner(items), always, alwaysOf: new WeakMap() };
}

const NO_HITS: ReadonlySet<PackEntry> = new Set();
const NO_ENTRIES: readonly PackEntry[] = [];
let lastHitsText = '';
let lastHitsIndex: LiteralIndex | null = null;
let lastHits: ReadonlySet<PackEntry> = NO_HITS;

const indexCache = new WeakMap<readonly Pack[], LiteralIndex>();
const NO_USER_PACKS: readonly Pack[] = [];

function indexFor(user: readonly Pack[]): LiteralIndex {
  const key = user.length === 0 ? NO_USER_PACKS : user;
  let index = indexCache.get(key);
  if (!index) indexCache.set(key, (index = buildIndex([...builtinPacks, ...user])));
  return index;
}

/**
 * The entries of `pack` that can match `text`: those with a required literal in it, and those
 * without a certain literal. `user` must be the check's user packs when `pack` is one of them.
 * Within a check (withNormalizedTextCache) each paragraph is scanned once for all four pack rules.
 */
export function candidateEntries(pack: Pack, text: string, user: readonly Pack[] = []): readonly PackEntry[] {
  const index = indexFor(user.includes(pack) || (builtinPacks as readonly Pack[]).includes(pack) ? user : [...user, pack]);
  const norm = normalizeText(text);
  let hit: ReadonlySet<PackEntry> | undefined;
  if (norm === lastHitsText && index === lastHitsIndex) hit = lastHits;
  else if (scopeHits) {
    let perIndex = scopeHits.get(index);
    if (!perIndex) scopeHits.set(index, (perIndex = new Map()));
    hit = perIndex.get(norm);
    if (!hit) perIndex.set(norm, (hit = index.scan(norm)));
  } else hit = index.scan(norm);
  lastHitsText = norm;
  lastHitsIndex = index;
  lastHits = hit;
  const found = hit;
  if (found.size === 0) {
    // Most paragraphs hit no literal at all: they all get the same (usually empty) list.
    let always = index.alwaysOf.get(pack);
    if (!always) index.alwaysOf.set(pack, (always = index.always.size === 0 ? NO_ENTRIES : pack.entries.filter((e) => index.always.has(e))));
    return always;
  }
  return pack.entries.filter((e) => found.has(e) || index.always.has(e));
}

const documentOff = new WeakMap<object, WeakMap<PackEntry, boolean>>();

/** Whether an entry's `unlessDocument` matches some paragraph of the document (remembered per document). */
export function entryOffFor(entry: PackEntry, doc: { paragraphs: readonly { text: string }[] }): boolean {
  if (!entry.unlessDocument || entry.unlessDocument.length === 0) return false;
  let perDoc = documentOff.get(doc);
  if (!perDoc) documentOff.set(doc, (perDoc = new WeakMap()));
  let off = perDoc.get(entry);
  if (off === undefined) {
    const res = entry.unlessDocument.map((m) => compile(m));
    off = doc.paragraphs.some((p) => {
      const norm = normalizeText(p.text);
      return res.some((re) => {
        re.lastIndex = 0;
        return re.test(norm);
      });
    });
    perDoc.set(entry, off);
  }
  return off;
}

/** True when `[start, start+length)` overlaps an occurrence of an allow-listed word in `text`. */
export function isAllowed(text: string, start: number, length: number, allow: readonly string[] = []): boolean {
  if (allow.length === 0) return false;
  const norm = normalizeText(text);
  for (const w of allow) {
    const nw = normalizeText(w);
    if (!nw) continue;
    for (let i = norm.indexOf(nw); i !== -1; i = norm.indexOf(nw, i + 1)) if (start < i + nw.length && i < start + length) return true;
  }
  return false;
}

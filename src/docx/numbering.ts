/**
 * numbering.xml: renders Word auto-numbering ("一、", "（一）", "1.", "①") the way Word does.
 *
 * `w:num` → `w:abstractNum` (following `w:numStyleLink` → numbering style → its `w:num`),
 * per-level counters that restart deeper levels (honouring `w:lvlRestart`), `w:lvlOverride`
 * (`w:startOverride` or a whole replacement `w:lvl`), `w:lvlText` placeholders %1..%9,
 * `w:isLgl`. Counters are shared by all nums of one abstractNum, except a num with a
 * `w:startOverride`, which counts on its own (close enough to Word for real documents).
 * The suffix (`w:suff`: tab, space, nothing) is NOT part of the list string.
 */
import type { Styles } from './styles';
import { intAttr, onOff, parseXml } from './xml';

export interface LevelDef {
  start: number;
  numFmt: string;
  lvlText: string;
  /** `w:lvlRestart` (1-based level number; 0 = never restart); undefined = restart after any higher level. */
  restart?: number;
  isLgl: boolean;
  suff: string;
  pStyle?: string;
}

interface AbstractNum {
  id: string;
  levels: (LevelDef | undefined)[];
  numStyleLink?: string;
  styleLink?: string;
}

interface NumDef {
  id: string;
  abstractNumId: string;
  startOverride: (number | undefined)[];
  lvlOverride: (LevelDef | undefined)[];
}

function newLevel(): LevelDef {
  return { start: 0, numFmt: 'decimal', lvlText: '', isLgl: false, suff: 'tab' };
}

/**
 * Bounds on what a hostile numbering part can make us build: a start value (Word's own dialog stops
 * at 32767; anything larger is clamped), the letters of an a…z, aa…zz label, and a label's length.
 * Without them a lowerLetter list starting at 2×10⁸ made every label 7.7 million letters (4 GB for
 * 2,000 paragraphs).
 */
export const MAX_START = 32767;
export const MAX_LETTERS = 16;
export const MAX_LABEL = 256;

function clampStart(n: number): number {
  return Math.max(0, Math.min(MAX_START, n));
}

export function parseNumbering(xml: string | Uint8Array, partName: string): NumberingDefs {
  const abstracts = new Map<string, AbstractNum>();
  const nums = new Map<string, NumDef>();
  parseXml(xml, partName, ({ attr }) => {
    const stack: string[] = [];
    let abs: AbstractNum | undefined;
    let num: NumDef | undefined;
    let overrideIlvl = -1;
    let lvl: LevelDef | undefined;
    let lvlIndex = -1;
    return {
      open(el) {
        const parent = stack[stack.length - 1];
        stack.push(el.local);
        switch (el.local) {
          case 'abstractNum':
            if (parent === 'numbering') abs = { id: attr(el, 'abstractNumId') ?? '', levels: [] };
            return;
          case 'num':
            if (parent === 'numbering') num = { id: attr(el, 'numId') ?? '', abstractNumId: '', startOverride: [], lvlOverride: [] };
            return;
          case 'abstractNumId':
            if (num && parent === 'num') num.abstractNumId = attr(el, 'val') ?? '';
            return;
          case 'lvlOverride':
            if (num) overrideIlvl = intAttr(attr(el, 'ilvl')) ?? -1;
            return;
          case 'startOverride':
            if (num && overrideIlvl >= 0 && overrideIlvl < 9) num.startOverride[overrideIlvl] = clampStart(intAttr(attr(el, 'val')) ?? 0);
            return;
          case 'numStyleLink':
            if (abs && parent === 'abstractNum') abs.numStyleLink = attr(el, 'val');
            return;
          case 'styleLink':
            if (abs && parent === 'abstractNum') abs.styleLink = attr(el, 'val');
            return;
          case 'lvl':
            if (abs || (num && overrideIlvl >= 0)) {
              lvl = newLevel();
              lvlIndex = intAttr(attr(el, 'ilvl')) ?? (num ? overrideIlvl : -1);
            }
            return;
        }
        if (!lvl || parent !== 'lvl') return;
        const v = attr(el, 'val');
        switch (el.local) {
          case 'start':
            lvl.start = clampStart(intAttr(v) ?? 0);
            break;
          case 'numFmt':
            lvl.numFmt = v ?? 'decimal';
            break;
          case 'lvlText':
            lvl.lvlText = (v ?? '').slice(0, MAX_LABEL);
            break;
          case 'lvlRestart':
            lvl.restart = intAttr(v);
            break;
          case 'isLgl':
            lvl.isLgl = onOff(v);
            break;
          case 'suff':
            lvl.suff = v ?? 'tab';
            break;
          case 'pStyle':
            lvl.pStyle = v;
            break;
        }
      },
      close(el) {
        stack.pop();
        switch (el.local) {
          case 'lvl':
            if (lvl && lvlIndex >= 0 && lvlIndex < 9) {
              if (num) num.lvlOverride[lvlIndex] = lvl;
              else if (abs) abs.levels[lvlIndex] = lvl;
            }
            lvl = undefined;
            break;
          case 'lvlOverride':
            overrideIlvl = -1;
            break;
          case 'abstractNum':
            if (abs && stack[stack.length - 1] === 'numbering') {
              abstracts.set(abs.id, abs);
              abs = undefined;
            }
            break;
          case 'num':
            if (num && stack[stack.length - 1] === 'numbering') {
              nums.set(num.id, num);
              num = undefined;
            }
            break;
        }
      },
    };
  });
  return { abstracts, nums };
}

export interface NumberingDefs {
  abstracts: Map<string, AbstractNum>;
  nums: Map<string, NumDef>;
}

export interface ListLabel {
  listString: string;
  listLevel: number;
}

interface Resolved {
  key: string;
  levels: (LevelDef | undefined)[];
  startOverride: (number | undefined)[];
}

/** Stateful numberer: call `next` for each numbered paragraph in document order. */
export class Numberer {
  private readonly counters = new Map<string, (number | undefined)[]>();
  private readonly resolved = new Map<string, Resolved | null>();

  constructor(
    private readonly defs: NumberingDefs,
    private readonly styles: Styles,
  ) {}

  private resolve(numId: string): Resolved | null {
    const hit = this.resolved.get(numId);
    if (hit !== undefined) return hit;
    let result: Resolved | null = null;
    const num = this.defs.nums.get(numId);
    if (num) {
      let abs = this.defs.abstracts.get(num.abstractNumId);
      // numStyleLink: the definition lives in the abstractNum of the numbering style's num.
      for (let hops = 0; abs?.numStyleLink && hops < 5; hops++) {
        const linkedNumId = this.styles.get(abs.numStyleLink)?.numId;
        const linked = linkedNumId !== undefined ? this.defs.nums.get(linkedNumId) : undefined;
        const next = linked ? this.defs.abstracts.get(linked.abstractNumId) : undefined;
        if (!next || next === abs) break;
        abs = next;
      }
      if (abs) {
        const levels = abs.levels.slice();
        num.lvlOverride.forEach((l, i) => {
          if (l) levels[i] = l;
        });
        const hasOverride = num.startOverride.some((s) => s !== undefined) || num.lvlOverride.some((l) => l);
        result = { key: hasOverride ? `num:${num.id}` : `abs:${abs.id}`, levels, startOverride: num.startOverride };
      }
    }
    this.resolved.set(numId, result);
    return result;
  }

  /** The ilvl whose `w:pStyle` is the paragraph's style, for paragraphs numbered through a style. */
  levelForStyle(numId: string, styleId: string | undefined): number | undefined {
    if (styleId === undefined) return undefined;
    const r = this.resolve(numId);
    if (!r) return undefined;
    const i = r.levels.findIndex((l) => l?.pStyle === styleId);
    return i >= 0 ? i : undefined;
  }

  next(numId: string, ilvl: number): ListLabel | undefined {
    if (numId === '0') return undefined;
    const r = this.resolve(numId);
    if (!r) return undefined;
    const level = Math.max(0, Math.min(8, ilvl));
    const def = r.levels[level];
    if (!def) return undefined;
    let counts = this.counters.get(r.key);
    if (!counts) {
      counts = [];
      this.counters.set(r.key, counts);
    }
    const startOf = (i: number) => r.startOverride[i] ?? r.levels[i]?.start ?? 0;
    counts[level] = counts[level] === undefined ? startOf(level) : counts[level]! + 1;
    for (let m = level + 1; m < 9; m++) {
      const restart = r.levels[m]?.restart;
      if (restart === undefined || (restart !== 0 && level < restart)) counts[m] = undefined;
    }
    const text = def.lvlText.replace(/%([1-9])/g, (_, d: string) => {
      const i = Number(d) - 1;
      const n = counts![i] ?? startOf(i);
      // isLgl ("legal numbering"): every number in this level's text is shown in Arabic digits.
      return formatNumber(n, def.isLgl ? 'decimal' : (r.levels[i]?.numFmt ?? 'decimal'));
    });
    return { listString: text.length > MAX_LABEL ? text.slice(0, MAX_LABEL) : text, listLevel: level };
  }
}

const CN_DIGITS = '〇一二三四五六七八九';
const CN_LEGAL_DIGITS = '零壹贰叁肆伍陆柒捌玖';
const TIANGAN = '甲乙丙丁戊己庚辛壬癸';

/** Chinese counting: 1 → 一, 10 → 十, 11 → 十一, 20 → 二十, 105 → 一百〇五. */
export function chineseCounting(n: number, legal = false): string {
  const digits = legal ? CN_LEGAL_DIGITS : CN_DIGITS;
  const units = legal ? ['', '拾', '佰', '仟'] : ['', '十', '百', '千'];
  if (n <= 0) return digits[0];
  if (n >= 10000) {
    const hi = Math.floor(n / 10000);
    const lo = n % 10000;
    return chineseCounting(hi, legal) + '万' + (lo === 0 ? '' : (lo < 1000 ? digits[0] : '') + chineseCounting(lo, legal));
  }
  let out = '';
  let zero = false;
  const s = String(n);
  for (let i = 0; i < s.length; i++) {
    const d = Number(s[i]);
    const unit = units[s.length - 1 - i];
    if (d === 0) {
      zero = out !== '';
      continue;
    }
    if (zero) {
      out += digits[0];
      zero = false;
    }
    // 10-19 are read 十, 十一 … (no leading 一), as Word renders them.
    if (!(d === 1 && unit === units[1] && out === '' && !legal)) out += digits[d];
    out += unit;
  }
  return out;
}

function letters(n: number, upper: boolean): string {
  if (n <= 0) return String(n);
  const ch = String.fromCharCode((upper ? 65 : 97) + ((n - 1) % 26));
  return ch.repeat(Math.min(MAX_LETTERS, Math.floor((n - 1) / 26) + 1));
}

function roman(n: number): string {
  if (n <= 0 || n >= 4000) return String(n);
  const table: [number, string][] = [
    [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
    [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
  ];
  let out = '';
  for (const [v, s] of table) {
    while (n >= v) {
      out += s;
      n -= v;
    }
  }
  return out;
}

/** Formats one level's counter value by its `w:numFmt`. */
export function formatNumber(n: number, fmt: string): string {
  switch (fmt) {
    case 'decimal':
      return String(n);
    case 'decimalZero':
      return n >= 0 && n < 10 ? '0' + n : String(n);
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'taiwaneseCounting':
    case 'taiwaneseCountingThousand':
    case 'japaneseCounting':
      return chineseCounting(n);
    case 'chineseLegalSimplified':
      return chineseCounting(n, true);
    case 'ideographTraditional':
      return n >= 1 ? TIANGAN[(n - 1) % 10] : String(n);
    case 'upperLetter':
      return letters(n, true);
    case 'lowerLetter':
      return letters(n, false);
    case 'upperRoman':
      return roman(n);
    case 'lowerRoman':
      return roman(n).toLowerCase();
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      if (n >= 1 && n <= 20) return String.fromCodePoint(0x2460 + n - 1);
      if (n >= 21 && n <= 35) return String.fromCodePoint(0x3251 + n - 21);
      if (n >= 36 && n <= 50) return String.fromCodePoint(0x32b1 + n - 36);
      return String(n);
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return String(n).replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + Number(d)));
    case 'none':
    case 'bullet':
      return '';
    default:
      return String(n);
  }
}

/**
 * A unit's word list as plain text, one pair a line, made into a rule pack — no JSON to get wrong:
 *
 *     # 出处：本单位公文写作规范
 *     规距 → 规矩
 *     流于型式、流于行式 → 流于形式
 *     帮扶村	结对帮扶村	本单位统一称“结对帮扶村”
 *
 * A line is the wrong form(s), the right form and, optionally, a note, separated by → (or ->, =>,
 * a tab, a comma, or spaces). Several wrong forms are separated by 、 or /. Blank lines and lines
 * starting with # are skipped; a `# 出处：…` (or `# source: …`) line gives the source of the lines
 * after it. Each line becomes a short-form entry (pack-schema.ts) whose examples are its own words
 * (the wrong form must be caught, the right form must not), so the pack checks itself. Pure.
 */
import { parsePack, type Pack, type PackRule } from './pack-schema';
import { packWarnings, type PackWarning } from './pack-warnings';

export interface WordListProblem {
  /** 1-based line number. */
  line: number;
  message: { zh: string; en: string };
}

export interface WordListPair {
  line: number;
  wrong: string[];
  right: string;
  note: string;
  source?: string;
}

export interface WordListPack {
  pack: Pack | null;
  /** Lines that could not be read; the pack leaves them out. */
  problems: WordListProblem[];
  warnings: PackWarning[];
}

const ARROW = /\s*(?:→|->|=>|⇒|＝>|\t)\s*/u;
const COMMA = /\s*[,，]\s*/u;
const SPACES = /[\s\u3000]+/u;
const SOURCE = /^#\s*(?:出处|来源|依据|source)\s*[:：]\s*(.*)$/iu;
const WRONG_SEP = /\s*[、/／]\s*/u;

/** Splits a line on its first kind of separator: arrows and tabs, else commas, else spaces. */
function parts(line: string): string[] {
  for (const sep of [ARROW, COMMA, SPACES]) {
    const p = line.split(sep).map((x) => x.trim());
    if (p.length >= 2) return p;
  }
  return [line];
}

/** The pairs of a word list, and the lines that are not pairs. */
export function readWordList(text: string): { pairs: WordListPair[]; problems: WordListProblem[] } {
  const pairs: WordListPair[] = [];
  const problems: WordListProblem[] = [];
  const seen = new Map<string, number>();
  let source: string | undefined;
  text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .forEach((raw, i) => {
      const line = i + 1;
      const t = raw.trim();
      if (!t) return;
      if (t.startsWith('#') || t.startsWith('＃')) {
        const m = SOURCE.exec(t.replace(/^＃/, '#'));
        if (m) source = m[1].trim() || undefined;
        return;
      }
      const [left, right = '', ...rest] = parts(t);
      const wrong = left.split(WRONG_SEP).filter(Boolean);
      const problem = (zh: string, en: string) => problems.push({ line, message: { zh: `第 ${line} 行：${zh}`, en: `Line ${line}: ${en}` } });
      if (!right || wrong.length === 0) return problem(`只有“${t}”，应写成“错误写法 → 正确写法”`, `only “${t}”; write “wrong → right”`);
      const same = wrong.find((w) => w === right);
      if (same) return problem(`错误写法“${same}”与正确写法相同`, `the wrong form “${same}” is the right form`);
      const dup = wrong.find((w) => seen.has(w));
      if (dup) return problem(`“${dup}”在第 ${seen.get(dup)} 行已经有了`, `“${dup}” is already on line ${seen.get(dup)}`);
      for (const w of wrong) seen.set(w, line);
      pairs.push({ line, wrong, right, note: rest.join(' '), ...(source ? { source } : {}) });
    });
  return { pairs, problems };
}

export interface WordListOptions {
  id?: string;
  name?: string;
  rule?: Extract<PackRule, 'terms/typo' | 'terms/formulation'>;
}

/** The default id and name of a pack made from a word list (loading another replaces it). */
export const WORD_LIST_ID = 'word-list';
export const WORD_LIST_NAME = '本单位词表';

/** The pack file a word list stands for, in the short form (what `xingshen pack from-list` writes). */
export function wordListPackData(pairs: readonly WordListPair[], opts: WordListOptions = {}) {
  return {
    schemaVersion: 1 as const,
    id: opts.id ?? WORD_LIST_ID,
    name: opts.name ?? WORD_LIST_NAME,
    description: '由词表生成：每行“错误写法 → 正确写法”。',
    rule: opts.rule ?? 'terms/typo',
    entries: pairs.map((p) => ({
      wrong: p.wrong.length === 1 ? p.wrong[0] : p.wrong,
      right: p.right,
      ...(p.note ? { note: p.note } : {}),
      ...(p.source ? { source: p.source } : {}),
      examples: { flag: p.wrong, ok: [p.right] },
    })),
  };
}

/** A rule pack from a word list: its pairs as short-form entries with their own words as examples. */
export function packFromWordList(text: string, opts: WordListOptions = {}): WordListPack {
  const { pairs, problems } = readWordList(text);
  if (pairs.length === 0) return { pack: null, problems, warnings: [] };
  const pack = parsePack(wordListPackData(pairs, opts), 'word-list');
  // Warnings name entries by position; for a word list, people count lines.
  const lineOf = pairs.map((p) => p.line);
  const warnings: PackWarning[] = [];
  for (const w of packWarnings(pack)) {
    if (w.code === 'no-examples') continue; // every line has its own words as examples
    const lines = w.entries.map((n) => lineOf[n - 1]);
    if (w.code === 'no-source') {
      const all = lines.length === pairs.length;
      const list = lines.slice(0, 5).join('、') + (lines.length > 5 ? ` 等 ${lines.length} ` : ' ');
      warnings.push({
        code: w.code,
        entries: lines,
        message: all
          ? { zh: '词表没有注明出处：建议在第一行写“# 出处：本单位公文写作规范”这样的一行', en: 'The word list names no source: start it with a line such as “# 出处：本单位公文写作规范”' }
          : { zh: `第 ${list}行没有出处：“# 出处：…”一行只管它下面的各行`, en: `Line(s) ${lines.slice(0, 5).join(', ')} have no source: a “# 出处：…” line covers the lines below it` },
      });
      continue;
    }
    const line = lines[0];
    warnings.push({ ...w, entries: lines, message: { zh: w.message.zh.replace(/^第 \d+ 条/, `第 ${line} 行`), en: w.message.en.replace(/^Entry \d+/, `Line ${line}`) } });
  }
  return { pack, problems, warnings };
}

/** The word list a pack made by packFromWordList stands for (to edit it again). */
export function wordListOf(pack: Pack): string {
  const source = pack.entries.find((e) => e.source)?.source;
  const lines = pack.entries.map((e) => {
    const wrong = (e.patterns ?? []).map((m) => m.text ?? '').filter(Boolean);
    return [wrong.join('、'), e.expected, ...(e.note ? [e.note] : [])].join(' → ');
  });
  return (source ? `# 出处：${source}\n` : '') + lines.join('\n') + '\n';
}

/**
 * The hints for a pack as people should read them: a pack made from a word list (it reads back from
 * its own word list unchanged) by line, any other pack by entry (packWarnings).
 */
export function packHints(pack: Pack): PackWarning[] {
  if (pack.entries.every((e) => e.patterns?.every((m) => m.text !== undefined) && !e.sequence)) {
    const rule = pack.rule === 'terms/formulation' ? pack.rule : 'terms/typo';
    const again = packFromWordList(wordListOf(pack), { id: pack.id, name: pack.name, rule });
    if (again.pack && again.problems.length === 0 && JSON.stringify(again.pack) === JSON.stringify(pack)) return again.warnings;
  }
  return packWarnings(pack);
}

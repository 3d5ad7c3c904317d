/**
 * What a user's rule pack leaves out or gets wrong without being invalid: warnings, never refusals.
 *
 * - `no-source`: entries without a `source` (出处) — the finding cannot say what it rests on;
 * - `no-examples`: entries without `examples` — nothing checks that the entry catches what it should;
 * - `example-missed`: a `flag` example the entry does not catch (its pattern is wrong, or too narrow);
 * - `example-caught`: an `ok` example the entry catches (it would flag correct text: a false alarm);
 * - `fix-still-caught`: a flag example that its own one-click fix leaves still caught (帮扶村 → 结对帮扶村
 *   with no `unless`: every fix would be flagged again).
 *
 * The examples are run exactly as the rule runs the entry (boilerplate: only when nothing concrete
 * follows). The two kinds about missing parts are one warning each, naming the entries; a 20-line word
 * list of `{wrong, right}` pairs gets two lines, not forty. Pure.
 */
import { matchEntry, type Pack, type PackEntry } from './packs';
import { parseJsonText } from './validate';
import { PackError, parsePack } from './pack-schema';
import { boilerplateMatches } from './rules/quality-boilerplate';
import type { Profile } from './profile';

export type PackWarningCode = 'no-source' | 'no-examples' | 'example-missed' | 'example-caught' | 'fix-still-caught';

export interface PackWarning {
  code: PackWarningCode;
  /** The entries concerned, by position in the file (1-based, as people count them). */
  entries: number[];
  /** Plain words, zh-CN and English. */
  message: { zh: string; en: string };
}

/** A user's pack as parsed (short forms expanded) and what it should still get. */
export interface ParsedUserPack {
  pack: Pack;
  warnings: PackWarning[];
}

/** At most this many entries are named in a warning about missing parts; the rest are counted. */
const NAMED_MAX = 5;

/** “规距→规矩” for a phrase entry, “四个全面” (its expected form) for a regex or sequence. */
export function entryLabel(e: PackEntry): string {
  const first = e.patterns?.[0]?.text;
  return first !== undefined && first !== e.expected ? `${first}→${e.expected}` : e.expected;
}

const MISSING = {
  'no-source': {
    zh: '没有 source（出处），建议注明依据（文件、讲话、标准或本单位规范）',
    one: 'has no source: say what it rests on (a document, speech, standard or house style)',
    many: 'have no source: say what they rest on (a document, speech, standard or house style)',
  },
  'no-examples': {
    zh: '没有 examples（示例），无法自动验证是否标得准',
    one: 'has no examples, so nothing can check that it catches what it should',
    many: 'have no examples, so nothing can check that they catch what they should',
  },
} as const;

function missingPart(code: 'no-source' | 'no-examples', pack: Pack, at: number[]): PackWarning | null {
  if (at.length === 0) return null;
  const what = MISSING[code];
  if (at.length === 1) {
    const label = entryLabel(pack.entries[at[0] - 1]);
    return { code, entries: at, message: { zh: `第 ${at[0]} 条“${label}”${what.zh}`, en: `Entry ${at[0]} “${label}” ${what.one}` } };
  }
  const more = at.length > NAMED_MAX;
  const all = at.length === pack.entries.length;
  const zh = all ? `全部 ${at.length} 条` : `第 ${at.slice(0, NAMED_MAX).join('、')} ${more ? `等 ${at.length} ` : ''}条`;
  const en = all ? `All ${at.length} entries` : `Entries ${at.slice(0, NAMED_MAX).join(', ')}${more ? ', …' : ''} (${at.length} in all)`;
  return { code, entries: at, message: { zh: zh + what.zh, en: `${en} ${what.many}` } };
}

/** Boilerplate counts only when nothing concrete follows; the defaults of the quality rules, no profile needed. */
const NO_PROFILE = { quality: {} } as Pick<Profile, 'quality'> as Profile;

function caught(pack: Pack, entry: PackEntry, text: string): boolean {
  return (pack.rule === 'quality/boilerplate' ? boilerplateMatches(entry, text, NO_PROFILE) : matchEntry(entry, text)).length > 0;
}

/** The text after the entry's own one-click fixes (right to left, so offsets stay valid). */
function applyOwnFix(entry: PackEntry, text: string): string {
  let out = text;
  for (const m of [...matchEntry(entry, text)].reverse()) if (m.replacement !== undefined) out = out.slice(0, m.start) + m.replacement + out.slice(m.start + m.length);
  return out;
}

/** Runs an entry's examples as the rule would: the flag examples it misses and the ok examples it catches. */
function exampleWarnings(pack: Pack, entry: PackEntry, n: number): PackWarning[] {
  const out: PackWarning[] = [];
  const label = entryLabel(entry);
  for (const ex of entry.examples?.flag ?? [])
    if (!caught(pack, entry, ex))
      out.push({
        code: 'example-missed',
        entries: [n],
        message: {
          zh: `第 ${n} 条“${label}”的示例“${ex}”应被标出，实际没有标出；请检查 wrong 或 patterns 是否与示例的写法一致`,
          en: `Entry ${n} “${label}”: the flag example “${ex}” is not caught; check that wrong / patterns match how the example is written`,
        },
      });
  for (const ex of entry.examples?.flag ?? []) {
    const fixed = applyOwnFix(entry, ex);
    if (fixed !== ex && caught(pack, entry, fixed))
      out.push({
        code: 'fix-still-caught',
        entries: [n],
        message: {
          zh: `第 ${n} 条“${label}”把示例“${ex}”改成“${fixed}”后仍会标出；请给这一条加 unless（如正确写法），或改 fix`,
          en: `Entry ${n} “${label}”: its fix turns “${ex}” into “${fixed}”, which is still caught; add unless (e.g. the right form) or change fix`,
        },
      });
  }
  for (const ex of entry.examples?.ok ?? [])
    if (caught(pack, entry, ex))
      out.push({
        code: 'example-caught',
        entries: [n],
        message: {
          zh: `第 ${n} 条“${label}”会把示例“${ex}”标出，但它写明不应标出；这一条会误报正确的写法，请收窄 patterns 或加 unless`,
          en: `Entry ${n} “${label}” catches the ok example “${ex}”: it would flag correct text; narrow its patterns or add unless`,
        },
      });
  return out;
}

/** The warnings for a parsed pack: missing sources and examples (one line each), then examples that fail. */
export function packWarnings(pack: Pack): PackWarning[] {
  const noSource: number[] = [];
  const noExamples: number[] = [];
  pack.entries.forEach((e, i) => {
    if (e.source === undefined) noSource.push(i + 1);
    if (!e.examples || e.examples.flag.length + e.examples.ok.length === 0) noExamples.push(i + 1);
  });
  const out: PackWarning[] = [];
  for (const w of [missingPart('no-source', pack, noSource), missingPart('no-examples', pack, noExamples)]) if (w) out.push(w);
  pack.entries.forEach((e, i) => out.push(...exampleWarnings(pack, e, i + 1)));
  return out;
}

/** Validates a user's pack (see parsePack) and says what it should still get. Throws PackError when invalid. */
export function parseUserPack(data: unknown, source = 'pack'): ParsedUserPack {
  const pack = parsePack(data, source);
  return { pack, warnings: packWarnings(pack) };
}

/** parseUserPack from JSON text; malformed JSON is a PackError with line and column. */
export function parseUserPackJson(text: string, source = 'pack'): ParsedUserPack {
  return parseUserPack(parseJsonText(text, `规则包 ${source}`, PackError), source);
}

/** A warning as one line for people: `规则包 x.json 提示：…` (the CLI's stderr). */
export function packWarningLine(w: PackWarning, source: string, locale: 'zh-CN' | 'en' = 'zh-CN'): string {
  return locale === 'en' ? `rule pack ${source}, hint: ${w.message.en}` : `规则包 ${source} 提示：${w.message.zh}`;
}

/**
 * The rule-pack format: its schema, its types and parsing. Pure.
 *
 * Two levels of strictness:
 *
 * - a **user pack** (settings, `--pack`) may leave out `source` and `examples`, and may write an entry
 *   in the short form `{ "wrong": "规距", "right": "规矩" }` (several wrong forms as an array). Missing
 *   parts are warned about (see pack-warnings.ts), never refused;
 * - a **built-in pack** (src/profiles/packs/) must give every entry in full, with a public `source`,
 *   a `note` and `examples` that must (`flag`) and must not (`ok`) be caught: `parseBuiltinPack`.
 *
 * The short form is expanded here, so everything after parsing sees full entries only. Its `fix`
 * (terms rules only) is the right form, and when the right form contains a wrong one (结对帮扶村 holds
 * 帮扶村) the right form is an `unless`, so correct text is never flagged. The format is documented in
 * docs/packs.md.
 */
import { z } from 'zod';
import { DataFileError, idString, nonEmpty, parseJsonText, regexSource, validateData, type DataProblem } from './validate';

/** The rules that read packs. */
export const PACK_RULES = ['terms/formulation', 'terms/typo', 'quality/boilerplate', 'quality/self-praise'] as const;
export type PackRule = (typeof PACK_RULES)[number];

/** Rules whose short-form entries get a one-click fix (the right form replaces the wrong one). */
const FIXING_RULES: readonly PackRule[] = ['terms/formulation', 'terms/typo'];

const id = idString;

/** A plain phrase (`text`) or a regular expression (`regex`, JavaScript syntax, "u" flag). */
export const packMatcherSchema = z
  .object({ text: nonEmpty.optional(), regex: regexSource.optional() })
  .strict()
  .refine((m) => (m.text === undefined) !== (m.regex === undefined), { message: '必须且只能给出 text 或 regex 之一' });

/** Sentences that must (`flag`) and must not (`ok`) be caught; each list may be left out in a user pack. */
const examplesSchema = z
  .object(
    {
      flag: z.array(nonEmpty).default([]),
      ok: z.array(nonEmpty).default([]),
    },
    { error: (i) => (i.code === 'invalid_type' ? '应写成 {"flag": ["应被标出的例句"], "ok": ["不应被标出的例句"]}' : undefined) },
  )
  .strict();

const entryFields = {
  /** Unique within the pack; a short-form entry without one gets `pair-<position>`. */
  id,
  /** The correct form, shown to the user ("政治意识、大局意识、核心意识、看齐意识"). */
  expected: nonEmpty,
  /** What the entry catches. Matched on normalised text (see `normalizeText`). */
  patterns: z.array(packMatcherSchema).min(1, '至少需要一个模式').optional(),
  /** The items of a fixed enumeration in their fixed order; flags reordering and a missing item. */
  sequence: z.array(nonEmpty).min(2, '至少需要两项').optional(),
  /** A match overlapping one of these is not flagged (e.g. a correct longer phrase). */
  unless: z.array(packMatcherSchema).default([]),
  /**
   * The entry is off for a document in which any paragraph matches one of these: a wording that was the
   * official one in a given year's notice (“深刻感悟‘两个确立’” in the 2021 党史学习教育专题民主生活会).
   */
  unlessDocument: z.array(packMatcherSchema).optional(),
  /** Replacement for the matched text ($& = the match, $1…$9 = groups); omit when no safe fix exists. */
  fix: z.string().optional(),
  severity: z.enum(['error', 'warning', 'info'], {
    error: (i) => (i.input === undefined ? '缺少必填项“severity”（级别：error、warning 或 info）' : '应为 error（错误）、warning（警告）或 info（提示）之一'),
  }),
  /** Short explanation, zh-CN (may be empty in a user pack; built-ins must give one). */
  note: z.string(),
  /** Short explanation, English. */
  noteEn: z.string().optional(),
  /** Public source (document, speech, standard); URLs go to docs/rules.md. Optional in a user pack. */
  source: nonEmpty.optional(),
  /** Which message the rule shows: "wrong" (default: not the standard form) or "doubled" (a character or mark written twice). */
  message: z.enum(['wrong', 'doubled']).optional(),
  /** Self-test sentences. Optional in a user pack. */
  examples: examplesSchema.optional(),
};

/** A full entry. */
export const packEntrySchema = z
  .object(entryFields)
  .strict()
  .refine((e) => (e.patterns === undefined) !== (e.sequence === undefined), { message: '必须且只能给出 patterns 或 sequence 之一' })
  .refine((e) => !(e.sequence && e.fix !== undefined), { message: 'sequence 条目不能带 fix（自动生成）', path: ['fix'] });

/** The short form of an entry: the wrong form(s) and the right one. */
export const packShorthandSchema = z
  .object({
    /** What is written wrongly: one phrase or several. */
    wrong: z.union([nonEmpty, z.array(nonEmpty).min(1, '至少需要一个错误写法')], {
      error: (i) => (i.input === undefined ? '缺少必填项“wrong”（错误写法）' : '应为一个词语（"规距"）或几个词语的列表（["规距", "规炬"]）'),
    }),
    /** The right form (the expected form and the one-click fix). Required for terms rules. */
    right: nonEmpty.optional(),
    id: id.optional(),
    severity: entryFields.severity.default('warning'),
    note: z.string().default(''),
    noteEn: z.string().optional(),
    source: nonEmpty.optional(),
    examples: examplesSchema.optional(),
    unless: z.array(packMatcherSchema).optional(),
  })
  .strict();

export type PackMatcher = z.infer<typeof packMatcherSchema>;
export type PackEntry = z.infer<typeof packEntrySchema>;
export type PackShorthand = z.infer<typeof packShorthandSchema>;
type ShorthandAt = PackShorthand & { shorthand: true };

const isObject = (v: unknown): v is object => typeof v === 'object' && v !== null && !Array.isArray(v);
/** The short form has `wrong`; one with `right` but no `wrong` is a short form with `wrong` misspelt or missing. */
const isShorthand = (v: unknown): boolean => isObject(v) && ('wrong' in v || ('right' in v && !('expected' in v)));

/** One entry as written: the short form (kept for expansion, which needs the pack's rule) or a full entry. */
const entryInputSchema = z.unknown().transform((v, ctx): PackEntry | ShorthandAt => {
  if (!isObject(v)) {
    ctx.addIssue({ code: 'custom', message: '每个条目应写成 {"wrong": "错误写法", "right": "正确写法"} 这样的对象（或完整写法，见 docs/packs.md）' });
    return z.NEVER;
  }
  const r = isShorthand(v) ? packShorthandSchema.safeParse(v) : packEntrySchema.safeParse(v);
  if (!r.success) {
    for (const issue of r.error.issues) ctx.addIssue(issue as Parameters<typeof ctx.addIssue>[0]);
    return z.NEVER;
  }
  return isShorthand(v) ? { ...(r.data as PackShorthand), shorthand: true } : (r.data as PackEntry);
});

/** `$` in a literal replacement must not read as $& or $1. */
const literalFix = (s: string) => s.replace(/\$/g, '$$$$');

/** A short-form entry as the full entry it stands for. */
export function expandShorthand(s: PackShorthand, rule: PackRule, entryId: string): PackEntry {
  const wrong = typeof s.wrong === 'string' ? [s.wrong] : s.wrong;
  const right = s.right;
  const unless = [...(s.unless ?? [])];
  // 结对帮扶村 holds 帮扶村: the right form is never flagged. Not when a wrong form holds the right one
  // (坚决维护核心 → 坚决维护): that would silence every match.
  if (right !== undefined && wrong.some((w) => right.includes(w)) && !wrong.some((w) => w.includes(right))) unless.push({ text: right });
  return {
    id: entryId,
    expected: right ?? wrong[0],
    patterns: wrong.map((text) => ({ text })),
    unless,
    ...(right !== undefined && FIXING_RULES.includes(rule) ? { fix: literalFix(right) } : {}),
    severity: s.severity,
    note: s.note,
    ...(s.noteEn !== undefined ? { noteEn: s.noteEn } : {}),
    ...(s.source !== undefined ? { source: s.source } : {}),
    ...(s.examples !== undefined ? { examples: s.examples } : {}),
  };
}

/** A free id for the short-form entry at `index`: pair-<position>, made unique against the pack's own ids. */
function autoId(index: number, taken: Set<string>): string {
  let out = `pair-${index + 1}`;
  for (let k = 2; taken.has(out); k++) out = `pair-${index + 1}-${k}`;
  taken.add(out);
  return out;
}

export const packSchema = z
  .object({
    $schema: z.string().optional(),
    schemaVersion: z.literal(1),
    id,
    name: nonEmpty,
    description: z.string().default(''),
    rule: z.enum(PACK_RULES),
    entries: z.array(entryInputSchema).min(1, '至少需要一个条目'),
  })
  .strict()
  .superRefine((p, ctx) => {
    p.entries.forEach((e, i) => {
      if (!('shorthand' in e)) return;
      if (e.right === undefined && FIXING_RULES.includes(p.rule))
        ctx.addIssue({ code: 'custom', path: ['entries', i, 'right'], message: `缺少必填项“right”（正确写法）：${p.rule} 的简写条目要写明正确写法` });
      const same = (typeof e.wrong === 'string' ? [e.wrong] : e.wrong).find((w) => w === e.right);
      if (same !== undefined) ctx.addIssue({ code: 'custom', path: ['entries', i, 'wrong'], message: `错误写法“${same}”与正确写法相同，会把正确的写法标出` });
    });
    const seen = new Map<string, number>();
    p.entries.forEach((e, i) => {
      if (e.id === undefined) return;
      if (seen.has(e.id)) ctx.addIssue({ code: 'custom', path: ['entries', i, 'id'], message: `id "${e.id}" 与 entries[${seen.get(e.id)}] 重复` });
      else seen.set(e.id, i);
    });
  })
  .transform((p) => {
    const taken = new Set(p.entries.map((e) => e.id).filter((x): x is string => x !== undefined));
    const entries = p.entries.map((e, i) => ('shorthand' in e ? expandShorthand(e, p.rule, e.id ?? autoId(i, taken)) : e));
    return { ...p, entries };
  });

export type Pack = z.output<typeof packSchema>;
export type PackInput = z.input<typeof packSchema>;

/** A built-in entry: everything a user pack may leave out is there. */
export type StrictPackEntry = PackEntry & { source: string; examples: { flag: string[]; ok: string[] } };
export type StrictPack = Omit<Pack, 'entries'> & { entries: StrictPackEntry[] };

/** What a built-in pack must give on top of the user format: every entry in full, with note, source and both kinds of example. */
function strictProblems(data: unknown): DataProblem[] {
  const out: DataProblem[] = [];
  const entries = isObject(data) ? (data as { entries?: unknown }).entries : undefined;
  if (!Array.isArray(entries)) return out; // the schema says what is wrong with it
  entries.forEach((raw, i) => {
    if (!isObject(raw)) return;
    const e = raw as Record<string, unknown>;
    const at = (field: string, message: string) => out.push({ path: `entries[${i}].${field}`, message });
    if ('wrong' in e) at('wrong', '内置规则包不用简写（wrong/right），请写完整条目');
    for (const [field, what] of [['note', '说明'], ['source', '出处']] as const)
      if (typeof e[field] !== 'string' || e[field] === '') at(field, e[field] === undefined ? `缺少必填项“${field}”（${what}）` : '不能为空');
    const ex = e.examples;
    if (!isObject(ex)) at('examples', '缺少必填项“examples”（示例）');
    else {
      const lists = ex as { flag?: unknown; ok?: unknown };
      if (!Array.isArray(lists.flag) || lists.flag.length === 0) at('examples.flag', '至少需要一个应被标出的例句');
      if (!Array.isArray(lists.ok) || lists.ok.length === 0) at('examples.ok', '至少需要一个不应被标出的例句');
    }
  });
  return out;
}

/** A pack that failed validation: every problem with the JSON path of the bad field. */
export class PackError extends DataFileError {
  override name = 'PackError';
}

/** Validates parsed JSON as a (user) rule pack; throws PackError listing each bad field's path. Short-form entries come back expanded. */
export function parsePack(data: unknown, source = 'pack'): Pack {
  return validateData(packSchema, data, `规则包 ${source}`, PackError);
}

/** Parses rule-pack JSON text; malformed JSON is a PackError too. */
export function parsePackJson(text: string, source = 'pack'): Pack {
  return parsePack(parseJsonText(text, `规则包 ${source}`, PackError), source);
}

/** Validates a built-in pack: the user format, plus a note, a source and flag and ok examples for every entry. */
export function parseBuiltinPack(data: unknown, source: string): StrictPack {
  const problems = strictProblems(data);
  if (problems.length) throw new PackError(`内置规则包 ${source} 不符合格式要求：\n${problems.map((p) => `  ${p.path}: ${p.message}`).join('\n')}`, problems);
  return parsePack(data, source) as StrictPack;
}

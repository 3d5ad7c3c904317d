/**
 * Profiles: the data that says what a 对照检查材料 for one kind of meeting must contain.
 * Code holds no meeting-specific text; everything below comes from a profile file.
 * The schema is the single source of truth: the TypeScript types are inferred from it.
 */
import { z } from 'zod';
import { DataFileError, idString, nonEmpty, parseJsonText, regexSource, validateData } from './validate';

const id = idString;

/** A weighted pattern: a plain phrase (`text`) or a regular expression (`regex`). */
export const matcherSchema = z
  .object({
    text: nonEmpty.optional(),
    regex: regexSource.optional(),
    weight: z.number().positive().default(1),
  })
  .strict()
  .refine((m) => (m.text === undefined) !== (m.regex === undefined), { message: '必须且只能给出 text 或 regex 之一' });

export const sectionSchema = z
  .object({
    id,
    /** Canonical title without its number, e.g. "学习情况". */
    title: nonEmpty,
    /** Titles accepted as the same section ("理论学习情况", "学习贯彻情况"…); matched after normalisation. */
    variants: z.array(nonEmpty).default([]),
    /** Weighted words that identify the section's heading by meaning, when no variant matches. */
    keywords: z.array(matcherSchema).default([]),
    /**
     * The built-in concept the heading is recognised by (problems, causes, measures, study, prior; see
     * src/core/stages/concepts.ts). Defaults to the section id when that is one of them.
     */
    concept: z.enum(['problems', 'causes', 'measures', 'study', 'prior']).optional(),
    /**
     * Extra concepts of this section's heading: a heading that contains one of `words` (and, when given, one of
     * `with`, and none of `unless`) is this section. Matched on both scripts, after the built-in concept.
     */
    concepts: z
      .array(z.object({ words: z.array(nonEmpty).min(1), with: z.array(nonEmpty).default([]), unless: z.array(nonEmpty).default([]) }).strict())
      .default([]),
    required: z.boolean(),
    /** "preamble" is the unnumbered opening before the first heading; "heading" sections are numbered 一、二、… */
    kind: z.enum(['preamble', 'heading']).default('heading'),
    /** This section holds the focus areas (the problems section). */
    holdsFocusAreas: z.boolean().default(false),
    /** Paragraphs to insert under the heading (or as the preamble); may use placeholders 【待填写：…】. */
    skeleton: z.array(nonEmpty).default([]),
    description: z.string().optional(),
  })
  .strict();

export const aspectSchema = z
  .object({
    id,
    /** Short title, e.g. "学习贯彻". */
    title: nonEmpty,
    /** The exact required wording, e.g. "在学习贯彻上有没有领会不深、把握不准等问题". */
    requirement: nonEmpty,
    /** Words whose presence in the writer's own text addresses the aspect (weight 2 each unless given). */
    keywords: z.array(matcherSchema).min(1, '至少需要一个关键词'),
  })
  .strict();

export const focusAreaSchema = z
  .object({
    id,
    /** Short title, e.g. "聚焦高质量发展". */
    title: nonEmpty,
    /** Title used for an inserted level-2 heading ("在推动高质量发展方面"). */
    headingTitle: nonEmpty.optional(),
    /** The full required wording of the focus, as in the meeting's plan. */
    requirement: nonEmpty,
    /** Words that identify a paragraph or heading as being about this focus area. */
    keywords: z.array(matcherSchema).min(1, '至少需要一个关键词'),
    aspects: z.array(aspectSchema).min(1, '至少需要一个方面'),
    /** Paragraphs to insert for this focus area when it is missing. */
    skeleton: z.array(nonEmpty).min(1),
  })
  .strict();

/** Typeface and size of one kind of paragraph in a written .docx (`xingshen new`, and `fix` when nothing to copy). */
const textRole = (font: string, sizePt: number, align: 'left' | 'center' | 'both' = 'both') =>
  z
    .object({
      /** East-Asian font name as Word stores it (w:eastAsia), e.g. "仿宋_GB2312". */
      font: nonEmpty.default(font),
      /** Font for Latin letters and digits (w:ascii/w:hAnsi); defaults to `font`. */
      latinFont: nonEmpty.optional(),
      /** Size in points: 2号 = 22, 3号 = 16, 4号 = 14. */
      sizePt: z.number().positive().max(200).default(sizePt),
      bold: z.boolean().default(false),
      align: z.enum(['left', 'center', 'both', 'right']).default(align),
    })
    .strict();

/**
 * Page layout for written .docx files. Defaults follow GB/T 9704-2012《党政机关公文格式》: A4; margins
 * 37/35/28/26 mm; title 2号小标宋 centred; body 3号仿宋 with a 2-character first-line indent and fixed
 * 28.95 pt lines (22 lines a page); 一、 headings 黑体, （一） headings 楷体. A unit's own rules may differ.
 */
export const layoutSchema = z
  .object({
    pageWidthMm: z.number().positive().default(210),
    pageHeightMm: z.number().positive().default(297),
    marginTopMm: z.number().nonnegative().default(37),
    marginBottomMm: z.number().nonnegative().default(35),
    marginLeftMm: z.number().nonnegative().default(28),
    marginRightMm: z.number().nonnegative().default(26),
    /** Fixed ("exactly") line spacing in points for every paragraph. */
    lineSpacingPt: z.number().positive().max(200).default(28.95),
    /** First-line indent of body paragraphs and headings, in characters. */
    firstLineChars: z.number().nonnegative().max(10).default(2),
    title: textRole('方正小标宋简体', 22, 'center').prefault({}),
    body: textRole('仿宋_GB2312', 16).prefault({}),
    heading1: textRole('黑体', 16).prefault({}),
    heading2: textRole('楷体_GB2312', 16).prefault({}),
    /** Page numbers "— 1 —" in 4号半角宋体 (GB/T 9704-2012 §7.5): odd pages right, even pages left, one character in. */
    pageNumbers: z.boolean().default(true),
    pageNumberFont: nonEmpty.default('宋体'),
    /** A 署名 and 日期 block (placeholders) at the end of a new draft. */
    signature: z.boolean().default(true),
  })
  .strict();

export const profileSchema = z
  .object({
    $schema: z.string().optional(),
    schemaVersion: z.literal(1),
    id,
    name: nonEmpty,
    description: z.string().default(''),
    /** Public sources of the framework's wording (title and address of the notice or report it comes from). */
    source: z.array(z.object({ title: nonEmpty, url: nonEmpty, note: z.string().optional() }).strict()).optional(),
    /** Patterns that identify documents written for this profile (used by --profile auto). */
    signals: z
      .array(
        z
          .object({ label: nonEmpty, text: nonEmpty.optional(), regex: regexSource.optional(), weight: z.number().positive().default(1) })
          .strict()
          .refine((m) => (m.text === undefined) !== (m.regex === undefined), { message: '必须且只能给出 text 或 regex 之一' }),
      )
      .default([]),
    /** The document title: recommended before the preamble. */
    title: z
      .object({ recommended: z.boolean().default(true), skeleton: nonEmpty, keywords: z.array(nonEmpty).default([]) })
      .strict()
      .optional(),
    sections: z.array(sectionSchema).min(1, '至少需要一个部分'),
    focusAreas: z.array(focusAreaSchema).default([]),
    /**
     * When true the focus areas come from the document itself: the framework the opening declares
     * ("对照'五个带头'", "6个重点方面") says how many focus subsections the problems section must hold.
     */
    focusFromDocument: z.boolean().default(false),
    /** Skeleton for one document-declared focus area; {n} is its number. */
    documentFocusSkeleton: z.array(nonEmpty).default([]),
    /** Thresholds and word lists used by the quality rules (free-form, documented per rule). */
    quality: z.record(z.string(), z.unknown()).default({}),
    /** Thresholds for the batch verdict 达标 / 需修改 / 不达标 (see verdict.ts). */
    verdict: z
      .object({
        /** 达标 needs at most this many errors… */
        passMaxErrors: z.number().int().min(0).default(0),
        /** …at most this many warnings… */
        passMaxWarnings: z.number().int().min(0).default(5),
        /** …and at least this share of focus aspects addressed (0-1). */
        passMinAspectShare: z.number().min(0).max(1).default(1),
        /** 不达标 from this many errors… */
        failMinErrors: z.number().int().min(1).default(3),
        /** …or when a required section is missing… */
        failOnMissingSection: z.boolean().default(true),
        /** …or when fewer than this share of focus aspects are addressed (0-1). */
        failBelowAspectShare: z.number().min(0).max(1).default(0.5),
      })
      .strict()
      .prefault({}),
    /** Layout of written .docx files (`xingshen new`/`fix`); omitted fields take the GB/T 9704-2012 defaults. */
    layout: layoutSchema.optional(),
  })
  .strict()
  .superRefine((p, ctx) => {
    const seen = new Map<string, string>();
    const check = (value: string, path: (string | number)[]) => {
      if (seen.has(value)) ctx.addIssue({ code: 'custom', path, message: `id "${value}" 与 ${seen.get(value)} 重复` });
      else seen.set(value, path.join('.'));
    };
    p.sections.forEach((s, i) => check(s.id, ['sections', i, 'id']));
    p.focusAreas.forEach((f, i) => {
      check(f.id, ['focusAreas', i, 'id']);
      f.aspects.forEach((a, j) => check(a.id, ['focusAreas', i, 'aspects', j, 'id']));
    });
    if (p.focusAreas.length > 0 && !p.sections.some((s) => s.holdsFocusAreas)) {
      ctx.addIssue({ code: 'custom', path: ['sections'], message: '有重点方面(focusAreas)时，必须有一个部分设 holdsFocusAreas: true' });
    }
    if (p.sections.filter((s) => s.holdsFocusAreas).length > 1) {
      ctx.addIssue({ code: 'custom', path: ['sections'], message: '只能有一个部分设 holdsFocusAreas: true' });
    }
    const pre = p.sections.findIndex((s) => s.kind === 'preamble');
    if (pre > 0) ctx.addIssue({ code: 'custom', path: ['sections', pre, 'kind'], message: '开篇(preamble)必须是第一个部分' });
  });

export type Matcher = z.infer<typeof matcherSchema>;
export type SectionSpec = z.infer<typeof sectionSchema>;
export type AspectSpec = z.infer<typeof aspectSchema>;
export type FocusAreaSpec = z.infer<typeof focusAreaSchema>;
export type Profile = z.infer<typeof profileSchema>;
export type Layout = z.infer<typeof layoutSchema>;
export type TextRole = Layout['body'];

/** A profile's layout with every default filled in (GB/T 9704-2012 when the profile has none). */
export function layoutOf(p: Pick<Profile, 'layout'>): Layout {
  return p.layout ?? layoutSchema.parse({});
}
/** What a profile file may contain before defaults are filled in. */
export type ProfileInput = z.input<typeof profileSchema>;

/** A profile that failed validation: every problem with the JSON path of the bad field. */
export class ProfileError extends DataFileError {
  override name = 'ProfileError';
}

/** Validates parsed JSON as a profile; throws ProfileError listing each bad field's path. */
export function parseProfile(data: unknown, source = 'profile'): Profile {
  return validateData(profileSchema, data, `配置文件 ${source}`, ProfileError);
}

/** Parses profile JSON text; malformed JSON is a ProfileError too, never a raw SyntaxError. */
export function parseProfileJson(text: string, source = 'profile'): Profile {
  return parseProfile(parseJsonText(text, `配置文件 ${source}`, ProfileError), source);
}

/** Every aspect of a profile, in profile order, with its focus area. */
export function allAspects(p: Profile): { focus: FocusAreaSpec; aspect: AspectSpec }[] {
  return p.focusAreas.flatMap((focus) => focus.aspects.map((aspect) => ({ focus, aspect })));
}

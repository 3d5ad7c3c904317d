/** The engine's analysis of one document against one profile: what every rule reads. */
import type { FocusAreaResult, SectionResult } from './result';
import type { Normalised } from './stages/normalise';
import type { Explanation } from './stages/explanation';

/** How a heading number is written. */
export type NumberForm =
  | 'cn-dun' // 一、
  | 'cn-dot' // 一. 一．
  | 'cn-paren' // （一） (一)
  | 'ar-dot' // 1.
  | 'ar-dun' // 1、
  | 'ar-paren' // （1） (1)
  | 'style'; // a heading style with no number

export interface Heading {
  paragraph: number;
  level: 1 | 2 | 3;
  /** The number the marker shows (1-based), null for unnumbered styled headings. */
  number: number | null;
  form: NumberForm;
  /** Where the number came from: typed in the text, rendered auto-numbering, or only a style. */
  source: 'typed' | 'list' | 'style';
  /** The marker as written ("一、", "（二）"), empty for style-only headings. */
  marker: string;
  /** Offset/length of a typed marker within the paragraph text (0/0 otherwise). */
  markerStart: number;
  markerLength: number;
  /** Heading title: text after the marker, up to the first sentence end for run-in headings. */
  title: string;
  /** Offset of the title within the paragraph text. */
  titleStart: number;
  /** True when body text follows the title in the same paragraph (“（一）政治素养标准不高。虽然……”). */
  runIn: boolean;
}

/** One item of a run-in series such as 一是…二是…三要…. */
export interface SeriesItem {
  paragraph: number;
  /** Offset of the item marker within the paragraph text, and its length ("一是" = 2). */
  start: number;
  length: number;
  number: number;
  /** The word after the number: 是, 要, 则, 方面… */
  word: string;
}

export interface Span {
  start: number;
  end: number; // inclusive
}

/** A block of the problems section that talks about one focus area. */
export interface FocusBlock {
  /** First and last paragraph of the block. */
  start: number;
  end: number;
  /** The focus area matched (profile id, or "d<n>" for document-declared ones), null when unknown. */
  focusId: string | null;
  /** How the block starts: a heading, a 聚焦 paragraph, or a plain paragraph. */
  kind: 'heading' | 'formula' | 'paragraph';
  /** Per paragraph of the block, the restated-requirement prefix length (0 when none). */
  restated: Map<number, number>;
  /** Short title shown for document-declared focus areas. */
  title: string;
}

export interface Claim {
  paragraph: number;
  start: number;
  length: number;
  /** The declared count. */
  count: number;
  /** The counted noun: 方面, 聚焦, 带头… */
  noun: string;
  /** Whether the noun is followed by 问题 ("十个方面问题"). */
  aboutProblems: boolean;
  text: string;
  /**
   * What the claim was taken as: the framework count (checked against the focus items), a count of problems
   * (checked against the problems or aspects listed), or ignored (a study requirement, last year's
   * rectification, a quotation, a repeat of an earlier claim). Undefined = checked as before roles existed.
   */
  role?: 'framework' | 'problems' | 'ignored';
  /** Why it has its role (for explanations). */
  why?: string;
  /** What it was checked against (stages/claims.ts checkClaims) and the count found there. */
  against?: 'items' | 'clauses' | 'aspects' | 'sub-items';
  actual?: number;
  /** The items the opening names for a framework claim ("即在服务企业一线、基层治理一线…"), when it does. */
  names?: string[];
  /** Named items no focus item is about (checkClaims). */
  missingNames?: string[];
}

export interface Analysis {
  headings: Heading[];
  /** Run-in series found, one array per paragraph that has two or more items. */
  series: SeriesItem[][];
  /** The title paragraph, if one was recognised. */
  title: number | null;
  sections: SectionResult[];
  /** Span of each present section (by section id), inclusive, heading included. */
  spans: Record<string, Span>;
  /** Section id per paragraph (null for the title, empty paragraphs before anything, or unknown headings). */
  sectionOfParagraph: (string | null)[];
  focusAreas: FocusAreaResult[];
  blocks: FocusBlock[];
  claims: Claim[];
  /** Document-declared framework size (generic profile), when the opening states one. */
  declaredFocusCount: number | null;
  /** Paragraphs that contain an unfilled skeleton placeholder. */
  placeholderParagraphs: Set<number>;
  /** Rare characters per paragraph (Mark bits, see marks.ts): rules skip paragraphs without theirs. */
  marks: Uint8Array;
  /**
   * Stage 1's view: the matching text, non-content lines, and the logical paragraphs of hard-wrapped text.
   * Rules that judge a whole paragraph (quotes, examples…) should judge `normalised.logical[normalised.logicalOf[i]]`
   * and map offsets back with `toOriginal` (src/core/stages/normalise.ts).
   */
  normalised: Normalised;
  /** Every decision of the stages with its evidence (CheckResult.explanations). */
  explanations: Explanation[];
  /** Sub-items (1. / 一是…) listed under the focus items: what a "N个问题" claim may count. */
  subItemCount: number;
  /** The heading to suggest for each missing or heading-less section ("三、原因分析"), numbered from the document's own numbering. */
  suggestedHeadings: Record<string, string>;
  /** Whose report it is (个人 / 班子 / 支部), from its opening: what a suggested title says. */
  kind?: '个人' | '班子' | '支部';
}

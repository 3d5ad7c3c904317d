/** Insert plans: what the skeleton planner proposes and every host applies the same way. */

export type PlannedRole = 'title' | 'heading1' | 'heading2' | 'body';

export interface PlannedParagraph {
  text: string;
  role: PlannedRole;
  /** Only in a new draft: the 署名 / 日期 lines at its end, set right-aligned two characters in (GB/T 9704-2012 §7.3.5.2). */
  place?: 'signature';
}

export interface InsertOp {
  /** Stable key: "title", "section:<id>", "focus:<id>", "docfocus:<n>". Inserting the same key twice is a no-op. */
  key: string;
  kind: 'title' | 'section' | 'focus';
  /** Human label for the preview, zh-CN. */
  label: string;
  /**
   * Paragraph index in the ORIGINAL document the insertion is relative to; null means the document is
   * empty (insert at the start). Hosts apply ops in plan order; anchors never refer to inserted paragraphs.
   */
  anchor: number | null;
  position: 'before' | 'after';
  paragraphs: PlannedParagraph[];
  /** A paragraph of the same level whose formatting the inserted heading should copy, if any. */
  styleFrom?: number;
  /** The neighbouring headings are auto-numbered: insert the heading text without a typed number. */
  autoNumbered?: boolean;
}

export interface RenumberOp {
  /** Paragraph whose typed number changes. */
  paragraph: number;
  /** Offset and length of the number marker within the paragraph text. */
  start: number;
  length: number;
  from: string;
  to: string;
}

export interface InsertPlan {
  ops: InsertOp[];
  renumber: RenumberOp[];
}

/** Marker that opens every placeholder we insert; the checker treats text containing it as unfilled. */
export const PLACEHOLDER_OPEN = '【待填写：';
export const PLACEHOLDER_CLOSE = '】';

/**
 * The document model every reader produces and every rule reads.
 *
 * A document is the list of its body paragraphs in order. Paragraph indexes are 0-based over
 * all body paragraphs, empty ones and table-cell paragraphs included, so an index means the
 * same paragraph in Word, in a .docx file and in the engine.
 */

/** Locale-independent built-in style identity, as Word's `styleBuiltIn` names it. */
export type BuiltInStyle =
  | 'Title'
  | 'Heading1'
  | 'Heading2'
  | 'Heading3'
  | 'Heading4'
  | 'Heading5'
  | 'Heading6'
  | 'Heading7'
  | 'Heading8'
  | 'Heading9'
  | 'Normal'
  | 'ListParagraph'
  | 'Other';

export interface Paragraph {
  /** The paragraph's own text, without auto-numbering (that is in `listString`). */
  text: string;
  /** Built-in style identity, when the reader can tell (never a localized name such as "标题 1"). */
  style?: BuiltInStyle;
  /** Outline level 1-9 from the style or paragraph properties; undefined for body text. */
  outlineLevel?: number;
  /** Rendered auto-numbering, e.g. "一、" or "（一）", for list paragraphs; NOT part of `text`. */
  listString?: string;
  /** 0-based list level for list paragraphs. */
  listLevel?: number;
  /** True when the paragraph sits in a table cell. */
  inTable?: boolean;
}

export interface DocModel {
  paragraphs: Paragraph[];
}

/** Builds a model from plain text lines (what the .txt reader and many tests use). */
export function modelFromLines(lines: readonly string[]): DocModel {
  return { paragraphs: lines.map((text) => ({ text })) };
}

/** The text a reader sees for a paragraph: the auto-number (if any) followed by the text. */
export function displayText(p: Paragraph): string {
  return p.listString ? p.listString + p.text : p.text;
}

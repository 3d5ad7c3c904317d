/**
 * The labelled corpus (docs/corpus-format.md): the line markers of a report file → DocModel, label files, anchors.
 * Used by the eval harness (test/eval/run.ts) and its tests; no dependency on the engine's internals.
 */
import { readdirSync, readFileSync, statSync } from 'fs';
import * as path from 'path';
import type { DocModel, Paragraph } from '../../src/core/model';

/** One line of a report file → one paragraph (the marker, if any, gives what a .docx would carry). */
export function paragraphFromLine(line: string): Paragraph {
  let m = /^@h([123]) (.*)$/s.exec(line);
  if (m) {
    const level = Number(m[1]);
    return { text: m[2], style: `Heading${level}` as Paragraph['style'], outlineLevel: level };
  }
  m = /^@title (.*)$/s.exec(line);
  if (m) return { text: m[1], style: 'Title' };
  m = /^@list(\d)\[([^\]]*)\] ?(.*)$/s.exec(line);
  if (m) return { text: m[3], listString: m[2], listLevel: Number(m[1]) };
  m = /^@h([12])list\[([^\]]*)\] ?(.*)$/s.exec(line);
  if (m) {
    const level = Number(m[1]);
    return { text: m[3], style: `Heading${level}` as Paragraph['style'], outlineLevel: level, listString: m[2], listLevel: level - 1 };
  }
  m = /^@table (.*)$/s.exec(line);
  if (m) return { text: m[1], inTable: true };
  return { text: line };
}

/** Splits a report file into lines exactly as the CLI's .txt reader counts paragraphs (BOM and CRLF fine). */
export function reportLines(text: string): string[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

export function docFromReport(text: string): DocModel {
  return { paragraphs: reportLines(text).map(paragraphFromLine) };
}

export interface SectionLabel {
  id: string;
  anchor: string | null;
  headingMissing?: boolean;
}
export interface FocusLabel {
  anchor: string | null;
  status: 'addressed' | 'weak' | 'missing';
  area?: string;
}
export interface ClaimLabel {
  anchor: string;
  text: string;
  declared: number;
  actual: number;
}
export interface SpanLabel {
  anchor: string;
  text?: string;
  rule?: string;
  rules?: string[];
}
export interface DefectLabel {
  rule: string;
  anchor: string | null;
  text?: string;
  area?: string;
}
export interface Label {
  framework: string;
  kind: '个人' | '班子' | '支部';
  styles: string[];
  expectProfile: string;
  clean: boolean;
  sections: SectionLabel[];
  focusItems: FocusLabel[];
  claims: ClaimLabel[];
  notClaims: SpanLabel[];
  /** anchor null: a defect of the whole document (a missing item or section), matched by rule alone. */
  defects: DefectLabel[];
  mustNotFlag: SpanLabel[];
}

/** A label file that does not fit the format, or an anchor that names no line or several. */
export class LabelError extends Error {
  override name = 'LabelError';
}

export function parseLabel(json: string, source: string): Label {
  let raw: Record<string, unknown>;
  try {
    raw = JSON.parse(json) as Record<string, unknown>;
  } catch (e) {
    throw new LabelError(`${source}：不是有效的 JSON（${(e as Error).message}）`);
  }
  if (typeof raw !== 'object' || raw === null) throw new LabelError(`${source}：应为一个对象`);
  const arr = <T>(k: string): T[] => {
    const v = raw[k];
    if (v === undefined) return [];
    if (!Array.isArray(v)) throw new LabelError(`${source}：${k} 应为数组`);
    return v as T[];
  };
  if (typeof raw.expectProfile !== 'string') throw new LabelError(`${source}：缺少 expectProfile`);
  return {
    framework: String(raw.framework ?? ''),
    kind: (raw.kind as Label['kind']) ?? '个人',
    styles: arr<string>('styles'),
    expectProfile: raw.expectProfile,
    clean: raw.clean === true,
    sections: arr<SectionLabel>('sections'),
    focusItems: arr<FocusLabel>('focusItems'),
    claims: arr<ClaimLabel>('claims'),
    notClaims: arr<SpanLabel>('notClaims'),
    defects: arr<DefectLabel>('defects'),
    mustNotFlag: arr<SpanLabel>('mustNotFlag'),
  };
}

/** The paragraph index of the one line containing `anchor` (marker excluded); LabelError when none or several. */
export function anchorIndex(doc: DocModel, anchor: string, source: string): number {
  const hits: number[] = [];
  doc.paragraphs.forEach((p, i) => {
    if (((p.listString ?? '') + p.text).includes(anchor)) hits.push(i);
  });
  if (hits.length === 0) throw new LabelError(`${source}：锚点“${anchor}”不在任何一行中`);
  if (hits.length > 1) throw new LabelError(`${source}：锚点“${anchor}”出现在多行（第${hits.map((h) => h + 1).join('、')}行），请写得更具体`);
  return hits[0];
}

/** Offset and length of `text` inside the anchored paragraph's text (LabelError when it is not there). */
export function spanIn(doc: DocModel, paragraph: number, text: string, source: string): { start: number; length: number } {
  const t = doc.paragraphs[paragraph].text;
  const i = t.indexOf(text);
  if (i === -1) throw new LabelError(`${source}：第${paragraph + 1}行中没有“${text}”`);
  return { start: i, length: text.length };
}

export interface CorpusItem {
  /** Path relative to the corpus folder. */
  name: string;
  text: string;
  label: Label;
}

/** Every report under `dir` (recursively) that has a .label.json beside it. Reports without labels are listed in `unlabelled`. */
export function loadCorpus(dir: string): { items: CorpusItem[]; unlabelled: string[] } {
  const items: CorpusItem[] = [];
  const unlabelled: string[] = [];
  const walk = (d: string): void => {
    for (const e of readdirSync(d).sort()) {
      const full = path.join(d, e);
      if (statSync(full).isDirectory()) walk(full);
      else if (e.endsWith('.txt')) {
        const labelFile = full.replace(/\.txt$/, '.label.json');
        const name = path.relative(dir, full);
        let json: string;
        try {
          json = readFileSync(labelFile, 'utf8');
        } catch {
          unlabelled.push(name);
          continue;
        }
        items.push({ name, text: readFileSync(full, 'utf8'), label: parseLabel(json, path.relative(dir, labelFile)) });
      }
    }
  };
  walk(dir);
  return { items, unlabelled };
}

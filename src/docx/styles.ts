/**
 * styles.xml: resolves a paragraph style id to a locale-independent built-in identity.
 *
 * Style ids and display names are not reliable: WPS writes numeric ids ("1", "2") and
 * Chinese names ("标题 1"), Word writes localized ids ("1" … or "Heading1"). We use, per style in
 * the `w:basedOn` chain: the English built-in `w:name` ("heading 1", "Title", "Normal",
 * "List Paragraph"; Word always stores these in English), then the style's own `w:outlineLvl`.
 */
import type { BuiltInStyle } from '../core/model';
import { intAttr, parseXml } from './xml';

export interface StyleDef {
  id: string;
  type: string;
  name?: string;
  basedOn?: string;
  isDefault: boolean;
  /** Own `w:pPr/w:outlineLvl` (0-based; 9 = body text). */
  outlineLvl?: number;
  /** Own `w:pPr/w:numPr`. */
  numId?: string;
  ilvl?: number;
}

const BUILTIN_NAMES: Record<string, BuiltInStyle> = {
  title: 'Title',
  normal: 'Normal',
  'list paragraph': 'ListParagraph',
};
for (let i = 1; i <= 9; i++) BUILTIN_NAMES[`heading ${i}`] = `Heading${i}` as BuiltInStyle;

export function builtInFromName(name: string | undefined): BuiltInStyle | undefined {
  return name === undefined ? undefined : BUILTIN_NAMES[name.trim().toLowerCase()];
}

/** Only for a style id that styles.xml does not define: Word's English ids ("Heading1", "Title"). */
function builtInFromId(id: string): BuiltInStyle | undefined {
  const m = /^heading\s?([1-9])$/i.exec(id);
  if (m) return `Heading${m[1]}` as BuiltInStyle;
  return ({ title: 'Title', normal: 'Normal', listparagraph: 'ListParagraph' } as Record<string, BuiltInStyle>)[id.toLowerCase()];
}

export class Styles {
  private readonly byId = new Map<string, StyleDef>();
  private readonly cache = new Map<string, { style: BuiltInStyle; outlineLvl?: number }>();
  readonly defaultParagraphStyle?: string;

  constructor(defs: StyleDef[]) {
    let def: string | undefined;
    for (const s of defs) {
      this.byId.set(s.id, s);
      if (s.type === 'paragraph' && s.isDefault && def === undefined) def = s.id;
    }
    this.defaultParagraphStyle = def;
  }

  get(id: string): StyleDef | undefined {
    return this.byId.get(id);
  }

  /** Walks the basedOn chain (cycle-safe), starting at `id`. */
  *chain(id: string | undefined): Generator<StyleDef> {
    const seen = new Set<string>();
    while (id !== undefined && !seen.has(id)) {
      seen.add(id);
      const s = this.byId.get(id);
      if (!s) return;
      yield s;
      id = s.basedOn;
    }
  }

  /**
   * Built-in identity and inherited outline level (0-based) of a paragraph style.
   * Headings and Title are inherited through basedOn (a custom style based on "heading 1" is a
   * level-1 heading); Normal and List Paragraph are not (a custom body style is 'Other').
   */
  resolve(id: string | undefined): { style: BuiltInStyle; outlineLvl?: number } {
    const key = id ?? '';
    const hit = this.cache.get(key);
    if (hit) return hit;
    let result: { style: BuiltInStyle; outlineLvl?: number };
    if (id === undefined) result = { style: 'Normal' };
    else if (!this.byId.has(id)) result = { style: builtInFromId(id) ?? 'Other' };
    else {
      let style: BuiltInStyle | undefined;
      let outlineLvl: number | undefined;
      let first = true;
      for (const s of this.chain(id)) {
        if (outlineLvl === undefined && s.outlineLvl !== undefined) outlineLvl = s.outlineLvl;
        if (style === undefined) {
          const b = builtInFromName(s.name);
          if (b && (first || b === 'Title' || b.startsWith('Heading'))) style = b;
          else if (first && s.isDefault && s.type === 'paragraph') style = 'Normal';
          else if (s.outlineLvl !== undefined && s.outlineLvl >= 0 && s.outlineLvl <= 8) {
            style = `Heading${s.outlineLvl + 1}` as BuiltInStyle;
          }
        }
        first = false;
      }
      style ??= 'Other';
      if (outlineLvl === undefined && style.startsWith('Heading')) outlineLvl = Number(style.slice(7)) - 1;
      result = { style, outlineLvl };
    }
    this.cache.set(key, result);
    return result;
  }

  /** The numbering inherited from the style chain (`w:numPr` of the style or its bases). */
  numbering(id: string | undefined): { numId?: string; ilvl?: number } {
    let numId: string | undefined;
    let ilvl: number | undefined;
    for (const s of this.chain(id)) {
      if (numId === undefined && s.numId !== undefined) numId = s.numId;
      if (ilvl === undefined && s.ilvl !== undefined) ilvl = s.ilvl;
      if (numId !== undefined && ilvl !== undefined) break;
    }
    return { numId, ilvl };
  }
}

export function parseStyles(xml: string | Uint8Array, partName: string): Styles {
  const defs: StyleDef[] = [];
  parseXml(xml, partName, ({ attr }) => {
    const stack: string[] = [];
    let cur: StyleDef | undefined;
    return {
      open(el) {
        const parent = stack[stack.length - 1];
        stack.push(el.local);
        if (el.local === 'style' && parent === 'styles') {
          cur = {
            id: attr(el, 'styleId') ?? '',
            type: attr(el, 'type') ?? 'paragraph',
            isDefault: attr(el, 'default') === '1' || attr(el, 'default') === 'true',
          };
          return;
        }
        if (!cur) return;
        if (parent === 'style') {
          if (el.local === 'name') cur.name = attr(el, 'val');
          else if (el.local === 'basedOn') cur.basedOn = attr(el, 'val');
        } else if (parent === 'pPr' && stack[stack.length - 3] === 'style') {
          if (el.local === 'outlineLvl') cur.outlineLvl = intAttr(attr(el, 'val'));
        } else if (parent === 'numPr' && stack[stack.length - 3] === 'pPr' && stack[stack.length - 4] === 'style') {
          if (el.local === 'numId') cur.numId = attr(el, 'val');
          else if (el.local === 'ilvl') cur.ilvl = intAttr(attr(el, 'val'));
        }
      },
      close(el) {
        stack.pop();
        if (el.local === 'style' && cur && stack[stack.length - 1] === 'styles') {
          defs.push(cur);
          cur = undefined;
        }
      },
    };
  });
  return new Styles(defs);
}

/** No styles.xml: every paragraph is Normal unless it names a style (then 'Other'). */
export const emptyStyles = new Styles([]);

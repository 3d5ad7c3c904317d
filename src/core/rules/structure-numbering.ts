import { report, type Finding, type Rule } from '../findings';
import type { Heading } from '../analysis';
import { createNester, formatMarker, numberFamily, parseMarker } from '../outline';

function show(h: Heading, n: number): string {
  return h.form === 'style' ? String(n) : formatMarker(h.form, n);
}

const FORM_NAMES: Record<string, string> = { 'cn-dun': '“一、”', 'cn-dot': '“一.”', 'cn-paren': '“（一）”', 'ar-dot': '“1.”', 'ar-dun': '“1、”', 'ar-paren': '“（1）”' };

/** Heading numbers with gaps, duplicates, or mixed styles within one level. */
export const numbering: Rule = {
  id: 'structure/numbering',
  category: 'structure',
  description: { zh: '标题编号不连续、重复，或同一层级混用不同编号样式', en: 'Heading numbers skip, repeat, or mix styles within a level' },
  messages: {
    gap: { zh: '标题编号不连续：上一个是“{prev}”，这里应为“{expected}”，实际是“{actual}”。请改为“{expected}”。', en: 'Heading numbers skip: after "{prev}" expected "{expected}", found "{actual}".' },
    duplicate: { zh: '标题编号重复：“{actual}”已经用过。请依次编号。', en: 'Heading number "{actual}" is used twice.' },
    mixed: { zh: '同一层级的编号样式不统一：这里用{form}，前面用{first}。请统一为{first}。', en: 'Mixed numbering styles within a level: {form} here, {first} before.' },
  },
  run({ analysis, doc, profile }) {
    const out: Finding[] = [];
    // Numbered paragraphs too long to be headings ("（一）2025年3月底前，组织……" as a measure) still number their
    // run: they take part in the continuity check (never reported themselves), so a heading after them is no gap.
    const headingAt = new Set(analysis.headings.map((h) => h.paragraph));
    const numbered: (Heading & { silent?: boolean })[] = [...analysis.headings];
    doc.paragraphs.forEach((p, i) => {
      if (headingAt.has(i) || p.inTable || p.listString || analysis.normalised.nonContent[i]) return;
      const m = parseMarker(p.text);
      if (m) numbered.push({ paragraph: i, level: m.level, number: m.number, form: m.form, source: 'typed', marker: p.text.slice(m.start, m.start + m.length), markerStart: m.start, markerLength: m.length, title: '', titleStart: m.end, runIn: true, silent: true });
    });
    numbered.sort((a, b) => a.paragraph - b.paragraph);
    // Group headings into sibling runs by the document's own nesting (outline.ts createNester): the top-level run,
    // and one run under each parent, so numbering restarts under every parent (一、→（一）→1.→（1）, a level may be skipped).
    const runs = new Map<string, (Heading & { silent?: boolean })[]>();
    const nester = createNester<Heading & { silent?: boolean }>();
    // A section recognised without its heading starts new runs, as its heading would have.
    const starts = analysis.sections.filter((x) => x.headingMissing && x.paragraph !== null).map((x) => x.paragraph as number).sort((x, y) => x - y);
    // A list inside the opening (the notice's items quoted before 一、) numbers itself, apart from the headings.
    // (Only when a section heading follows the opening: without one the "opening" would be the whole document.)
    const pre = analysis.sections.find((x) => profile.sections.some((sp) => sp.id === x.id && sp.kind === 'preamble'));
    const preEnd = pre?.endParagraph ?? null;
    const followed = preEnd !== null && analysis.sections.some((x) => x.id !== pre?.id && x.paragraph !== null && x.paragraph > preEnd);
    const inOpening = (i: number) => followed && pre?.paragraph != null && preEnd !== null && i >= pre.paragraph && i <= preEnd;
    let nextStart = 0;
    for (const h of numbered) {
      if (inOpening(h.paragraph)) {
        if (h.number === null) continue;
        const list = runs.get('opening') ?? [];
        list.push(h);
        runs.set('opening', list);
        continue;
      }
      while (nextStart < starts.length && h.paragraph >= starts[nextStart]) {
        nester.reset({ ...h, form: 'cn-dun', level: 1, paragraph: -2 - starts[nextStart] }); // a stand-in for the missing heading
        nextStart++;
      }
      const parent = nester.place(h);
      if (h.number === null) continue;
      const key = parent ? `@${parent.paragraph}` : 'top';
      const list = runs.get(key) ?? [];
      list.push(h);
      runs.set(key, list);
    }
    for (const list of runs.values()) {
      const seen = new Set<number>();
      const firstForm = list[0].form;
      list.forEach((h, k) => {
        const n = h.number as number;
        if (h.silent) {
          seen.add(n);
          return;
        }
        const actual = h.source === 'list' ? h.marker : show(h, n);
        if (seen.has(n)) out.push(report(this, 'duplicate', 'warning', h.paragraph, { actual }, h.source === 'typed' ? { start: h.markerStart, length: h.markerLength } : {}));
        else if (k > 0 && n !== (list[k - 1].number as number) + 1) {
          const expected = show(h, (list[k - 1].number as number) + 1);
          out.push(report(this, 'gap', 'warning', h.paragraph, { prev: show(list[k - 1], list[k - 1].number as number), expected, actual }, h.source === 'typed' ? { start: h.markerStart, length: h.markerLength } : {}));
        } else if (k === 0 && n !== 1 && h.level !== 1) {
          out.push(report(this, 'gap', 'warning', h.paragraph, { prev: '（无）', expected: show(h, 1), actual }, h.source === 'typed' ? { start: h.markerStart, length: h.markerLength } : {}));
        }
        seen.add(n);
        if (h.form !== firstForm && numberFamily(h) === numberFamily(list[0]) && h.source === 'typed') {
          out.push(report(this, 'mixed', 'warning', h.paragraph, { form: FORM_NAMES[h.form] ?? h.form, first: FORM_NAMES[firstForm] ?? firstForm }, { start: h.markerStart, length: h.markerLength }));
        }
      });
      if (list[0].level === 1 && list[0].number !== 1) {
        out.push(report(this, 'gap', 'warning', list[0].paragraph, { prev: '（无）', expected: show(list[0], 1), actual: show(list[0], list[0].number as number) }));
      }
    }
    return out;
  },
};

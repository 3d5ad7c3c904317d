/**
 * The skeleton planner: turns what is missing into an ordered list of insertions (and the renumbering
 * of later typed headings they cause). Pure. Applying the plan and checking again reports no missing
 * section and no missing focus area; planning again on the result gives an empty plan.
 *
 * Hosts apply a plan against the ORIGINAL paragraph indexes. Ops that share an anchor and position end
 * up in the document in plan order (for "after", insert the group in reverse, each right after the anchor).
 */
import type { DocModel, Paragraph } from './model';
import type { Profile, SectionSpec } from './profile';
import type { Analysis, Heading, NumberForm } from './analysis';
import type { InsertOp, InsertPlan, PlannedParagraph, RenumberOp } from './plan';
import { analyze } from './analyze';
import { formatMarker } from './outline';
import { toHalfWidth } from './text';

const marker = formatMarker;

function lastNonEmpty(doc: DocModel, from: number, to: number): number {
  for (let i = to; i > from; i--) if (doc.paragraphs[i].text.trim()) return i;
  return from;
}

function dominant(hs: Heading[], fallback: NumberForm): NumberForm {
  const typed = hs.filter((h) => h.source !== 'style');
  return typed.length ? typed[0].form : fallback;
}

interface Pending {
  op: InsertOp;
  /** Sort position among original paragraphs: anchor ± 0.5. */
  pos: number;
  /** Level-1 or level-2 heading inserted by this op (index into op.paragraphs), for numbering. */
  headingAt?: number;
  title?: string;
}

function position(anchor: number | null, where: 'before' | 'after'): number {
  return anchor === null ? -1 : where === 'after' ? anchor + 0.5 : anchor - 0.5;
}

/** Numbers inserted headings and lists the renumbering of existing typed headings of the same level and parent. */
function numberLevel(existing: Heading[], inserted: Pending[], form: NumberForm, role: 'heading1' | 'heading2', renumber: RenumberOp[]): void {
  if (!inserted.length) return;
  const auto = existing.length > 0 && existing.every((h) => h.source === 'list');
  const unnumbered = existing.length > 0 && existing.every((h) => h.source === 'style');
  const all = [...existing.map((h) => ({ pos: h.paragraph, h, p: undefined as Pending | undefined })), ...inserted.map((p) => ({ pos: p.pos, h: undefined as Heading | undefined, p }))].sort((a, b) => a.pos - b.pos);
  let n = 0;
  for (const item of all) {
    if (item.h && item.h.source === 'style') continue;
    n++;
    if (item.p) {
      const para = item.p.op.paragraphs[item.p.headingAt as number];
      if (auto) {
        item.p.op.autoNumbered = true;
        para.text = item.p.title as string;
      } else if (unnumbered) para.text = item.p.title as string;
      else para.text = marker(form, n) + item.p.title;
      para.role = role;
    } else if (item.h && item.h.source === 'typed' && item.h.number !== n) {
      const to = marker(item.h.form, n);
      renumber.push({ paragraph: item.h.paragraph, start: item.h.markerStart, length: item.h.markerLength, from: item.h.marker, to });
    }
  }
}

/** A paragraph that opens an appendix (附件, 附表, 附录): nothing after it belongs to the report's outline. */
const APPENDIX = /^\s*附(?:件|表|录)\s*\d*\s*[：:、.．]?/;

/**
 * The report's own headings of one level, the only ones the planner numbers against and renumbers:
 * those from the first section heading to the last one (a list after the last section, such as an
 * appendix's 一、二、三, is not the report's outline), outside tables, and before any 附件 line.
 */
function ownHeadings(doc: DocModel, profile: Profile, analysis: Analysis, level: 1 | 2): Heading[] {
  const starts = profile.sections.filter((s) => s.kind === 'heading' && analysis.spans[s.id]).map((s) => analysis.spans[s.id].start);
  if (!starts.length) return [];
  const first = Math.min(...starts);
  let last = Math.max(...starts);
  if (level === 2) {
    // Level-2 headings live inside a section: up to the end of the last section's span.
    const ends = profile.sections.filter((s) => s.kind === 'heading' && analysis.spans[s.id]).map((s) => analysis.spans[s.id].end);
    last = Math.max(...ends);
  }
  for (let i = first + 1; i <= last; i++) {
    if (APPENDIX.test(doc.paragraphs[i]?.text ?? '')) {
      last = i - 1;
      break;
    }
  }
  return analysis.headings.filter((h) => h.level === level && h.paragraph >= first && h.paragraph <= last && !doc.paragraphs[h.paragraph]?.inTable);
}

function skeletonParagraphs(lines: readonly string[]): PlannedParagraph[] {
  return lines.map((text) => ({ text, role: 'body' as const }));
}

export function planSkeleton(doc: DocModel, profile: Profile, analysis: Analysis = analyze(doc, profile)): InsertPlan {
  const ps = doc.paragraphs;
  const renumber: RenumberOp[] = [];
  const headingSpecs = profile.sections.filter((s) => s.kind === 'heading');
  const holder = profile.sections.find((s) => s.holdsFocusAreas);

  const focusParagraphs = (asHeadings: boolean, startNumber: number): PlannedParagraph[] => {
    if (profile.focusFromDocument) return [];
    return profile.focusAreas.flatMap((f, k) =>
      asHeadings
        ? [{ text: marker('cn-paren', startNumber + k) + (f.headingTitle ?? f.title), role: 'heading2' as const }, ...skeletonParagraphs(f.skeleton)]
        : skeletonParagraphs(f.skeleton),
    );
  };

  // An empty document gets the whole skeleton in one insertion.
  if (!ps.some((p) => p.text.trim() || p.listString)) {
    const paras: PlannedParagraph[] = [];
    if (profile.title) paras.push({ text: profile.title.skeleton, role: 'title' });
    let n = 0;
    for (const s of profile.sections) {
      if (s.kind === 'preamble') {
        paras.push(...skeletonParagraphs(s.skeleton));
        continue;
      }
      if (!s.required) continue;
      paras.push({ text: marker('cn-dun', ++n) + s.title, role: 'heading1' }, ...skeletonParagraphs(s.skeleton));
      if (s.holdsFocusAreas) {
        paras.push(...focusParagraphs(false, 1));
        if (profile.focusFromDocument) paras.push(...documentFocus(profile, 1, true));
      }
    }
    return { ops: [{ key: 'document', kind: 'section', label: '整篇骨架', anchor: ps.length ? 0 : null, position: 'before', paragraphs: paras }], renumber };
  }

  const pending: Pending[] = [];
  const spanOf = (id: string) => analysis.spans[id];

  // Preamble: after the title, else before the first paragraph with text.
  const pre = profile.sections.find((s) => s.kind === 'preamble');
  if (pre && pre.required && !spanOf(pre.id)) {
    const first = ps.findIndex((p) => p.text.trim() !== '' || p.listString);
    const op: InsertOp =
      analysis.title !== null
        ? { key: `section:${pre.id}`, kind: 'section', label: `开篇`, anchor: analysis.title, position: 'after', paragraphs: skeletonParagraphs(pre.skeleton) }
        : { key: `section:${pre.id}`, kind: 'section', label: `开篇`, anchor: first, position: 'before', paragraphs: skeletonParagraphs(pre.skeleton) };
    pending.push({ op, pos: position(op.anchor, op.position) });
  }

  // Missing required sections: after the previous present section, or before the next one.
  const level1 = ownHeadings(doc, profile, analysis, 1);
  const l1Pending: Pending[] = [];
  for (const s of headingSpecs) {
    // A section whose content is there but whose heading is not (issue 14): insert just the heading before it.
    const headless = analysis.sections.find((x) => x.id === s.id && x.headingMissing && x.paragraph !== null);
    if (headless && s.required) {
      const at = headless.paragraph as number;
      const op: InsertOp = { key: `section:${s.id}`, kind: 'section', label: s.title, anchor: at, position: 'before', paragraphs: [{ text: s.title, role: 'heading1' }], ...(level1.length ? { styleFrom: level1[0].paragraph } : {}) };
      const p: Pending = { op, pos: position(at, 'before'), headingAt: 0, title: s.title };
      pending.push(p);
      l1Pending.push(p);
      continue;
    }
    if (!s.required || spanOf(s.id)) continue;
    const order = profile.sections.indexOf(s);
    const prev = profile.sections.slice(0, order).reverse().find((x: SectionSpec) => spanOf(x.id));
    const next = profile.sections.slice(order + 1).find((x: SectionSpec) => spanOf(x.id));
    let anchor: number;
    let where: 'before' | 'after';
    if (prev) {
      const sp = spanOf(prev.id);
      anchor = lastNonEmpty(doc, sp.start, sp.end);
      where = 'after';
    } else if (next) {
      anchor = spanOf(next.id).start;
      where = 'before';
    } else {
      anchor = lastNonEmpty(doc, 0, ps.length - 1);
      where = 'after';
    }
    const paras: PlannedParagraph[] = [{ text: s.title, role: 'heading1' }, ...skeletonParagraphs(s.skeleton)];
    if (s.holdsFocusAreas) {
      paras.push(...focusParagraphs(false, 1));
      if (profile.focusFromDocument) paras.push(...documentFocus(profile, 1, false, analysis.declaredFocusCount ?? 0));
    }
    const styleFrom = level1.length ? level1[0].paragraph : undefined;
    const op: InsertOp = { key: `section:${s.id}`, kind: 'section', label: `${s.title}`, anchor, position: where, paragraphs: paras, ...(styleFrom !== undefined ? { styleFrom } : {}) };
    const p: Pending = { op, pos: position(anchor, where), headingAt: 0, title: s.title };
    pending.push(p);
    l1Pending.push(p);
  }
  numberLevel(level1, l1Pending, dominant(level1, 'cn-dun'), 'heading1', renumber);
  for (const p of l1Pending) p.op.label = `${p.op.paragraphs[0].text}`;

  // Missing focus areas and aspects inside the problems section.
  const holderSpan = holder ? spanOf(holder.id) : undefined;
  if (holder && holderSpan) {
    const blocks = analysis.blocks;
    const byHeading = blocks.length > 0 && blocks.every((b) => b.kind === 'heading') && analysis.headings.some((h) => h.level === 2 && h.paragraph === blocks[0].start);
    const l2 = ownHeadings(doc, profile, analysis, 2).filter((h) => h.paragraph > holderSpan.start && h.paragraph <= holderSpan.end);
    const l2Pending: Pending[] = [];
    const endOfRegion = lastNonEmpty(doc, holderSpan.start, holderSpan.end);
    if (profile.focusFromDocument) {
      const missing = analysis.focusAreas.filter((f) => f.status === 'missing');
      missing.forEach((f, k) => {
        const n = Number(f.id.slice(1));
        const paras = documentFocus(profile, n, byHeading || blocks.length === 0, 1);
        const op: InsertOp = { key: `docfocus:${n}`, kind: 'focus', label: `第${n}个方面`, anchor: endOfRegion, position: 'after', paragraphs: paras };
        const p: Pending = { op, pos: position(endOfRegion, 'after') + k * 1e-3, headingAt: 0, title: paras[0].text.replace(/^（\d+）|^（[一二三四五六七八九十]+）/, '') };
        pending.push(p);
        if (paras[0].role === 'heading2') l2Pending.push(p);
      });
    } else {
      const present = (id: string) => analysis.focusAreas.find((f) => f.id === id)?.status !== 'missing';
      profile.focusAreas.forEach((f, k) => {
        const res = analysis.focusAreas.find((x) => x.id === f.id);
        if (!res) return;
        if (res.status !== 'missing') {
          // Missing aspects of a present area: one paragraph at the end of its last block.
          const own = blocks.filter((b) => b.focusId === f.id);
          const end = own.length ? lastNonEmpty(doc, own[own.length - 1].start, own[own.length - 1].end) : endOfRegion;
          for (const a of res.aspects) {
            if (a.status !== 'missing') continue;
            const spec = f.aspects.find((x) => x.id === a.id);
            if (!spec) continue;
            const op: InsertOp = { key: `aspect:${a.id}`, kind: 'focus', label: `${f.title}：${a.title}`, anchor: end, position: 'after', paragraphs: [{ text: `${spec.requirement.replace(/^在/, '查摆在')}。【待填写：结合自身实际写出这一方面的具体问题和事例】`, role: 'body' }] };
            pending.push({ op, pos: position(end, 'after') });
          }
          return;
        }
        const prevArea = profile.focusAreas.slice(0, k).reverse().find((x) => present(x.id) && blocks.some((b) => b.focusId === x.id));
        const nextArea = profile.focusAreas.slice(k + 1).find((x) => present(x.id) && blocks.some((b) => b.focusId === x.id));
        let anchor: number;
        let where: 'before' | 'after';
        if (prevArea) {
          const own = blocks.filter((b) => b.focusId === prevArea.id);
          const last = own[own.length - 1];
          anchor = lastNonEmpty(doc, last.start, last.end);
          where = 'after';
        } else if (nextArea) {
          anchor = blocks.find((b) => b.focusId === nextArea.id)!.start;
          where = 'before';
        } else {
          anchor = endOfRegion;
          where = 'after';
        }
        const paras: PlannedParagraph[] = byHeading ? [{ text: f.headingTitle ?? f.title, role: 'heading2' }, ...skeletonParagraphs(f.skeleton)] : skeletonParagraphs(f.skeleton);
        const op: InsertOp = { key: `focus:${f.id}`, kind: 'focus', label: f.title, anchor, position: where, paragraphs: paras, ...(byHeading && l2.length ? { styleFrom: l2[0].paragraph } : {}) };
        const p: Pending = { op, pos: position(anchor, where) + k * 1e-3, headingAt: 0, title: f.headingTitle ?? f.title };
        pending.push(p);
        if (byHeading) l2Pending.push(p);
      });
    }
    numberLevel(l2, l2Pending, dominant(l2, 'cn-paren'), 'heading2', renumber);
  }

  // Plan order: by position. At the same place, content that closes the section above (focus areas,
  // aspects) comes before a new section's heading; otherwise creation order, which is profile order.
  const rank = (op: InsertOp) => (op.kind === 'focus' ? 0 : 1);
  const ops = pending
    .map((p, i) => ({ p, i }))
    .sort((a, b) => Math.floor(a.p.pos * 2) - Math.floor(b.p.pos * 2) || rank(a.p.op) - rank(b.p.op) || a.i - b.i)
    .map((x) => x.p.op);
  return { ops, renumber };
}

function documentFocus(profile: Profile, n: number, asHeading: boolean, count = 1): PlannedParagraph[] {
  const out: PlannedParagraph[] = [];
  for (let k = 0; k < count; k++) {
    const lines = profile.documentFocusSkeleton.map((l) => l.replace(/\{n\}/g, String(n + k)));
    if (!lines.length) continue;
    const [head, ...body] = lines;
    out.push({ text: asHeading ? marker('cn-paren', n + k) + head : head, role: asHeading ? 'heading2' : 'body' }, ...skeletonParagraphs(body));
  }
  return out;
}

function styleFor(role: PlannedParagraph['role']): Paragraph['style'] {
  return role === 'title' ? 'Title' : role === 'heading1' ? 'Heading1' : role === 'heading2' ? 'Heading2' : undefined;
}

/** Whether the document already holds an op's content (its first paragraph's text), so applying again adds nothing. */
export function alreadyPresent(doc: DocModel, op: InsertOp): boolean {
  const first = toHalfWidth(op.paragraphs[0]?.text ?? '').trim();
  return first !== '' && doc.paragraphs.some((p) => toHalfWidth(p.text).trim() === first);
}

/** Applies a plan to a model (what the in-memory host and the tests use). Ops already present are skipped. */
export function applyPlan(doc: DocModel, plan: InsertPlan): DocModel {
  const src = doc.paragraphs.map((p) => ({ ...p }));
  for (const r of plan.renumber) {
    const p = src[r.paragraph];
    if (p && p.text.slice(r.start, r.start + r.length) === r.from) p.text = p.text.slice(0, r.start) + r.to + p.text.slice(r.start + r.length);
  }
  const before = new Map<number, Paragraph[]>();
  const after = new Map<number, Paragraph[]>();
  const atStart: Paragraph[] = [];
  for (const op of plan.ops) {
    if (alreadyPresent(doc, op)) continue;
    const paras: Paragraph[] = op.paragraphs.map((pp) => {
      const style = styleFor(pp.role);
      return style ? { text: pp.text, style } : { text: pp.text };
    });
    if (op.anchor === null) atStart.push(...paras);
    else {
      const m = op.position === 'before' ? before : after;
      const list = m.get(op.anchor) ?? [];
      list.push(...paras);
      m.set(op.anchor, list);
    }
  }
  const out: Paragraph[] = [...atStart];
  src.forEach((p, i) => {
    out.push(...(before.get(i) ?? []), p, ...(after.get(i) ?? []));
  });
  return { paragraphs: out };
}

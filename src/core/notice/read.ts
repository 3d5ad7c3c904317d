/**
 * The notice reader: finds the framework lists in a meeting notice (通知 / 方案), in the forms notices use —
 * numbered items (（一）… / 1.… / 一、…), "在…方面，重点检视…" paragraphs, 一是…二是… run in one paragraph,
 * "带头…；带头…" and "对照X，看Y；…" series, and "从A、B、C等N个方面" enumerations — with each item's sub-points.
 * Numbering and run-in series are recognised by the outline stage (parseMarker, findSeriesItems).
 */
import { findSeriesItems, parseMarker } from '../outline';
import { asksPrior, asksStudy, audienceIn, audienceOfMeeting, countOf, frameworkIn } from './framework';
import { itemTitle, splitItem, subPoint, subPointsOf, trimItem } from './items';
import type { Framework, ListForm, NoticeItem, NoticeList, NoticeReading } from './types';

interface Line {
  index: number;
  text: string;
  marker: { level: number; number: number; form: string; end: number } | null;
}

interface Candidate {
  form: ListForm;
  items: NoticeItem[];
  /** Text that introduces the list: its parent heading, the paragraph before it, the words before it in its paragraph. */
  context: string;
  /** Paragraphs the list occupies (items and their bodies). */
  covers: Set<number>;
  paragraph: number;
  score: number;
}

/** Words that show a list is what reports are checked against. */
const FRAME_CUE = /对照|检视|检查|查摆|剖析|围绕|聚焦|带头|重点|方面|看/;
/** Parent headings of a notice's own organisation (preparation, steps, programme, requirements). */
const ORG_HEAD = /准备|步骤|程序|安排|有关要求|工作要求|总体要求|指导思想|目标任务|保障措施|方法|时间|议程|流程|组织领导|注意事项|会议要求|参会人员|参加人员/;
/** Items that are a notice's own section headings. */
const STRUCT_ITEM = /^(?:会议)?(?:主题|主要内容|内容|时间|地点|参加人员|参会人员|范围|对象|形式|方法步骤|步骤|程序|安排|要求|有关要求|工作要求|会前准备|准备工作|组织领导)$|(?:内容|要求|安排|步骤|程序|准备|主题|重点|时间)$/;
const ITEM_CUE = /^(?:带头|在|对照|着力|比|看|聚焦|坚持)|(?:方面|作用)$/;

function lineOf(text: string, index: number): Line {
  const m = parseMarker(text);
  return { index, text, marker: m && m.end < text.length ? { level: m.level, number: m.number, form: m.form, end: m.end } : null };
}

function scoreList(c: Omit<Candidate, 'score'>, parentTitle: string): number {
  let s = 0;
  if (FRAME_CUE.test(c.context)) s += 2;
  if (ORG_HEAD.test(parentTitle)) s -= 4;
  const titles = c.items.map((i) => i.title);
  if (titles.filter((t) => t.length <= 12 && STRUCT_ITEM.test(t)).length * 2 >= titles.length) s -= 4;
  if (titles.filter((t) => ITEM_CUE.test(t)).length * 2 >= titles.length || c.items.some((i) => i.subPoints.length)) s += 1;
  const fw = frameworkIn(c.context);
  if (fw) s += fw.count === c.items.length ? 3 : 1;
  return s;
}

const ACCEPT = 2;

/** Sub-points of an item given in the paragraphs under it: a nested numbered list, 一是… series, or lead-in paragraphs. */
function bodySubPoints(body: Line[]): string[] {
  const out: string[] = [];
  for (const l of body) {
    if (l.marker) {
      const sp = subPoint(l.text.slice(l.marker.end));
      if (sp) out.push(sp);
      continue;
    }
    const series = findSeriesItems(l.text, l.index);
    if (series.length >= 2) {
      series.forEach((s, k) => {
        const end = k + 1 < series.length ? series[k + 1].start : l.text.length;
        const t = l.text.slice(s.start + s.length, end);
        const sp = subPoint(t.split(/[。]/)[0]);
        if (sp) out.push(sp);
      });
      continue;
    }
    out.push(...subPointsOf(l.text));
  }
  return out;
}

function numberedCandidates(lines: Line[]): { c: Candidate; rank: number; parentTitle: string }[] {
  const forms: string[] = [];
  for (const l of lines) if (l.marker && !forms.includes(l.marker.form)) forms.push(l.marker.form);
  const rank = (f: string) => forms.indexOf(f);
  const out: { c: Candidate; rank: number; parentTitle: string }[] = [];
  for (const form of forms) {
    const seqs: number[][] = [];
    let cur: number[] | null = null;
    lines.forEach((l, k) => {
      if (!l.marker) return;
      if (l.marker.form === form) {
        const last = cur ? lines[cur[cur.length - 1]].marker!.number : -1;
        if (cur && l.marker.number === last + 1) cur.push(k);
        else seqs.push((cur = [k]));
      } else if (rank(l.marker.form) < rank(form)) cur = null;
    });
    for (const seq of seqs) {
      if (seq.length < 2) continue;
      const first = seq[0];
      // The list ends at the next marker of the same or a higher level after its last item.
      let end = lines.length - 1;
      for (let k = seq[seq.length - 1] + 1; k < lines.length; k++) {
        const m = lines[k].marker;
        if (m && rank(m.form) <= rank(form)) {
          end = k - 1;
          break;
        }
      }
      let parent: Line | null = null;
      for (let k = first - 1; k >= 0; k--) {
        const m = lines[k].marker;
        if (m && rank(m.form) < rank(form)) {
          parent = lines[k];
          break;
        }
      }
      const intro = first > 0 && !lines[first - 1].marker ? lines[first - 1].text : '';
      const parentTitle = parent ? parent.text.slice(parent.marker!.end) : '';
      const covers = new Set<number>();
      const items: NoticeItem[] = seq.map((k, j) => {
        const stop = j + 1 < seq.length ? seq[j + 1] - 1 : end;
        for (let x = k; x <= stop; x++) covers.add(x);
        const l = lines[k];
        const { title, rest } = splitItem(l.text.slice(l.marker!.end));
        const inline = subPointsOf(rest);
        const body = lines.slice(k + 1, stop + 1);
        return { title: itemTitle(title), subPoints: inline.length ? inline : bodySubPoints(body), paragraph: l.index };
      });
      const base = { form: 'numbered' as const, items, context: `${parentTitle}\n${intro}`, covers, paragraph: lines[first].index };
      out.push({ c: { ...base, score: scoreList(base, parentTitle) }, rank: rank(form), parentTitle });
    }
  }
  return out;
}

/** Consecutive "在X方面，重点检视…" paragraphs. */
function zaiCandidates(lines: Line[], taken: Set<number>): Candidate[] {
  const out: Candidate[] = [];
  let run: { k: number; m: RegExpExecArray }[] = [];
  const flush = () => {
    if (run.length >= 2) {
      const first = run[0].k;
      const items = run.map(({ k, m }) => ({ title: m[1], subPoints: subPointsOf(m[2]), paragraph: lines[k].index }));
      const base = { form: 'zai-fangmian' as const, items, context: first > 0 ? lines[first - 1].text : '', covers: new Set(run.map((r) => r.k)), paragraph: lines[first].index };
      out.push({ ...base, score: scoreList(base, '') + 1 });
    }
    run = [];
  };
  lines.forEach((l, k) => {
    const m = taken.has(k) ? null : /^\s*在(.{2,24}?)方面[，,：:]\s*(.*)$/.exec(l.text);
    if (m) run.push({ k, m });
    else flush();
  });
  flush();
  return out;
}

/** Paragraphs that each open with the next item of a 一是…/二是… series (one item a paragraph). */
function chainCandidates(lines: Line[], taken: Set<number>): Candidate[] {
  const out: Candidate[] = [];
  let run: { k: number; start: number; length: number }[] = [];
  const flush = () => {
    if (run.length >= 2) {
      const first = run[0].k;
      const items = run.map(({ k, start, length }) => runInItem(lines[k].text.slice(start + length), k, lines));
      const base = { form: 'series' as const, items, context: first > 0 ? lines[first - 1].text : '', covers: new Set(run.map((r) => r.k)), paragraph: lines[first].index };
      out.push({ ...base, score: scoreList(base, '') });
    }
    run = [];
  };
  lines.forEach((l, k) => {
    const s = taken.has(k) || l.marker ? [] : findSeriesItems(l.text, l.index);
    const lead = s.length && s[0].start === 0 ? s[0] : null;
    if (lead && lead.number === run.length + 1) run.push({ k, start: lead.start, length: lead.length });
    else {
      flush();
      if (lead && lead.number === 1) run.push({ k, start: lead.start, length: lead.length });
    }
  });
  flush();
  return out;
}

/** Words that open every item of a series run into a sentence: "即带头A、带头B、带头C等方面". */
const LEAD_WORDS = ['带头', '着力'];

/**
 * Items that each open with the same lead word after a separator (、；，：即), in one sentence; the last ends at
 * 等/等方面 or the next comma or full stop.
 */
function leadSeries(text: string): { items: string[]; before: string } | null {
  for (const w of LEAD_WORDS) {
    const starts: number[] = [];
    for (let i = text.indexOf(w); i !== -1; i = text.indexOf(w, i + w.length)) if (i > 0 && /[、；;，,：:即]/.test(text[i - 1])) starts.push(i);
    if (starts.length < 2) continue;
    const items = starts.map((st, j) => {
      const end = j + 1 < starts.length ? starts[j + 1] - 1 : text.length;
      let t = text.slice(st, end);
      if (j + 1 === starts.length) t = t.split(/等方面|等[，,。]|[，,。；;]/)[0];
      return trimItem(t);
    });
    return { items, before: text.slice(0, starts[0]) };
  }
  return null;
}

function runInItem(raw: string, k: number, lines: Line[]): NoticeItem {
  const { title, rest } = splitItem(raw.split('。')[0]);
  return { title: itemTitle(title), subPoints: subPointsOf(rest), paragraph: lines[k].index };
}

/** Lists inside one paragraph: 一是…二是…, "带头…；带头…", "对照X，看Y；…", "从A、B、C等N个方面", “A”“B”等N个方面. */
function runInCandidates(lines: Line[], taken: Set<number>): Candidate[] {
  const out: Candidate[] = [];
  lines.forEach((l, k) => {
    if (taken.has(k)) return;
    const text = l.text;
    const prev = k > 0 ? lines[k - 1].text : '';
    const push = (form: ListForm, items: NoticeItem[], before: string, bonus = 0) => {
      const base = { form, items, context: `${prev}\n${before}`, covers: new Set([k]), paragraph: l.index };
      out.push({ ...base, score: scoreList(base, '') + bonus });
    };
    const series = findSeriesItems(text, l.index).filter((s, j) => s.number === j + 1);
    if (series.length >= 2) {
      const items = series.map((s, j) => runInItem(text.slice(s.start + s.length, j + 1 < series.length ? series[j + 1].start : text.length), k, lines));
      push('series', items, text.slice(0, series[0].start));
      return;
    }
    const ordinals = [...text.matchAll(/第([一二三四五六七八九十]{1,3})[，,、：:]/g)].filter((m, j) => countOf(m[1]) === j + 1);
    if (ordinals.length >= 2) {
      const items = ordinals.map((m, j) => runInItem(text.slice((m.index ?? 0) + m[0].length, j + 1 < ordinals.length ? ordinals[j + 1].index : text.length), k, lines));
      push('series', items, text.slice(0, ordinals[0].index), 1);
      return;
    }
    const semi = text.search(/[；;]/);
    if (semi !== -1) {
      const colon = Math.max(text.lastIndexOf('：', semi), text.lastIndexOf(':', semi));
      const before = colon === -1 ? '' : text.slice(0, colon);
      const parts = text.slice(colon + 1).split(/[；;]/);
      parts[parts.length - 1] = parts[parts.length - 1].split('。')[0];
      const clean = parts.map(trimItem).filter(Boolean);
      const lead = clean[0]?.slice(0, 2);
      const fw = frameworkIn(before);
      if (clean.length >= 2 && (clean.every((p) => p.startsWith(lead)) || (fw && fw.count === clean.length))) {
        push('semicolon', clean.map((p) => runInItem(p, k, lines)), before, 1);
        return;
      }
    }
    const led = leadSeries(text);
    if (led) {
      push('series', led.items.map((t) => runInItem(t, k, lines)), led.before);
      return;
    }
    const en = /(?:从|围绕|聚焦|对照)([^。；;]{4,200}?)(?:等)?((?:[一二三四五六七八九十两]{1,3}|\d{1,2})个(?:重点)?方面)/.exec(text);
    if (en) {
      const quoted = [...en[1].matchAll(/[“"]([^”"]+)[”"]/g)].map((m) => m[1]);
      const names = quoted.length >= 2 ? quoted : en[1].split(/[、]/).map(trimItem).filter(Boolean);
      if (names.length >= 2 && names.length === countOf(en[2].replace(/个.*/, ''))) {
        push('enumeration', names.map((n) => ({ title: itemTitle(n), subPoints: [], paragraph: l.index })), text.slice(0, en.index) + en[0], 1);
      }
    }
  });
  return out;
}

function titleOf(lines: Line[]): string | null {
  const first = lines[0]?.text.trim();
  if (!first || first.length > 60 || /[。；;]/.test(first) || lines[0].marker) return null;
  return /通知|方案|意见|安排|要求|计划/.test(first) ? first : null;
}

/** Reads a notice (its text, or its paragraphs) and finds every framework list with its items and sub-points. */
export function readNotice(input: string | readonly string[]): NoticeReading {
  const raw = typeof input === 'string' ? input.replace(/^\uFEFF/, '').split(/\r?\n/) : input;
  const lines: Line[] = [];
  raw.forEach((t, i) => {
    const text = t.trim();
    if (text) lines.push(lineOf(text, i));
  });
  const all = lines.map((l) => l.text).join('\n');
  const title = titleOf(lines);

  const accepted: Candidate[] = [];
  const taken = new Set<number>();
  const numbered = numberedCandidates(lines).sort((a, b) => a.rank - b.rank || a.c.paragraph - b.c.paragraph);
  for (const { c } of numbered) {
    if ([...c.covers].some((k) => taken.has(k))) continue; // nested in an accepted list: its sub-points
    if (c.score < ACCEPT) continue;
    accepted.push(c);
    for (const k of c.covers) taken.add(k);
  }
  for (const c of zaiCandidates(lines, taken)) if (c.score >= ACCEPT) {
    accepted.push(c);
    for (const k of c.covers) taken.add(k);
  }
  for (const c of chainCandidates(lines, taken)) if (c.score >= ACCEPT) {
    accepted.push(c);
    for (const k of c.covers) taken.add(k);
  }
  for (const c of runInCandidates(lines, taken)) if (c.score >= ACCEPT) accepted.push(c);
  accepted.sort((a, b) => a.paragraph - b.paragraph);

  const meeting = audienceOfMeeting(title ?? all.slice(0, 200));
  const unread: string[] = [];
  const lists: NoticeList[] = accepted.map((c) => {
    const framework: Framework | null = frameworkIn(c.context);
    if (framework && framework.count !== c.items.length) unread.push(`通知称“${framework.name}”，但只读到 ${c.items.length} 项，请核对是否有遗漏或多读`);
    return { for: audienceIn(c.context) ?? meeting, framework, items: c.items, form: c.form, paragraph: c.paragraph };
  });
  const named = frameworkIn(all);
  if (!lists.length && named) unread.push(`通知提到“${named.name}”，但未能读出其各项内容`);
  return { title, lists, asks: { prior: asksPrior(all), study: asksStudy(all) }, unread };
}

/**
 * Scores one labelled report against the engine's verdicts (docs/corpus-format.md). Reads only the public
 * CheckResult, plus the analysis' claims (what was read as a count, and in which role).
 */
import type { DocModel } from '../../src/core/model';
import type { Profile } from '../../src/core/profile';
import type { CheckResult } from '../../src/core/result';
import type { Finding } from '../../src/core/findings';
import type { Analysis } from '../../src/core/analysis';
import { anchorIndex, spanIn, type Label } from './corpus';

export interface Ratio {
  ok: number;
  total: number;
}

/** Per-report tallies; `misses` says in words what went wrong, for --verbose. */
export interface ReportScore {
  sections: Ratio;
  focus: Ratio;
  /** Focus items the tool found that the label does not have (a title, a cause, a lead-in…). */
  focusExtra: number;
  claims: Ratio;
  /** notClaims the tool read as a count anyway. */
  notClaimsRead: number;
  defects: Ratio;
  /** Per rule: true positives, false negatives, false positives (error/warning findings matching no defect). */
  rules: Record<string, { tp: number; fn: number; fp: number }>;
  mustNotFlag: Ratio;
  /** error + warning findings on a clean report. */
  cleanWarnings: number;
  clean: boolean;
  misses: string[];
}

const overlaps = (a: { start: number; length: number }, f: Finding) =>
  f.start === undefined ||
  // A finding with several fixes (every half-width mark of a paragraph) touches the text of its fixes, not all of its span.
  (f.fixes && f.fixes.length > 1 ? f.fixes.some((x) => x.start < a.start + a.length && a.start < x.start + Math.max(x.length, 1)) : f.start < a.start + a.length && a.start < f.start + (f.length ?? 0));

/** A focus area of the result counts as "about" a labelled area when its title contains the area's words (or vice versa). */
function sameArea(title: string, area: string | undefined): boolean {
  if (!area) return false;
  return title.includes(area) || area.includes(title);
}

export function scoreReport(name: string, doc: DocModel, label: Label, profile: Profile, result: CheckResult, analysis: Pick<Analysis, 'claims'>): ReportScore {
  const misses: string[] = [];
  const at = (anchor: string) => anchorIndex(doc, anchor, name);
  const s: ReportScore = {
    sections: { ok: 0, total: 0 },
    focus: { ok: 0, total: 0 },
    focusExtra: 0,
    claims: { ok: 0, total: 0 },
    notClaimsRead: 0,
    defects: { ok: 0, total: 0 },
    rules: {},
    mustNotFlag: { ok: 0, total: 0 },
    cleanWarnings: 0,
    clean: label.clean,
    misses,
  };

  for (const sec of label.sections) {
    const want = sec.anchor === null ? null : at(sec.anchor);
    const r = result.sections.find((x) => x.id === sec.id);
    if (!r) {
      if (want === null) continue; // the profile has no such section and the report none either
      s.sections.total++;
      misses.push(`部分 ${sec.id}：配置“${profile.id}”没有这一部分，应在第${want + 1}段`);
      continue;
    }
    s.sections.total++;
    const got = r.status === 'missing' ? null : r.paragraph;
    if (got === want) s.sections.ok++;
    else misses.push(`部分 ${sec.id}：应${want === null ? '缺少' : `在第${want + 1}段`}，工具判为${got === null ? '缺少' : `第${got + 1}段`}`);
  }

  const used = new Set<number>();
  const labelled = new Set<number>();
  for (const item of label.focusItems) {
    s.focus.total++;
    if (item.anchor !== null) {
      const want = at(item.anchor);
      labelled.add(want);
      const k = result.focusAreas.findIndex((f, j) => !used.has(j) && f.paragraph === want);
      if (k === -1) {
        misses.push(`重点分项 第${want + 1}段（${item.area ?? ''}）：工具没有把它当作分项`);
        continue;
      }
      used.add(k);
      const got = result.focusAreas[k].status;
      if (got === item.status) s.focus.ok++;
      else misses.push(`重点分项 第${want + 1}段（${item.area ?? ''}）：应为 ${item.status}，工具判为 ${got}`);
    } else {
      let k = result.focusAreas.findIndex((f, j) => !used.has(j) && f.status === 'missing' && sameArea(f.title, item.area));
      if (k === -1 && profile.focusFromDocument) k = result.focusAreas.findIndex((f, j) => !used.has(j) && f.status === 'missing' && f.paragraph === null);
      if (k === -1) {
        misses.push(`重点分项（${item.area ?? ''}）应判为缺少，工具没有报告`);
        continue;
      }
      used.add(k);
      s.focus.ok++;
    }
  }
  result.focusAreas.forEach((f, j) => {
    if (used.has(j) || f.paragraph === null || labelled.has(f.paragraph)) return;
    s.focusExtra++;
    misses.push(`多出的重点分项：第${f.paragraph + 1}段“${f.title}”`);
  });

  const countFindings = result.findings.filter((f) => f.ruleId === 'claims/count-mismatch');
  for (const c of label.claims) {
    s.claims.total++;
    const p = at(c.anchor);
    const span = spanIn(doc, p, c.text, name);
    const read = analysis.claims.filter((x) => x.paragraph === p && x.start < span.start + span.length && span.start < x.start + x.length);
    const flagged = countFindings.some((f) => f.paragraph === p && overlaps(span, f));
    const what = `数量表述“${c.text}”（第${p + 1}段）`;
    if (read.length === 0) misses.push(`${what}：工具没有读到`);
    else if (read[0].count !== c.declared) misses.push(`${what}：读成 ${read[0].count}，应为 ${c.declared}`);
    else if (flagged !== (c.declared !== c.actual)) misses.push(`${what}：实际为 ${c.actual}，工具${flagged ? '报告了不符' : '没有报告不符'}`);
    else s.claims.ok++;
  }
  for (const c of label.notClaims) {
    const p = at(c.anchor);
    const span = spanIn(doc, p, c.text ?? c.anchor, name);
    const read = analysis.claims.filter((x) => x.paragraph === p && x.start < span.start + span.length && span.start < x.start + x.length && x.role !== 'ignored');
    const flagged = countFindings.some((f) => f.paragraph === p && overlaps(span, f));
    if (read.length || flagged) {
      s.notClaimsRead++;
      misses.push(`“${c.text ?? c.anchor}”（第${p + 1}段）不是框架数量，工具却${flagged ? '据此报告了不符' : '把它当作数量表述'}`);
    }
  }

  const matched = new Set<Finding>();
  for (const d of label.defects) {
    s.defects.total++;
    const r = (s.rules[d.rule] ??= { tp: 0, fn: 0, fp: 0 });
    // anchor null: a defect of the whole document (a missing item or section): any finding of the rule.
    const p = d.anchor === null ? null : at(d.anchor);
    const span = d.text && p !== null ? spanIn(doc, p, d.text, name) : null;
    const hit = result.findings.find((f) => f.ruleId === d.rule && (!matched.has(f) || (f.fixes?.length ?? 0) > 1) && (p === null || f.paragraph === p || f.paragraph === null) && (!span || f.paragraph === null || overlaps(span, f)));
    if (hit) {
      matched.add(hit);
      s.defects.ok++;
      r.tp++;
    } else {
      r.fn++;
      misses.push(`漏报 ${d.rule}：${p === null ? '全文' : `第${p + 1}段`}“${d.text ?? d.anchor ?? d.area ?? ''}”`);
    }
  }
  for (const f of result.findings) {
    if (matched.has(f) || f.severity === 'info') continue;
    (s.rules[f.ruleId] ??= { tp: 0, fn: 0, fp: 0 }).fp++;
  }

  for (const m of label.mustNotFlag) {
    s.mustNotFlag.total++;
    const p = at(m.anchor);
    const span = spanIn(doc, p, m.text ?? m.anchor, name);
    const bad = result.findings.filter((f) => f.paragraph === p && (f.start !== undefined ? overlaps(span, f) : (m.rules ?? []).includes(f.ruleId)));
    if (bad.length === 0) s.mustNotFlag.ok++;
    else misses.push(`误报：第${p + 1}段“${m.text ?? m.anchor}”被 ${[...new Set(bad.map((f) => f.ruleId))].join('、')} 标出`);
  }

  if (label.clean) {
    const bad = result.findings.filter((f) => f.severity !== 'info');
    s.cleanWarnings = bad.length;
    for (const f of bad) misses.push(`干净材料上的${f.severity === 'error' ? '错误' : '警告'}：${f.ruleId} 第${f.paragraph === null ? '-' : f.paragraph + 1}段：${f.message}`);
  }
  return s;
}

/** Sums report scores. */
export function sumScores(scores: readonly ReportScore[]): Omit<ReportScore, 'misses' | 'clean'> & { cleanReports: number; cleanReportsWithWarnings: number } {
  const add = (a: Ratio, b: Ratio) => ({ ok: a.ok + b.ok, total: a.total + b.total });
  const zero = { ok: 0, total: 0 };
  const out = { sections: zero, focus: zero, focusExtra: 0, claims: zero, notClaimsRead: 0, defects: zero, rules: {} as ReportScore['rules'], mustNotFlag: zero, cleanWarnings: 0, cleanReports: 0, cleanReportsWithWarnings: 0 };
  for (const s of scores) {
    out.sections = add(out.sections, s.sections);
    out.focus = add(out.focus, s.focus);
    out.focusExtra += s.focusExtra;
    out.claims = add(out.claims, s.claims);
    out.notClaimsRead += s.notClaimsRead;
    out.defects = add(out.defects, s.defects);
    out.mustNotFlag = add(out.mustNotFlag, s.mustNotFlag);
    out.cleanWarnings += s.cleanWarnings;
    if (s.clean) {
      out.cleanReports++;
      if (s.cleanWarnings > 0) out.cleanReportsWithWarnings++;
    }
    for (const [id, r] of Object.entries(s.rules)) {
      const o = (out.rules[id] ??= { tp: 0, fn: 0, fp: 0 });
      o.tp += r.tp;
      o.fn += r.fn;
      o.fp += r.fp;
    }
  }
  return out;
}

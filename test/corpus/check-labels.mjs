// Checks the corpus labels against docs/corpus-format.md WITHOUT running the checker:
// every anchor occurs in exactly one line, every text occurs in its anchored paragraph,
// fields have the documented values. Usage: node test/corpus/check-labels.mjs [corpus folder] [--lengths]
// (default folder: test/corpus; --lengths also prints each report's length in paragraphs and characters)
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
const LENGTHS = args.includes('--lengths');
const root = resolve(args.find((a) => !a.startsWith('--')) ?? dirname(fileURLToPath(import.meta.url)));
const GROUPS = ['minzhu-2024', 'zhuti-2023', 'zuzhi-zhibu', 'zuofeng-2022', 'zhuti-2019', 'dangshi-2021', 'minzhu-2022', 'minzhu-2025', 'invented', 'other'];
const KINDS = ['个人', '班子', '支部'];
const STYLES = ['typed', 'styled', 'autonum', 'run-in', 'pdf-wrap', 'traditional', 'web-copy', 'missing-heading'];
const SECTIONS = ['preamble', 'prior', 'study', 'problems', 'causes', 'measures'];
const STATUS = ['addressed', 'weak', 'missing'];
const RULES = ['structure/missing-section', 'structure/section-order', 'structure/numbering', 'focus/missing', 'focus/restated-only',
  'claims/count-mismatch', 'text/placeholder', 'series/mixed-form', 'series/level-jump', 'punct/halfwidth', 'punct/unpaired',
  'punct/dunhao-between-quotes', 'terms/formulation', 'terms/typo', 'text/duplicated', 'quality/no-example', 'quality/self-praise',
  'quality/boilerplate', 'quality/cause-angles', 'quality/measure-deadline', 'quality/problem-measure-match'];
const MARKER = /^(@h[123] |@title |@table |@list\d+\[[^\]]*\] |@h[12]list\[[^\]]*\] )/;

let errors = 0;
const fail = (file, msg) => { errors++; console.log(`${file}: ${msg}`); };
const stats = { reports: 0, clean: 0, byGroup: {}, defects: 0, mustNotFlag: 0 };

for (const group of readdirSync(root)) {
  const dir = join(root, group);
  if (!statSync(dir).isDirectory()) continue;
  if (!GROUPS.includes(group)) fail(group, 'unknown group');
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.txt'))) {
    const file = `${group}/${name}`;
    const labelPath = join(dir, name.replace(/\.txt$/, '.label.json'));
    let label;
    try { label = JSON.parse(readFileSync(labelPath, 'utf8')); } catch (e) { fail(file, `label: ${e.message}`); continue; }
    const raw = readFileSync(join(dir, name), 'utf8');
    if (raw.includes('\r')) fail(file, 'CR in file');
    // As the harness reads them (test/eval/corpus.ts): anchors are searched in listString + text, spans in text.
    const rawLines = raw.replace(/\n$/, '').split('\n');
    const lines = rawLines.map((l) => l.replace(MARKER, ''));
    if (LENGTHS) console.log(`${file}: ${rawLines.length} paragraphs, ${lines.join('').replace(/\s/g, '').length} characters`);
    const anchorLines = rawLines.map((l) => {
      const m = /^@(?:list\d+|h[12]list)\[([^\]]*)\] /.exec(l);
      return (m ? m[1] : '') + l.replace(MARKER, '');
    });
    stats.reports++; stats.byGroup[group] = (stats.byGroup[group] ?? 0) + 1;
    if (label.clean) stats.clean++;
    const where = (anchor) => {
      const hits = [];
      anchorLines.forEach((l, i) => { if (l.includes(anchor)) hits.push(i); });
      return hits;
    };
    const para = (ctx, anchor, text) => {
      if (anchor === null || anchor === undefined) return null;
      const hits = where(anchor);
      if (hits.length !== 1) { fail(file, `${ctx}: anchor "${anchor}" in ${hits.length} lines ${hits.map((h) => h).join(',')}`); return null; }
      if (text !== undefined && !lines[hits[0]].includes(text)) fail(file, `${ctx}: text "${text}" not in paragraph ${hits[0]}`);
      return hits[0];
    };
    if (label.framework !== group) fail(file, `framework ${label.framework} ≠ group`);
    if (!KINDS.includes(label.kind)) fail(file, `kind ${label.kind}`);
    for (const s of label.styles ?? []) if (!STYLES.includes(s)) fail(file, `style ${s}`);
    if (typeof label.expectProfile !== 'string') fail(file, 'expectProfile');
    if (typeof label.clean !== 'boolean') fail(file, 'clean');
    const ids = (label.sections ?? []).map((s) => s.id);
    for (const id of SECTIONS) if (!ids.includes(id)) fail(file, `section ${id} not listed`);
    let last = -1;
    for (const s of label.sections ?? []) {
      if (!SECTIONS.includes(s.id)) fail(file, `section id ${s.id}`);
      const p = para(`section ${s.id}`, s.anchor);
      if (p !== null) { if (p < last) fail(file, `section ${s.id} before the previous one`); last = p; }
    }
    let lastItem = -1;
    for (const f of label.focusItems ?? []) {
      if (!STATUS.includes(f.status)) fail(file, `focus status ${f.status}`);
      if (!f.area) fail(file, 'focus item without area');
      if (f.status === 'missing' && f.anchor !== null) fail(file, 'missing item with an anchor');
      const p = para(`focus ${f.area}`, f.anchor);
      if (p !== null) { if (p < lastItem) fail(file, `focus ${f.area} out of order`); lastItem = p; }
    }
    for (const c of label.claims ?? []) { para('claim', c.anchor, c.text); if (!Number.isInteger(c.declared) || !Number.isInteger(c.actual)) fail(file, 'claim counts'); }
    for (const c of label.notClaims ?? []) para('notClaim', c.anchor, c.text);
    for (const d of label.defects ?? []) {
      stats.defects++;
      if (!RULES.includes(d.rule)) fail(file, `rule ${d.rule}`);
      if (d.anchor === null && !d.section && !d.area) fail(file, `document-level defect ${d.rule} without section/area`);
      para(`defect ${d.rule}`, d.anchor, d.text);
    }
    for (const m of label.mustNotFlag ?? []) {
      stats.mustNotFlag++;
      para('mustNotFlag', m.anchor, m.text);
      if (m.text === undefined) fail(file, 'mustNotFlag without text');
    }
    if (label.clean && (label.defects ?? []).length) fail(file, 'clean report with defects');
    if (!label.clean && !(label.defects ?? []).length) fail(file, 'not clean but no defects');
  }
}
console.log(JSON.stringify(stats));
if (errors) { console.log(`${errors} problem(s)`); process.exit(1); }

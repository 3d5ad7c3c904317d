/** @jest-environment jsdom */
import './jsdom-polyfills';
import * as fs from 'fs';
import * as path from 'path';
import { TextDecoder as NodeTextDecoder } from 'util';
import * as React from 'react';
import { configure, act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { check } from '../../src/core';
import { CSV_COLUMNS } from '../../src/core/batch';
import { readDocument } from '../../src/docx';
import { getBuiltinProfile } from '../../src/profiles';
import { CheckerRoot } from '../../src/checker/CheckerApp';
import { buildDocx, paras } from '../fixtures/docx-builder';
import { LINES_FULL_WIDTH_QUOTES as LINES } from '../taskpane/sample-report';

const FIXTURES = path.resolve(__dirname, '../fixtures/docx');
const zuofeng = getBuiltinProfile('zuofeng-2022')!;

interface Saved {
  data: Uint8Array | string;
  name: string;
  mime: string;
}

/** jsdom's File has no arrayBuffer(): the page falls back to FileReader, as older browsers need. */
function file(name: string, bytes: Uint8Array | string): File {
  return new File([bytes as BlobPart], name);
}
const fixture = (name: string) => file(name, new Uint8Array(fs.readFileSync(path.join(FIXTURES, name))));

function setup() {
  const saved: Saved[] = [];
  const utils = render(<CheckerRoot save={(data, name, mime) => saved.push({ data, name, mime })} />);
  return { saved, ...utils };
}

async function open(files: File[]) {
  const input = screen.getByTestId('file-input') as HTMLInputElement;
  await act(async () => {
    Object.defineProperty(input, 'files', { value: files, configurable: true });
    fireEvent.change(input);
  });
}

/** The batch table once all `n` files are in it (rows appear one by one while the files are read). */
async function batchRows(n: number): Promise<HTMLElement[]> {
  await waitFor(() => expect(within(screen.getByTestId('batch-table')).getAllByTestId('batch-row')).toHaveLength(n));
  await waitFor(() => expect(screen.queryByTestId('progress')).toBeNull());
  return within(screen.getByTestId('batch-table')).getAllByTestId('batch-row');
}

/** One file's result, all of it: it is mounted part by part (summary, checklists, findings, the document in blocks). */
async function shown() {
  await screen.findByTestId('file-view');
  await waitFor(() => expect(screen.getByTestId('doc-view').getAttribute('data-mounted')).toBe('all'));
}

const ratio = (id: string) => {
  const m = /(\d+)\/(\d+)/.exec(screen.getByTestId(id).textContent ?? '');
  if (!m) throw new Error(`no ratio in ${id}`);
  return [Number(m[1]), Number(m[2])];
};

// Lazy chunks load slowly when the machine is busy: wait up to 5 s for what a test expects to appear.
configure({ asyncUtilTimeout: 5000 });

describe('browser checker: one file', () => {
  it('says that nothing is uploaded, and checks one .docx like the pane', async () => {
    setup();
    expect(screen.getByTestId('privacy-note').textContent).toContain('所有文件只在本机浏览器中处理，不会上传。');
    await open([file('张三-对照检查.docx', buildDocx({ body: paras(LINES) }))]);
    await shown();
    expect(screen.getByTestId('file-name').textContent).toBe('张三-对照检查.docx');
    // Same numbers as the engine on the same document.
    const expected = check(readDocument(buildDocx({ body: paras(LINES) }), 'x.docx'), zuofeng);
    expect(ratio('stat-sections')).toEqual([expected.summary.sectionsPresent, expected.summary.sectionsRequired]);
    expect(expected.summary.sectionsPresent).toBe(expected.summary.sectionsRequired - 1);
    const missing = document.querySelectorAll('[data-testid^="section-"][data-status="missing"]');
    expect(missing).toHaveLength(1);
    expect(missing[0].textContent).toMatch(/原因/);
    expect(document.querySelectorAll('[data-testid^="focus-"][data-status="missing"]')).toHaveLength(1);
    // A required section is missing: 不达标, with the reason.
    expect(screen.getByTestId('verdict').getAttribute('data-verdict')).toBe('fail');
    expect(screen.getByTestId('verdict-why').textContent).toMatch(/缺少必备部分/);
    // One short line; the full detection reason is on hover (title), not printed twice.
    expect(screen.getByTestId('detection-reason').textContent).toMatch(/^识别为：/);
    expect(screen.getByTestId('detection-reason').getAttribute('title')).toMatch(/自动识别/);
    expect(screen.queryByTestId('profile-reason')).toBeNull();
    // Findings are grouped; none offers a one-click fix (the page cannot edit text inside a .docx).
    expect(document.querySelector('[data-testid="group-structure"]')).not.toBeNull();
    expect(screen.queryByRole('button', { name: '一键修改' })).toBeNull();
    // The document view shows every paragraph; clicking a present section highlights it.
    expect(document.querySelectorAll('[data-testid="doc-view"] [data-paragraph]')).toHaveLength(LINES.length);
    fireEvent.click(document.querySelector('[data-testid="section-study"]')!);
    expect(document.querySelector('[data-testid="doc-view"] [data-selected="true"]')?.textContent).toBe('一、学习情况');
    // Nothing to download before the skeleton is inserted.
    expect((screen.getByRole('button', { name: '下载修改后的文件' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('previews the skeleton, inserts it into the .docx and downloads <name>-修改.docx that checks complete', async () => {
    const { saved } = setup();
    const original = buildDocx({ body: paras(LINES) });
    await open([file('张三-对照检查.docx', original)]);
    await shown();

    fireEvent.click(screen.getByRole('button', { name: '插入骨架' }));
    const dialog = await screen.findByTestId('plan-dialog');
    expect(within(dialog).getByTestId('plan-op-section:causes').textContent).toMatch(/原因分析/);
    expect(dialog.querySelectorAll('[data-testid^="plan-op-focus:"]')).toHaveLength(1);
    await act(async () => {
      fireEvent.click(within(dialog).getByRole('button', { name: '插入' }));
    });
    await waitFor(() => expect(screen.getByTestId('notice').textContent).toMatch(/已插入 2 处/));
    // Done: 插入骨架 is no longer offered; the download is the next step.
    expect((screen.getByRole('button', { name: '插入骨架' }) as HTMLButtonElement).disabled).toBe(true);
    expect(ratio('stat-sections')[0]).toBe(ratio('stat-sections')[1]);
    expect(document.querySelectorAll('[data-testid^="section-"][data-status="missing"]')).toHaveLength(0);
    expect(document.querySelectorAll('[data-testid^="focus-"][data-status="missing"]')).toHaveLength(0);
    expect(document.querySelector('[data-testid="doc-view"]')!.textContent).toContain('【待填写');

    const download = screen.getByRole('button', { name: '下载修改后的文件' }) as HTMLButtonElement;
    expect(download.disabled).toBe(false);
    fireEvent.click(download);
    expect(saved).toHaveLength(1);
    expect(saved[0].name).toBe('张三-对照检查-修改.docx');
    expect(saved[0].mime).toMatch(/wordprocessingml/);
    const bytes = saved[0].data as Uint8Array;
    expect(bytes).toBeInstanceOf(Uint8Array);
    // The downloaded file: every original paragraph in order, plus the inserted ones, and complete.
    const fixed = readDocument(bytes, 'fixed.docx');
    const texts = fixed.paragraphs.map((p) => p.text);
    let k = 0;
    for (const t of texts) if (k < LINES.length && t.replace(/^[一二三四五六七八九十]+、/, '') === LINES[k].replace(/^[一二三四五六七八九十]+、/, '')) k++;
    expect(k).toBe(LINES.length);
    expect(texts.length).toBeGreaterThan(LINES.length);
    const after = check(fixed, zuofeng);
    expect(after.findings.filter((f) => f.ruleId === 'structure/missing-section' || f.ruleId === 'focus/missing')).toEqual([]);
  });

  it('inserts into a .txt and downloads <name>-修改.txt', async () => {
    const { saved } = setup();
    await open([file('李四.txt', LINES.join('\n'))]);
    await shown();
    fireEvent.click(screen.getByRole('button', { name: '插入骨架' }));
    const dialog = await screen.findByTestId('plan-dialog');
    await act(async () => {
      fireEvent.click(within(dialog).getByRole('button', { name: '插入' }));
    });
    await waitFor(() => expect(document.querySelectorAll('[data-testid^="section-"][data-status="missing"]')).toHaveLength(0));
    fireEvent.click(screen.getByRole('button', { name: '下载修改后的文件' }));
    expect(saved[0].name).toBe('李四-修改.txt');
    const text = new NodeTextDecoder().decode(saved[0].data as Uint8Array);
    expect(text).toContain('原因分析');
    expect(text.split(/\r\n/).filter(Boolean).length).toBeGreaterThan(LINES.length);
  });

  it('shows the reader’s clear error for an unreadable file', async () => {
    setup();
    await open([fixture('bad-legacy.doc')]);
    const err = await screen.findByTestId('read-error');
    expect(err.textContent).toMatch(/\.doc/);
    expect(err.textContent).toMatch(/另存为/);
    expect(screen.queryByRole('button', { name: '插入骨架' })).toBeNull();
  });
});

describe('browser checker: batch', () => {
  it('opens several files as one table row each, opens a row, and exports the table as CSV', async () => {
    const { saved } = setup();
    await open([fixture('seed-typed.docx'), file('缺项.docx', buildDocx({ body: paras(LINES) })), fixture('bad-not-zip.docx')]);
    const rows = await batchRows(3);
    const table = screen.getByTestId('batch-table');
    expect(rows.map((r) => r.getAttribute('data-verdict'))).toEqual(['revise', 'fail', 'unreadable']);
    const cell = (r: HTMLElement, col: string) => r.querySelector(`[data-col="${col}"]`)!.textContent;
    expect(cell(rows[0], 'file')).toBe('seed-typed.docx');
    expect(cell(rows[0], 'verdict')).toBe('需修改');
    expect(cell(rows[1], 'verdict')).toBe('不达标');
    expect(cell(rows[1], 'why')).toMatch(/缺少必备部分/);
    expect(cell(rows[1], 'sections')).toMatch(/^(\d+)\/(\d+)$/);
    expect(cell(rows[2], 'error')).toMatch(/zip|压缩|docx/i);
    expect(screen.getByTestId('batch-totals').textContent).toMatch(/达标 0 · 需修改 1 · 不达标 1 · 无法读取 1/);
    // The column headers are the shared report columns.
    const headers = within(table).getAllByRole('columnheader').map((h) => h.textContent);
    expect(headers).toEqual(expect.arrayContaining(['文件', '必备部分', '重点方面已查摆', '错误', '警告', '结论', '结论依据', '无法读取的原因']));

    fireEvent.click(screen.getByRole('button', { name: '导出表格（CSV）' }));
    expect(saved).toHaveLength(1);
    expect(saved[0].name).toMatch(/\.csv$/);
    const csv = saved[0].data as string;
    const lines = csv.replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    expect(lines[0].split(',')).toEqual(CSV_COLUMNS.map((c) => c.label.zh));
    expect(lines).toHaveLength(4);
    expect(lines[2]).toMatch(/^缺项\.docx,/);
    expect(lines[2]).toContain('不达标');

    fireEvent.click(screen.getByRole('button', { name: '导出报告（HTML）' }));
    expect(saved[1].name).toMatch(/\.html$/);
    expect(saved[1].data as string).toContain('缺项.docx');

    // A row opens that file's full result; back returns to the table.
    fireEvent.click(rows[1]);
    await shown();
    expect(screen.getByTestId('file-name').textContent).toBe('缺项.docx');
    expect(screen.getByTestId('stat-sections')).toBeTruthy();
    fireEvent.click(screen.getByTestId('back'));
    expect(await screen.findByTestId('batch-table')).toBeTruthy();
  });

  it('marks a file added a second time', async () => {
    setup();
    const bytes = buildDocx({ body: paras(LINES) });
    await open([file('张三.docx', bytes), file('李四.docx', buildDocx({ body: paras(LINES.slice(0, 5)) }))]);
    await batchRows(2);
    await open([file('张三.docx', bytes)]);
    const rows = await batchRows(3);
    expect(rows.map((r) => !!within(r).queryByTestId('duplicate'))).toEqual([false, false, true]);
    expect(within(rows[2]).getByTestId('duplicate').textContent).toBe('重复添加');
    // Sorted by file name, and filtered by verdict.
    fireEvent.click(screen.getByTestId('sort-file'));
    const names = () => screen.getAllByTestId('batch-row').map((r) => r.querySelector('[data-col="file"]')!.textContent!.replace('重复添加', ''));
    expect(names()).toEqual([...names()].sort((a, b) => a.localeCompare(b, 'zh-CN')));
    fireEvent.click(screen.getByTestId('sort-file'));
    expect(names()).toEqual([...names()].sort((a, b) => b.localeCompare(a, 'zh-CN')));
    const verdicts = screen.getAllByTestId('batch-row').map((r) => r.getAttribute('data-verdict'));
    const pick = verdicts[0]!;
    fireEvent.change(screen.getByTestId('verdict-filter'), { target: { value: pick } });
    expect(screen.getAllByTestId('batch-row').map((r) => r.getAttribute('data-verdict'))).toEqual(verdicts.filter((v) => v === pick));
  });

  it('accepts dropped files, and fixing one from the table updates its row', async () => {
    setup();
    const zone = screen.getByTestId('drop-zone');
    await act(async () => {
      fireEvent.drop(zone, { dataTransfer: { files: [fixture('seed-wps.docx'), file('缺项.docx', buildDocx({ body: paras(LINES) }))], types: ['Files'] } });
    });
    const rows = await batchRows(2);
    expect(rows[1].getAttribute('data-verdict')).toBe('fail');
    fireEvent.click(rows[1]);
    await shown();
    fireEvent.click(screen.getByRole('button', { name: '插入骨架' }));
    const dialog = await screen.findByTestId('plan-dialog');
    await act(async () => {
      fireEvent.click(within(dialog).getByRole('button', { name: '插入' }));
    });
    await waitFor(() => expect(document.querySelectorAll('[data-testid^="section-"][data-status="missing"]')).toHaveLength(0));
    fireEvent.click(screen.getByTestId('back'));
    const after = within(await screen.findByTestId('batch-table')).getAllByTestId('batch-row');
    // The row shows the fixed file: every required section present (the verdict may still ask for content).
    const [have, need] = (after[1].querySelector('[data-col="sections"]')!.textContent ?? '').split('/').map(Number);
    expect(have).toBe(need);
    expect(after[1].querySelector('[data-col="why"]')!.textContent).not.toMatch(/缺少必备部分/);
  });

  it('re-checks every file with a chosen built-in profile, and reports a bad profile file by field path', async () => {
    setup();
    await open([fixture('seed-typed.docx'), fixture('seed-styled.docx')]);
    const rows = () => within(screen.getByTestId('batch-table')).getAllByTestId('batch-row');
    await batchRows(2);
    const select = screen.getByTestId('profile-select') as HTMLSelectElement;
    await waitFor(() => expect(select.querySelector('option[value="generic"]')).not.toBeNull());
    const generic = getBuiltinProfile('generic')!;
    await act(async () => {
      fireEvent.change(select, { target: { value: 'generic' } });
    });
    await waitFor(() => expect(rows()[0].querySelector('[data-col="profile"]')!.textContent).toBe(generic.name));
    expect(rows()[1].querySelector('[data-col="profile"]')!.textContent).toBe(generic.name);

    await act(async () => {
      fireEvent.change(select, { target: { value: '__load__' } });
    });
    const input = (await screen.findByTestId('profile-file')) as HTMLInputElement;
    const bad = JSON.stringify({ id: 'x', name: '坏配置', sections: [{ id: 's', title: 5 }] });
    await act(async () => {
      Object.defineProperty(input, 'files', { value: [file('bad.json', bad)], configurable: true });
      fireEvent.change(input);
    });
    const alert = await screen.findByText('配置文件有误，未加载：');
    expect(alert.closest('[role="alert"]')!.textContent).toMatch(/sections/);
    // The files are still checked against the generic profile.
    expect(rows()[0].querySelector('[data-col="profile"]')!.textContent).toBe(generic.name);
  });
});

/** @jest-environment jsdom */
import '../checker/jsdom-polyfills';
import { LINES } from './sample-report';
import * as React from 'react';
import { configure, act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { modelFromLines, type DocumentHost } from '../../src/core';
import { MemoryHost } from '../../src/core/memory-host';
import { Root } from '../../src/taskpane/App';
import { SETTING_IGNORES, SETTING_PROFILE } from '../../src/taskpane/logic';

function setup(opts: { settings?: Record<string, string>; readOnly?: boolean; host?: DocumentHost; preview?: boolean } = {}) {
  const mem = new MemoryHost(modelFromLines(LINES), { settings: opts.settings, readOnly: opts.readOnly });
  const host = opts.host ?? mem;
  const utils = render(<Root host={host} preview={opts.preview === false ? undefined : mem} debounceMs={20} />);
  return { mem, host, user: userEvent.setup({ delay: null, pointerEventsCheck: 0 }), ...utils };
}

async function runCheck(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole('button', { name: '检查' }));
  await screen.findByTestId('stat-sections');
}

const statText = (id: string) => screen.getByTestId(id).textContent ?? '';
const ratio = (id: string) => {
  const m = /(\d+)\/(\d+)/.exec(statText(id));
  if (!m) throw new Error(`no ratio in ${id}: ${statText(id)}`);
  return [Number(m[1]), Number(m[2])];
};

// Lazy chunks load slowly when the machine is busy: wait up to 5 s for what a test expects to appear.
configure({ asyncUtilTimeout: 5000 });

beforeEach(() => localStorage.clear());

describe('task pane', () => {
  it('shows the preview banner and, after 检查, the summary, the section checklist and the focus areas', async () => {
    const { user } = setup();
    expect(screen.getByText('预览模式：未在 Word 中运行，正在检查内置示例文档')).toBeTruthy();
    await runCheck(user);
    const [present, required] = ratio('stat-sections');
    expect(present).toBe(required - 1);
    const missingSections = document.querySelectorAll('[data-testid^="section-"][data-status="missing"]');
    expect(missingSections).toHaveLength(1);
    expect(missingSections[0].textContent).toMatch(/原因/);
    expect(document.querySelectorAll('[data-testid^="focus-"][data-status="missing"]')).toHaveLength(1);
    expect(document.querySelectorAll('[data-testid^="focus-"][data-status="addressed"]').length).toBeGreaterThan(0);
    const [addressed, total] = ratio('stat-aspects');
    expect(addressed).toBeLessThan(total);
    // The detection reason is one short line; the detail comes on demand.
    expect(screen.getByTestId('detection-reason').textContent).toMatch(/^识别为：/);
    expect(screen.queryByTestId('detection-detail')).toBeNull();
    await user.click(screen.getByTestId('detection-why'));
    expect(screen.getByTestId('detection-detail').textContent).toMatch(/自动识别/);
    expect(screen.getByTestId('group-structure')).toBeTruthy();
  });

  it('clicking a finding selects its paragraph in the host and highlights it in the preview', async () => {
    const { user, mem } = setup();
    const select = jest.spyOn(mem, 'select');
    await runCheck(user);
    const finding = within(screen.getByTestId('group-structure')).getAllByTestId('finding')[0];
    await user.click(within(finding).getByRole('button', { name: /第 \d+ 段/ }));
    expect(select).toHaveBeenCalledTimes(1);
    const [paragraph] = select.mock.calls[0];
    expect(typeof paragraph).toBe('number');
    await waitFor(() => expect(document.querySelector('[data-selected="true"]')?.getAttribute('data-paragraph')).toBe(String(paragraph)));
    // A section row with a paragraph selects that heading.
    await user.click(screen.getByTestId('section-study'));
    expect(select.mock.calls.at(-1)?.[0]).toBe(2);
  });

  it('insert preview lists the ops; 全部插入 then re-check shows every section present, and inserting again adds nothing', async () => {
    const { user, mem } = setup();
    const apply = jest.spyOn(mem, 'apply');
    await runCheck(user);
    await user.click(screen.getByRole('button', { name: '插入缺项' }));
    const dialog = await screen.findByRole('dialog', {}, { timeout: 5000 }); // a lazy chunk
    const ops = within(dialog).getAllByTestId(/^op-/);
    expect(ops.length).toBeGreaterThanOrEqual(2);
    expect(dialog.textContent).toMatch(/原因分析/);
    expect(dialog.textContent).toMatch(/重新编号/);
    await user.click(within(dialog).getByRole('button', { name: '全部插入' }));
    await within(dialog).findByText('没有需要插入的内容：结构已完整。');
    expect(apply).toHaveBeenCalledTimes(1);
    const report = await apply.mock.results[0].value;
    expect(report.inserted.length).toBe(ops.length);
    expect(screen.getByTestId('notice').textContent).toMatch(new RegExp(`已插入 ${ops.length} 处`));
    const [present, required] = ratio('stat-sections');
    expect(present).toBe(required);
    expect(document.querySelectorAll('[data-testid^="section-"][data-status="missing"]')).toHaveLength(0);
    // Applying the same plan again through the host inserts nothing.
    const again = await mem.apply(apply.mock.calls[0][0]);
    expect(again.inserted).toEqual([]);
    expect(again.skipped.length).toBe(ops.length);
  });

  it('标注 flags every unaddressed focus area in the host and 清除标注 removes them', async () => {
    const { user, mem } = setup();
    await runCheck(user);
    await user.click(screen.getByRole('button', { name: '标注' }));
    await waitFor(() => expect(mem.flagged.size).toBeGreaterThan(0));
    const messages = [...mem.flagged.values()].flat();
    expect(messages.some((m) => /防范化解重大风险/.test(m))).toBe(true);
    expect(screen.getByTestId('notice').textContent).toMatch(new RegExp(`已添加 ${messages.length} 处标注`));
    expect(document.querySelectorAll('[data-flagged="true"]').length).toBe(mem.flagged.size);
    await user.click(screen.getByRole('button', { name: '清除标注' }));
    await waitFor(() => expect(mem.flagged.size).toBe(0));
    expect(screen.getByTestId('notice').textContent).toMatch(new RegExp(`已清除 ${messages.length} 处标注`));
    expect(document.querySelectorAll('[data-flagged="true"]')).toHaveLength(0);
  });

  it('a profile file with errors lists each bad field path and is not used', async () => {
    const { user, mem } = setup();
    await user.selectOptions(screen.getByTestId('profile-select'), '__load__');
    const input = (await screen.findByTestId('profile-file')) as HTMLInputElement;
    const bad = JSON.stringify({ schemaVersion: 1, id: 'Bad Id', name: 'x', sections: [{ id: 'a', title: 't' }] });
    await user.upload(input, new File([bad], 'bad.json', { type: 'application/json' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/配置文件有误/);
    expect(alert.textContent).toMatch(/(^|[^.\w])id：/);
    expect(alert.textContent).toMatch(/sections\[0\]\.required/);
    expect(await mem.getSetting(SETTING_PROFILE)).toBeUndefined();
  });

  it('a valid profile file is used and remembered', async () => {
    const { user, mem } = setup();
    await user.selectOptions(screen.getByTestId('profile-select'), '__load__');
    const input = (await screen.findByTestId('profile-file')) as HTMLInputElement;
    const profile = {
      schemaVersion: 1,
      id: 'mini',
      name: '迷你配置',
      sections: [
        { id: 'study', title: '学习情况', required: true },
        { id: 'plan', title: '整改措施', required: true },
      ],
    };
    await user.upload(input, new File([JSON.stringify(profile)], 'mini.json', { type: 'application/json' }));
    await screen.findByText('已加载配置文件「迷你配置」');
    expect(JSON.parse((await mem.getSetting(SETTING_PROFILE))!).id).toBe('mini');
    await runCheck(user);
    expect(ratio('stat-sections')[1]).toBe(2);
  });

  it('restores the remembered built-in profile', async () => {
    const { user } = setup({ settings: { [SETTING_PROFILE]: 'generic' } });
    await waitFor(() => expect((screen.getByTestId('profile-select') as HTMLSelectElement).value).toBe('generic'));
    await runCheck(user);
    expect(screen.queryByTestId('detection-reason')).toBeNull();
  });

  it('switches to English', async () => {
    const { user } = setup();
    await user.click(screen.getByRole('button', { name: 'English' }));
    expect(screen.getByText('Preview mode: not running in Word; checking the built-in sample document')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Check' }));
    await screen.findByTestId('stat-sections');
    expect(screen.getByText('Sections', { selector: 'h2' })).toBeTruthy();
    expect(screen.getByRole('button', { name: '中文' })).toBeTruthy();
  });

  it('忽略 hides a finding and remembers it per document; 一键修改 applies the fix', async () => {
    const { user, mem } = setup();
    await runCheck(user);
    const before = screen.getAllByTestId('finding').length;
    await user.click(within(screen.getAllByTestId('finding')[0]).getByRole('button', { name: '忽略' }));
    expect(screen.getAllByTestId('finding')).toHaveLength(before - 1);
    expect(JSON.parse((await mem.getSetting(SETTING_IGNORES))!)).toHaveLength(1);
    const fixable = screen.getAllByTestId('finding').find((f) => within(f).queryByRole('button', { name: '一键修改' }));
    if (!fixable) throw new Error('expected a fixable finding (half-width quotes)');
    const applyFix = jest.spyOn(mem, 'applyFix');
    await user.click(within(fixable).getByRole('button', { name: '一键修改' }));
    await waitFor(() => expect(applyFix).toHaveBeenCalled());
    expect(await applyFix.mock.results[0].value).toBe(true);
  });

  it('re-checks automatically after an edit, unless switched off', async () => {
    const { user, mem } = setup();
    await runCheck(user);
    const n = screen.getAllByTestId('finding').length;
    act(() => mem.setParagraphText(3, '我学习了。这里有"半角引号"。'));
    await waitFor(() => expect(screen.getAllByTestId('finding').length).not.toBe(n));
    const n2 = screen.getAllByTestId('finding').length;
    await user.click(screen.getByRole('switch'));
    act(() => mem.setParagraphText(3, LINES[3]));
    await new Promise((r) => setTimeout(r, 100));
    expect(screen.getAllByTestId('finding')).toHaveLength(n2);
  });

  it('says when the document is read-only and disables writing', async () => {
    setup({ readOnly: true });
    await screen.findByText('文档为只读或受保护，无法插入或标注；检查仍可进行。');
    expect((screen.getByRole('button', { name: '插入缺项' }) as HTMLButtonElement).disabled).toBe(true);
    expect((screen.getByRole('button', { name: '检查' }) as HTMLButtonElement).disabled).toBe(false);
  });

  it('shows host errors as a message, and a readable message instead of a blank pane when rendering fails', async () => {
    const mem = new MemoryHost(modelFromLines(LINES));
    jest.spyOn(mem, 'read').mockRejectedValue(new Error('GeneralException: 无法读取文档'));
    const { unmount } = render(<Root host={mem} />);
    fireEvent.click(screen.getByRole('button', { name: '检查' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/无法读取文档/);
    unmount();

    const broken = new MemoryHost(modelFromLines(LINES));
    jest.spyOn(broken, 'capabilities').mockImplementation(() => {
      throw new Error('Word API 不可用');
    });
    const err = jest.spyOn(console, 'error').mockImplementation(() => {});
    render(<Root host={broken} />);
    expect(screen.getByRole('alert').textContent).toMatch(/任务窗格出现错误.*Word API 不可用/s);
    err.mockRestore();
  });

  it('tells the user in one plain line which Word features are unavailable, and the line can be closed for good', async () => {
    const mem = new MemoryHost(modelFromLines(LINES), { capabilities: { comments: false, paragraphEvents: false }, trackChanges: true });
    const { unmount } = render(<Root host={mem} />);
    const note = screen.getByTestId('note-cap-comments');
    expect(note.textContent).toBe('此版本 Word 不支持批注，标注将改用黄色底纹。');
    // No requirement-set names, and no note at all for the polling fallback.
    expect(document.body.textContent).not.toMatch(/WordApi|段落变更事件/);
    await screen.findByText('修订模式已打开：插入的内容将显示为修订。');
    fireEvent.click(within(note).getByRole('button', { name: '不再显示' }));
    expect(screen.queryByTestId('note-cap-comments')).toBeNull();
    unmount();
    render(<Root host={mem} />);
    expect(screen.queryByTestId('note-cap-comments')).toBeNull();
  });
});

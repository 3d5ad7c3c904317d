/** @jest-environment jsdom */
/** Issue 16 in the pane: verdict, category filter, 上一处/下一处, pair fix with 撤销, 忽略此类问题, notices, optional sections, language. */
import '../checker/jsdom-polyfills';
import { LINES } from './sample-report';
import * as React from 'react';
import { configure, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { modelFromLines } from '../../src/core';
import { MemoryHost } from '../../src/core/memory-host';
import { Root } from '../../src/taskpane/App';
import { SETTING_IGNORED_RULES, SETTING_PROFILE } from '../../src/taskpane/logic';

configure({ asyncUtilTimeout: 5000 });
// Each test drives several checks through jsdom and Fluent: slow on a shared 2-core machine, not a timed test.
jest.setTimeout(120_000);

function setup(opts: { settings?: Record<string, string>; displayLanguage?: string; capabilities?: { comments?: boolean } } = {}) {
  const mem = new MemoryHost(modelFromLines(LINES), { settings: opts.settings, capabilities: opts.capabilities });
  const utils = render(<Root host={mem} preview={mem} debounceMs={20} displayLanguage={opts.displayLanguage} />);
  return { mem, user: userEvent.setup({ delay: null, pointerEventsCheck: 0 }), ...utils };
}

async function runCheck(user: ReturnType<typeof userEvent.setup>, label = '检查') {
  await user.click(screen.getByRole('button', { name: label }));
  await screen.findByTestId('stat-sections');
  await waitFor(() => expect((screen.getByRole('button', { name: label }) as HTMLButtonElement).disabled).toBe(false));
}

const cards = () => screen.queryAllByTestId('finding');
const num = (id: string) => Number(screen.getByTestId(id).textContent?.match(/\d+/)?.[0]);

beforeEach(() => localStorage.clear());

describe('pane (issue 16)', () => {
  it('shows the verdict with its reason, and 错误/警告/提示 counts that add up to the cards below', async () => {
    const { user } = setup();
    await runCheck(user);
    const verdict = screen.getByTestId('pane-verdict');
    expect(verdict.getAttribute('data-verdict')).toBe('fail');
    expect(verdict.textContent).toMatch(/不达标/);
    expect(screen.getByTestId('pane-verdict-why').textContent).toMatch(/\S/);
    const sum = num('stat-errors') + num('stat-warnings') + num('stat-infos');
    expect(sum).toBe(cards().length);
    expect(screen.getByTestId('stat-warnings').textContent).toMatch(/警告/);
    expect(document.body.textContent).not.toMatch(/提醒/);
  });

  it('category counts filter the list; 全部 shows everything again', async () => {
    const { user } = setup();
    await runCheck(user);
    const all = cards().length;
    const chip = screen.getByTestId('filter-punct');
    const n = Number(chip.textContent?.match(/\d+/)?.[0]);
    await user.click(chip);
    expect(cards()).toHaveLength(n);
    expect(cards().every((c) => c.getAttribute('data-rule')?.startsWith('punct/'))).toBe(true);
    expect(screen.queryByTestId('group-structure')).toBeNull();
    await user.click(screen.getByTestId('filter-all'));
    expect(cards()).toHaveLength(all);
  });

  it('上一处/下一处 go through the findings in document order and select each in Word', async () => {
    const { user, mem } = setup();
    await runCheck(user);
    const select = jest.spyOn(mem, 'select');
    const seen: number[] = [];
    const total = Number(screen.getByTestId('nav-position').textContent?.match(/\d+/)?.[0]);
    for (let i = 0; i < total; i++) {
      await user.click(screen.getByTestId('nav-next'));
      seen.push(select.mock.calls.at(-1)![0]);
      expect(screen.getByTestId('nav-position').textContent).toBe(`第 ${i + 1}/${total} 处`);
      expect(document.querySelectorAll('[data-current="true"]')).toHaveLength(1);
    }
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    await user.click(screen.getByTestId('nav-next')); // wraps to the first
    expect(select.mock.calls.at(-1)![0]).toBe(seen[0]);
    await user.click(screen.getByTestId('nav-prev')); // and back to the last
    expect(select.mock.calls.at(-1)![0]).toBe(seen[seen.length - 1]);
  });

  it('a half-width quote pair is one card with before → after; one click fixes both marks; 撤销 puts them back', async () => {
    const { user, mem } = setup();
    await runCheck(user);
    const pair = cards().filter((c) => c.getAttribute('data-rule') === 'punct/halfwidth' && /四风/.test(c.textContent ?? ''));
    expect(pair).toHaveLength(1);
    expect(within(pair[0]).getByTestId('change-before').textContent).toMatch(/解决"四风"问题/);
    expect(within(pair[0]).getByTestId('change-after').textContent).toMatch(/解决“四风”问题/);
    expect(within(pair[0]).getByTestId('change-after').querySelectorAll('ins')).toHaveLength(2);
    await user.click(within(pair[0]).getByRole('button', { name: '一键修改' }));
    await waitFor(async () => expect((await mem.read()).paragraphs[8].text).toMatch(/解决“四风”问题/));
    const notice = await screen.findByText(/^已修改：/);
    expect(notice.textContent).toBe('已修改：解决"四风"问题 → 解决“四风”问题');
    // No new 引号不成对 finding appears between the two marks.
    expect(cards().some((c) => c.getAttribute('data-rule') === 'punct/unpaired')).toBe(false);
    await user.click(screen.getByTestId('undo'));
    await waitFor(async () => expect((await mem.read()).paragraphs[8].text).toMatch(/解决"四风"问题/));
    await screen.findByText('已撤销。');
    await waitFor(() => expect(cards().filter((c) => /四风/.test(c.textContent ?? '') && c.getAttribute('data-rule') === 'punct/halfwidth')).toHaveLength(1));
  });

  it('忽略 has 撤销; 忽略此类问题 hides the whole rule for this document, with a way back in 设置', async () => {
    const { user, mem } = setup();
    await runCheck(user);
    const before = cards().length;
    await user.click(within(cards()[0]).getByRole('button', { name: '忽略' }));
    expect(cards()).toHaveLength(before - 1);
    await user.click(screen.getByTestId('undo'));
    expect(cards()).toHaveLength(before);

    const rule = cards().find((c) => c.getAttribute('data-rule') === 'punct/halfwidth')!;
    const ofRule = cards().filter((c) => c.getAttribute('data-rule') === 'punct/halfwidth').length;
    await user.click(within(rule).getByRole('button', { name: '忽略此类问题' }));
    expect(cards().filter((c) => c.getAttribute('data-rule') === 'punct/halfwidth')).toHaveLength(0);
    expect(cards()).toHaveLength(before - ofRule);
    await screen.findByText(/本文档不再提示“.+”；可在“设置”中恢复。/);
    await waitFor(async () => expect(JSON.parse((await mem.getSetting(SETTING_IGNORED_RULES))!)).toEqual(['punct/halfwidth']));

    await user.click(screen.getByTestId('settings-toggle'));
    const item = await screen.findByTestId('ignored-rule-punct/halfwidth');
    await user.click(within(item).getByRole('button', { name: '恢复' }));
    expect(cards()).toHaveLength(before);
    await waitFor(async () => expect(JSON.parse((await mem.getSetting(SETTING_IGNORED_RULES))!)).toEqual([]));
  });

  it('notices can be closed, and a notice about the last action goes with the next check', async () => {
    const { user } = setup();
    await runCheck(user);
    await user.click(screen.getByRole('button', { name: '清除标注' }));
    const n = await screen.findByTestId('notice');
    expect(n.textContent).toMatch(/已清除/);
    await user.click(within(n).getByRole('button', { name: '关闭' }));
    expect(screen.queryByTestId('notice')).toBeNull();
    await user.click(screen.getByRole('button', { name: '清除标注' }));
    await screen.findByTestId('notice');
    await runCheck(user);
    expect(screen.queryByTestId('notice')).toBeNull();
  });

  it('a second 标注 says everything is already flagged instead of "已添加 0 处"', async () => {
    const { user } = setup();
    await runCheck(user);
    await user.click(screen.getByRole('button', { name: '标注' }));
    await screen.findByText(/已添加 \d+ 处标注/);
    await user.click(screen.getByRole('button', { name: '标注' }));
    await screen.findByText('已全部标注，无需重复标注。');
  });

  it('an optional section that is absent is grey 可选, never a red 缺少', async () => {
    const { user } = setup({ settings: { [SETTING_PROFILE]: 'generic' } });
    await waitFor(() => expect((screen.getByTestId('profile-select') as HTMLSelectElement).value).toBe('generic'));
    await runCheck(user);
    const optional = document.querySelectorAll('[data-testid^="section-"][data-status="optional"]');
    expect(optional.length).toBeGreaterThan(0);
    for (const row of optional) {
      expect(row.textContent).toMatch(/可选/);
      expect(row.textContent).not.toMatch(/缺少/);
    }
  });

  it('follows Office’s display language, and remembers the user’s own choice', async () => {
    const first = setup({ displayLanguage: 'en-US' });
    expect(screen.getByRole('button', { name: 'Check' })).toBeTruthy();
    await first.user.click(screen.getByRole('button', { name: '中文' }));
    expect(screen.getByRole('button', { name: '检查' })).toBeTruthy();
    first.unmount();
    setup({ displayLanguage: 'en-US' });
    expect(screen.getByRole('button', { name: '检查' })).toBeTruthy();
  });

  it('the profile picker shows names short enough for 320 px, keeping what tells them apart', async () => {
    setup();
    const select = screen.getByTestId('profile-select') as HTMLSelectElement;
    await waitFor(() => expect(select.querySelector('option[value="zuofeng-2022"]')).not.toBeNull());
    const opt = select.querySelector('option[value="zuofeng-2022"]')!;
    expect(opt.textContent).toMatch(/（五个聚焦）/);
    expect(opt.textContent!.length).toBeLessThan(opt.getAttribute('title')!.length);
  });

  it('in preview, your own pasted text is checked instead of the sample', async () => {
    const { user, mem } = setup();
    fireEvent.click(await screen.findByText('检查自己的文字'));
    await user.type(screen.getByTestId('own-text-input'), '一、学习情况{enter}我认真学习。');
    await user.click(screen.getByRole('button', { name: '用这段文字检查' }));
    await waitFor(async () => expect((await mem.read()).paragraphs.map((p) => p.text)).toEqual(['一、学习情况', '我认真学习。']));
    await screen.findByTestId('stat-sections');
  });
});

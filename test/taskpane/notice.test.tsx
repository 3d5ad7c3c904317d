/** @jest-environment jsdom */
/** The pane's 从通知生成… flow: paste a notice, edit its items, 使用 / 保存到文档, and the profiles kept for later. */
import '../checker/jsdom-polyfills';
import * as React from 'react';
import { readFileSync } from 'fs';
import * as path from 'path';
import { act, configure, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { modelFromLines } from '../../src/core';
import { MemoryHost } from '../../src/core/memory-host';
import { Root } from '../../src/taskpane/App';
import NoticeDialog from '../../src/taskpane/notice/NoticeDialog';
import { SETTING_SAVED_PROFILES } from '../../src/taskpane/notice/store';
import type { Profile } from '../../src/core/profile';

const NOTICES = path.join(__dirname, '../fixtures/notices');
const notice = (name: string) => readFileSync(path.join(NOTICES, `${name}.txt`), 'utf8');

configure({ asyncUtilTimeout: 5000 });
beforeEach(() => localStorage.clear());
beforeAll(() => {
  // Fluent's MessageBar measures itself; jsdom has no ResizeObserver (every browser Word uses has one).
  (window as { ResizeObserver?: unknown }).ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
});

function dialog(host?: MemoryHost) {
  const used: { profile: Profile; text: string }[] = [];
  render(<NoticeDialog locale="zh-CN" host={host} onUse={(profile, text) => used.push({ profile, text })} onClose={() => undefined} />);
  return { used, user: userEvent.setup({ delay: null }) };
}

const titles = () => screen.getAllByTestId('notice-item-title').map((e) => (e as HTMLInputElement).value);

describe('NoticeDialog', () => {
  it('shows the items of the chosen list; rename, merge, split, delete, add and keywords shape the profile it uses', async () => {
    const { used, user } = dialog();
    fireEvent.change(screen.getByTestId('notice-text'), { target: { value: notice('07-two-lists') } });
    await user.click(screen.getByTestId('notice-read'));
    expect(titles()).toEqual(['发挥政治引领作用', '贯彻落实上级党组织工作部署', '定期开展党的组织生活', '严格党员日常教育管理监督', '联系服务群众', '改进工作作风']);
    // the second list (党员个人)
    fireEvent.change(screen.getByTestId('notice-list'), { target: { value: '1' } });
    expect(titles()).toEqual(['理想信念', '党性修养', '纪律作风', '发挥先锋模范作用']);
    const items = () => screen.getAllByTestId('notice-item');
    fireEvent.change(within(items()[0]).getByTestId('notice-item-title'), { target: { value: '坚定理想信念' } });
    await user.click(within(items()[3]).getByTestId('notice-item-remove'));
    await user.click(within(items()[2]).getByTestId('notice-item-merge'));
    expect(titles()).toEqual(['坚定理想信念', '党性修养；纪律作风']);
    await user.click(within(items()[1]).getByTestId('notice-item-split'));
    expect(titles()).toEqual(['坚定理想信念', '党性修养', '纪律作风']);
    await user.click(screen.getByTestId('notice-add'));
    fireEvent.change(within(items()[3]).getByTestId('notice-item-title'), { target: { value: '密切联系群众' } });
    fireEvent.change(within(items()[3]).getByTestId('notice-item-keywords'), { target: { value: '群众、走访，诉求' } });
    await user.click(screen.getByTestId('notice-use'));
    expect(used).toHaveLength(1);
    const p = used[0].profile;
    expect(p.focusAreas.map((f) => f.title)).toEqual(['坚定理想信念', '党性修养', '纪律作风', '密切联系群众']);
    expect(p.focusAreas[3].keywords.map((k) => k.text)).toEqual(['群众', '走访', '诉求']);
    expect(JSON.parse(used[0].text).id).toBe(p.id);
  });

  it('reads a chosen .txt notice file', async () => {
    const { used, user } = dialog();
    const input = screen.getByTestId('notice-file') as HTMLInputElement;
    await act(async () => {
      Object.defineProperty(input, 'files', { value: [new File([notice('06-duizhao-kan')], '通知.txt')], configurable: true });
      fireEvent.change(input);
    });
    await waitFor(() => expect(titles()).toEqual(['对照党章党规', '对照入党誓词', '对照先进典型']));
    await user.click(screen.getByTestId('notice-use'));
    expect(used[0].profile.focusAreas[0].aspects[0].requirement).toBe('看是否牢记党员身份、履行党员义务');
  });

  it('says so when the notice has no list', async () => {
    const { user } = dialog();
    fireEvent.change(screen.getByTestId('notice-text'), { target: { value: '关于召开组织生活会的通知\n请按时参加。' } });
    await user.click(screen.getByTestId('notice-read'));
    expect(screen.getByTestId('notice-message').textContent).toMatch(/未能在通知中找到/);
    expect(screen.queryByTestId('notice-use')).toBeNull();
  });

  it('保存到文档 keeps the profile in the document settings, and it is listed next time with the recent ones', async () => {
    const host = new MemoryHost(modelFromLines(['x']));
    const first = dialog(host);
    fireEvent.change(screen.getByTestId('notice-text'), { target: { value: notice('09-invented-kan-subpoints') } });
    await first.user.click(screen.getByTestId('notice-read'));
    await first.user.click(screen.getByTestId('notice-save'));
    await screen.findByText(/已保存到文档/);
    const saved = JSON.parse((await host.getSetting(SETTING_SAVED_PROFILES))!);
    expect(saved[0].name).toMatch(/三比三看/);
    await first.user.click(screen.getByTestId('notice-use'));
    document.body.innerHTML = '';
    const again = dialog(host);
    expect((await screen.findAllByTestId('kept-doc'))[0].textContent).toMatch(/三比三看/);
    expect(screen.getAllByTestId('kept-recent')[0].textContent).toMatch(/三比三看/);
    await again.user.click(within(screen.getAllByTestId('kept-doc')[0]).getByRole('button'));
    expect(again.used[0].profile.focusAreas.map((f) => f.title)).toEqual(['比政治站位', '比履职实绩', '比纪律作风']);
  });
});

describe('task pane: 检查配置 → 从通知生成…', () => {
  it('uses the profile made from the notice and checks: the item the document lacks is named missing', async () => {
    const mem = new MemoryHost(
      modelFromLines([
        '2024年度民主生活会个人对照检查材料',
        '按照局党组的安排，我对照“四个带头”查摆问题。现报告如下：',
        '一、存在的问题',
        '（一）在带头严守政治纪律和政治规矩，维护党的团结统一方面',
        '贯彻上级决策部署有时打折扣，2024年5月的部署直到6月下旬才制定方案。',
        '（二）在带头增强党性、严守纪律、砥砺作风方面',
        '党纪学习教育中对《纪律处分条例》学得不细，形式主义问题在分管领域仍有表现，下发表格143份。',
        '（三）在带头履行全面从严治党政治责任方面',
        '履行一岗双责不到位，对分管科室的廉政风险点监督不够，全年只开展1次谈心谈话。',
        '二、问题产生的原因',
        '理想信念有所弱化，党性修养不够，宗旨意识淡薄，纪律规矩意识不强。',
        '三、整改措施',
        '2025年3月底前完成分管领域廉政风险排查，由本人负责。',
      ]),
    );
    render(<Root host={mem} preview={mem} debounceMs={20} />);
    const user = userEvent.setup({ delay: null });
    await user.click(await screen.findByTestId('notice-open'));
    fireEvent.change(await screen.findByTestId('notice-text'), { target: { value: notice('01-minzhu-2024-semicolon') } });
    await user.click(screen.getByTestId('notice-read'));
    await user.click(screen.getByTestId('notice-use'));
    await screen.findByTestId('stat-sections');
    await waitFor(() => expect(document.querySelectorAll('[data-testid^="focus-"][data-status="missing"]').length).toBe(1));
    const missing = document.querySelector('[data-testid^="focus-"][data-status="missing"]')!;
    expect(missing.textContent).toContain('带头在遵规守纪、清正廉洁前提下勇于担责、敢于创新');
    expect(screen.queryByTestId('notice-dialog')).toBeNull();
  });
});

/** @jest-environment jsdom */
/** The browser checker's 从通知生成…: the year's notice becomes the profile the open file is checked against. */
import '../checker/jsdom-polyfills';
import { readFileSync } from 'fs';
import * as path from 'path';
import * as React from 'react';
import { act, configure, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { CheckerRoot } from '../../src/checker/CheckerApp';

configure({ asyncUtilTimeout: 8000 });
beforeAll(() => {
  (window as { ResizeObserver?: unknown }).ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
});

const REPORT = [
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
].join('\n');

it('checks the open file against the profile made from the pasted notice and names the missing item', async () => {
  render(<CheckerRoot save={() => undefined} />);
  const input = screen.getByTestId('file-input') as HTMLInputElement;
  await act(async () => {
    Object.defineProperty(input, 'files', { value: [new File([REPORT], '材料.txt')], configurable: true });
    fireEvent.change(input);
  });
  fireEvent.click(await screen.findByTestId('notice-open'));
  const notice = readFileSync(path.join(__dirname, '../fixtures/notices/01-minzhu-2024-semicolon.txt'), 'utf8');
  fireEvent.change(await screen.findByTestId('notice-text'), { target: { value: notice } });
  fireEvent.click(screen.getByTestId('notice-read'));
  expect(screen.queryByTestId('notice-save')).toBeNull(); // no document settings in the browser checker
  fireEvent.click(screen.getByTestId('notice-use'));
  await waitFor(() => expect(document.body.textContent).toContain('带头在遵规守纪、清正廉洁前提下勇于担责、敢于创新'));
  await waitFor(() => expect(document.querySelectorAll('[data-status="missing"]').length).toBeGreaterThan(0));
  const missing = [...document.querySelectorAll('[data-status="missing"]')].map((e) => e.textContent).join('\n');
  expect(missing).toContain('勇于担责');
});

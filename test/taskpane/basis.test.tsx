/** @jest-environment jsdom */
/** 判断依据 in the pane: each section and focus area shows, collapsed, why the engine read it that way (issue 14). */
import '../checker/jsdom-polyfills';
import * as React from 'react';
import { configure, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { modelFromLines } from '../../src/core';
import { MemoryHost } from '../../src/core/memory-host';
import { Root } from '../../src/taskpane/App';

configure({ asyncUtilTimeout: 5000 });
jest.setTimeout(120_000);

const LINES = [
  '按照市委要求，我围绕“五个聚焦”，深入查摆了问题。现汇报如下：',
  '一、存在的主要问题',
  '聚焦群众的急难愁盼，深入查摆在为民服务上有没有敷衍了事、推诿扯皮等问题。我对不属于自己分管的群众诉求有回避心理，今年3月一件信访件拖了两周才回复。',
  '（一）政治素养标准不高。对理想信念的坚守有所松懈，党性修养锤炼不够。',
  '二、今后的努力方向和改进措施',
  '一是强化宗旨意识，2025年6月底前走访群众30户。',
];

it('shows under 判断依据 which line was taken as a section and why, also for a section whose heading is missing', async () => {
  const mem = new MemoryHost(modelFromLines(LINES));
  render(<Root host={mem} preview={mem} debounceMs={20} />);
  const user = userEvent.setup({ delay: null, pointerEventsCheck: 0 });
  await user.click(screen.getByRole('button', { name: '检查' }));
  await screen.findByTestId('stat-sections');
  const problems = await screen.findByTestId('basis-section-problems');
  // Collapsed until asked.
  expect(within(problems).queryByRole('listitem')).toBeNull();
  await user.click(within(problems).getByRole('button'));
  await waitFor(() => expect(within(problems).getAllByRole('listitem').length).toBeGreaterThan(0));
  expect(problems.textContent).toMatch(/第2段“存在的主要问题”判为“存在的问题”/);
  // The causes content without its heading is read as the causes section, not as a focus item, and says so.
  const causes = screen.getByTestId('basis-section-causes');
  await user.click(within(causes).getByRole('button'));
  await waitFor(() => expect(causes.textContent).toMatch(/没有“原因分析”标题/));
});

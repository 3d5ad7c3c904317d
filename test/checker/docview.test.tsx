/** @jest-environment jsdom */
/**
 * The document view of a long file mounts part by part, and a paragraph selected before its part is
 * mounted is there at once (so a click on a finding far down the document still highlights it).
 */
import './jsdom-polyfills';
import * as React from 'react';
import { act, render, waitFor } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import DocView, { BLOCK } from '../../src/checker/DocView';
import type { DocModel } from '../../src/core';

const doc: DocModel = { paragraphs: Array.from({ length: 5000 }, (_, i) => ({ text: i % 50 === 0 ? `${'一二三四五'[i % 5]}、标题 ${i}` : `第 ${i} 段正文。` })) };

function view(selected: number | null) {
  return (
    <FluentProvider theme={webLightTheme}>
      <DocView doc={doc} locale="zh-CN" selected={selected} />
    </FluentProvider>
  );
}

test('the first screenful is there at once, the rest follows in later tasks, every paragraph in the end', async () => {
  const { container } = render(view(null));
  const root = container.querySelector('[data-testid="doc-view"]')!;
  expect(root.getAttribute('data-mounted')).toBe('partial');
  expect(root.getAttribute('aria-busy')).toBe('true');
  const first = container.querySelectorAll('[data-paragraph]').length;
  expect(first).toBeGreaterThanOrEqual(BLOCK);
  expect(first).toBeLessThan(1000);
  expect(container.querySelector('[data-paragraph="0"]')!.textContent).toBe('一、标题 0');
  await waitFor(() => expect(root.getAttribute('data-mounted')).toBe('all'), { timeout: 20000 });
  expect(container.querySelectorAll('[data-paragraph]')).toHaveLength(5000);
  expect(root.getAttribute('aria-busy')).toBeNull();
});

test('a paragraph selected before its block is mounted is mounted and highlighted at once', () => {
  const { container, rerender } = render(view(null));
  expect(container.querySelector('[data-paragraph="4321"]')).toBeNull();
  act(() => rerender(view(4321)));
  const p = container.querySelector('[data-paragraph="4321"]');
  expect(p).not.toBeNull();
  expect(p!.getAttribute('data-selected')).toBe('true');
  expect(container.querySelectorAll('[data-selected="true"]')).toHaveLength(1);
  expect(container.querySelector('[data-testid="doc-view"]')!.getAttribute('data-mounted')).toBe('partial');
  // Moving the selection moves the highlight.
  act(() => rerender(view(7)));
  expect(container.querySelector('[data-paragraph="7"]')!.getAttribute('data-selected')).toBe('true');
  expect(container.querySelectorAll('[data-selected="true"]')).toHaveLength(1);
});

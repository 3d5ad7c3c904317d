/** @jest-environment jsdom */
/**
 * Issue 16 §3 in the pane's components: a click re-renders only the cards it changes, a re-check that finds
 * the same renders no card again, a long preview document is rendered virtually, a long check shows an
 * accessible progress bar, and a superseded check's late result is dropped.
 */
import '../checker/jsdom-polyfills';
import { LINES } from './sample-report';
import * as React from 'react';
import { act, configure, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { modelFromLines, type CheckProgress, type DocModel } from '../../src/core';
import { MemoryHost } from '../../src/core/memory-host';
import { Root } from '../../src/taskpane/App';
import { runCheck as engineCheck, type CheckOutcome } from '../../src/taskpane/engine';
import { setCheckRunner, type RunOptions } from '../../src/taskpane/runner';
import * as fixes from '../../src/taskpane/state/fixes';

// Every render of a finding card computes its change once: a render counter without touching the component.
jest.mock('../../src/taskpane/state/fixes', () => {
  const actual = jest.requireActual('../../src/taskpane/state/fixes');
  return { ...actual, cardChangeIn: jest.fn(actual.cardChangeIn) };
});
const cardRenders = fixes.cardChangeIn as unknown as jest.Mock;

configure({ asyncUtilTimeout: 5000 });
jest.setTimeout(120_000);

function setup(lines: readonly string[] = LINES) {
  const mem = new MemoryHost(modelFromLines([...lines]));
  const utils = render(<Root host={mem} preview={mem} debounceMs={20} initialLocale="zh-CN" />);
  return { mem, user: userEvent.setup({ delay: null, pointerEventsCheck: 0 }), ...utils };
}

const checkButton = () => screen.getByRole('button', { name: '检查' }) as HTMLButtonElement;

async function runCheck(user: ReturnType<typeof userEvent.setup>) {
  await user.click(checkButton());
  await screen.findByTestId('stat-sections');
  await waitFor(() => expect(checkButton().disabled).toBe(false));
}

const rows = () => [...document.querySelectorAll<HTMLElement>('[data-testid="finding"] [role="button"]')];

beforeEach(() => {
  localStorage.clear();
  cardRenders.mockClear();
});
afterEach(() => setCheckRunner(null));

describe('pane responsiveness (issue 16 §3)', () => {
  it('a click on a card re-renders that card and the one it replaces as current, no other', async () => {
    const { user } = setup();
    await runCheck(user);
    expect(rows().length).toBeGreaterThan(3);
    cardRenders.mockClear();
    await user.click(rows()[0]);
    await waitFor(() => expect(document.querySelectorAll('[data-current="true"]')).toHaveLength(1));
    expect(cardRenders).toHaveBeenCalledTimes(1);
    cardRenders.mockClear();
    await user.click(rows()[2]);
    await waitFor(() => expect(rows()[2].closest('[data-current="true"]')).not.toBeNull());
    expect(cardRenders).toHaveBeenCalledTimes(2);
  });

  it('a re-check that finds the same renders no card again', async () => {
    const { user } = setup();
    await runCheck(user);
    const shown = rows().length;
    cardRenders.mockClear();
    await runCheck(user);
    expect(rows()).toHaveLength(shown);
    expect(cardRenders).not.toHaveBeenCalled();
  });

  it('a long preview document keeps only the paragraphs near the viewport in the page, and scrolls a selection into it', async () => {
    const long = Array.from({ length: 3000 }, (_, i) => LINES[2 + (i % (LINES.length - 2))]);
    const { mem } = setup([LINES[0], LINES[1], ...long]);
    const preview = screen.getByTestId('preview-doc');
    const paras = () => preview.querySelectorAll('[data-paragraph]');
    expect(paras().length).toBeGreaterThan(0);
    expect(paras().length).toBeLessThan(80);
    await act(() => mem.select(2500));
    const selected = preview.querySelector('[data-selected="true"]');
    expect(selected?.getAttribute('data-paragraph')).toBe('2500');
    expect(paras().length).toBeLessThan(80);
    // The next selection nearby changes two paragraphs, nothing else in the document view.
    const changed = new Set<Node>();
    const mo = new MutationObserver((list) => list.forEach((m) => changed.add(m.target)));
    mo.observe(preview, { attributes: true, attributeFilter: ['data-selected'], subtree: true });
    await act(() => mem.select(2501));
    await waitFor(() => expect(preview.querySelector('[data-selected="true"]')?.getAttribute('data-paragraph')).toBe('2501'));
    mo.disconnect();
    expect(changed.size).toBe(2);
  });
});

describe('long checks', () => {
  type Call = { doc: DocModel; options?: RunOptions; resolve(o: CheckOutcome): void };

  /** A runner that answers only when told to, and reports progress when told to (it ignores the abort signal: the pane must drop a late result itself). */
  function fakeRunner() {
    const calls: Call[] = [];
    setCheckRunner({
      check: (doc, _choice, _rules, options) => new Promise<CheckOutcome>((resolve) => calls.push({ doc, options, resolve })),
    });
    return calls;
  }

  const progress = (done: number, total: number): CheckProgress => ({ stage: 'rules', done, total });

  it('shows an accessible progress bar while a long check runs, gone when it is done', async () => {
    const calls = fakeRunner();
    const { user } = setup();
    await user.click(checkButton());
    await waitFor(() => expect(calls).toHaveLength(1));
    act(() => calls[0].options?.onProgress?.(progress(3, 10)));
    // (The 检查 button's spinner is a progressbar too: the check's bar is the one in check-progress.)
    const field = await screen.findByTestId('check-progress');
    const bar = () => within(screen.getByTestId('check-progress')).getByRole('progressbar');
    expect(bar().getAttribute('aria-valuetext')).toBe('正在检查…（30%）');
    expect(bar().getAttribute('aria-valuenow')).toBe('0.3');
    expect(field.textContent).toMatch(/检查进度/);
    act(() => calls[0].options?.onProgress?.(progress(9, 10)));
    await waitFor(() => expect(bar().getAttribute('aria-valuetext')).toBe('正在检查…（90%）'));
    act(() => calls[0].resolve(engineCheck(calls[0].doc, { kind: 'auto' })));
    await screen.findByTestId('stat-sections');
    await waitFor(() => expect(screen.queryByTestId('check-progress')).toBeNull());
  });

  it('a check superseded by an edit is dropped: its late result and progress never show, the newer result does', async () => {
    const calls = fakeRunner();
    const { user, mem } = setup();
    await user.click(checkButton());
    await waitFor(() => expect(calls).toHaveLength(1));
    act(() => calls[0].resolve(engineCheck(calls[0].doc, { kind: 'auto' })));
    await screen.findByTestId('stat-sections');
    const findingsText = () => screen.getByTestId('findings').textContent ?? '';

    // Two edits: the first starts a re-check, the second (a half-width quote pair) supersedes it.
    act(() => mem.setParagraphText(10, '一是强化理论学习。'));
    await waitFor(() => expect(calls).toHaveLength(2));
    act(() => mem.setParagraphText(3, '我坚持学深学透党的创新理论，深刻领会"两个确立"的决定性意义。'));
    await waitFor(() => expect(calls).toHaveLength(3));
    expect(calls[1].options?.signal?.aborted).toBe(true);
    expect(calls[2].options?.signal?.aborted).toBe(false);
    // The superseded check's progress is not shown; the bar is the running check's.
    act(() => calls[1].options?.onProgress?.(progress(5, 10)));
    await screen.findByTestId('check-progress');
    expect(screen.getByTestId('check-progress').textContent).toMatch(/（0%）/);
    act(() => calls[2].options?.onProgress?.(progress(2, 10)));
    await waitFor(() => expect(screen.getByTestId('check-progress').textContent).toMatch(/（20%）/));

    const newer = engineCheck(calls[2].doc, { kind: 'auto' });
    const stale = engineCheck(calls[1].doc, { kind: 'auto' });
    expect(JSON.stringify(stale.result.findings)).not.toMatch(/两个确立/);
    act(() => calls[2].resolve(newer));
    await waitFor(() => expect(findingsText()).toMatch(/两个确立/));
    // The superseded check answers late: nothing changes.
    act(() => calls[1].resolve(stale));
    await new Promise((r) => setTimeout(r, 100));
    expect(findingsText()).toMatch(/两个确立/);
    expect(checkButton().disabled).toBe(false);
  });
});

describe('checks of the same document', () => {
  it('a request while the same document is being checked waits for that check instead of starting over; a different document supersedes it', async () => {
    const calls: { resolve(o: CheckOutcome): void; doc: DocModel; options?: RunOptions }[] = [];
    setCheckRunner({ check: (doc, _c, _r, options) => new Promise<CheckOutcome>((resolve) => calls.push({ doc, options, resolve })) });
    const { user, mem } = setup();
    await user.click(checkButton());
    await waitFor(() => expect(calls).toHaveLength(1));
    act(() => calls[0].resolve(engineCheck(calls[0].doc, { kind: 'auto' })));
    await screen.findByTestId('stat-sections');
    await waitFor(() => expect(checkButton().disabled).toBe(false));

    await user.click(checkButton());
    await waitFor(() => expect(calls).toHaveLength(2));
    // The document replaced by the same text (as loading the same file again does): its change event
    // asks for a re-check, which waits for the running one.
    act(() => mem.replaceDocument(modelFromLines([...LINES])));
    await new Promise((r) => setTimeout(r, 300));
    expect(calls).toHaveLength(2);
    expect(calls[1].options?.signal?.aborted).toBe(false);
    // A real edit does supersede it.
    act(() => mem.setParagraphText(3, '我坚持学习。'));
    await waitFor(() => expect(calls).toHaveLength(3));
    expect(calls[1].options?.signal?.aborted).toBe(true);
    act(() => calls[2].resolve(engineCheck(calls[2].doc, { kind: 'auto' })));
    await waitFor(() => expect(checkButton().disabled).toBe(false));
  });
});

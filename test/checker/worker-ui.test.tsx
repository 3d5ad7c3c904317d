/** @jest-environment jsdom */
/**
 * The checker page with its engine in a (fake) worker: the page says where checks run, shows accessible
 * progress for a file in flight (读取 → 分析 → 规则 i/N), never shows a result of a superseded profile
 * choice, 取消 stops a batch, and a worker that cannot start leaves a working page on the main thread.
 */
import './jsdom-polyfills';
import * as fs from 'fs';
import * as path from 'path';
import * as React from 'react';
import { act, configure, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { CheckerRoot } from '../../src/checker/CheckerApp';
import * as W from '../../src/checker/work';
import { createWorkClient } from '../../src/checker/workClient';
import { getBuiltinProfile } from '../../src/profiles';
import { FakeWorker } from './fake-worker';

configure({ asyncUtilTimeout: 5000 });

const FIXTURES = path.resolve(__dirname, '../fixtures/docx');
const fixture = (name: string) => new File([new Uint8Array(fs.readFileSync(path.join(FIXTURES, name))) as BlobPart], name);

function setup(make: () => Worker = () => new FakeWorker() as unknown as Worker) {
  const work = createWorkClient({ makeWorker: make, main: () => Promise.resolve(W) });
  render(<CheckerRoot work={work} save={() => undefined} />);
  return work;
}

async function open(files: File[]) {
  const input = screen.getByTestId('file-input') as HTMLInputElement;
  await act(async () => {
    Object.defineProperty(input, 'files', { value: files, configurable: true });
    fireEvent.change(input);
  });
}

/** The worker once the page has started it (it asks for the profile list first). */
async function worker(): Promise<FakeWorker> {
  await waitFor(() => expect(FakeWorker.made.length).toBeGreaterThan(0));
  await waitFor(() => expect(screen.getByTestId('profile-select').querySelector('option[value="generic"]')).not.toBeNull());
  return FakeWorker.made[FakeWorker.made.length - 1];
}

beforeEach(() => {
  FakeWorker.made = [];
});

test('a file in flight shows a progress bar (role progressbar, 0…1) with the step, then the result; checks run in the worker', async () => {
  setup();
  const w = await worker();
  expect(screen.getByTestId('checker').getAttribute('data-engine')).toBe('worker');
  expect(screen.queryByTestId('engine-note')).toBeNull();
  w.hold = true;
  await open([fixture('seed-typed.docx')]);
  const bar = await screen.findByRole('progressbar');
  await waitFor(() => expect(screen.getByTestId('progress-text').textContent).toMatch(/^正在检查 1\/1：seed-typed\.docx · (规则 \d+\/\d+|显示结果)$/));
  const now = Number(bar.getAttribute('aria-valuenow'));
  expect(now).toBeGreaterThan(0.05);
  expect(now).toBeLessThanOrEqual(1);
  expect(bar.getAttribute('aria-valuetext')).toBe(screen.getByTestId('progress-text').textContent);
  expect(w.sent.map((s) => s.req.op)).toEqual(['profiles', 'readAndCheck']);
  expect(screen.queryByTestId('file-view')).toBeNull();
  await act(async () => w.release());
  await screen.findByTestId('summary');
  await waitFor(() => expect(screen.queryByTestId('progress')).toBeNull());
});

test('a profile chosen while a file is being checked: the result shown is checked with the new profile, never the old one', async () => {
  setup();
  const w = await worker();
  w.hold = true;
  await open([fixture('seed-typed.docx')]);
  await screen.findByRole('progressbar');
  const generic = getBuiltinProfile('generic')!;
  // The select stays usable during a check.
  const select = screen.getByTestId('profile-select') as HTMLSelectElement;
  expect(select.disabled).toBe(false);
  await act(async () => {
    fireEvent.change(select, { target: { value: 'generic' } });
  });
  w.hold = false;
  await act(async () => w.release());
  await screen.findByTestId('file-view');
  await waitFor(() => expect(screen.getByTestId('detection-reason').textContent).toBe(`检查配置：${generic.name}`));
  // The stale auto-detected result was dropped and checked again, not shown.
  expect(w.sent.map((s) => s.req.op)).toEqual(['profiles', 'readAndCheck', 'checkDoc']);
  expect(w.sent[2].req).toMatchObject({ choice: { kind: 'builtin', id: 'generic' } });
});

test('取消 stops a batch at once: the files checked so far stay, the rest are named as not checked', async () => {
  setup();
  const w = await worker();
  w.hold = true;
  await open([fixture('seed-typed.docx'), fixture('seed-styled.docx'), fixture('seed-typed.docx')]);
  await waitFor(() => expect(screen.getByTestId('progress-text').textContent).toMatch(/^正在检查 1\/3/));
  await act(async () => w.release());
  await waitFor(() => expect(screen.getByTestId('progress-text').textContent).toMatch(/^正在检查 2\/3/));
  await act(async () => {
    fireEvent.click(screen.getByTestId('cancel'));
  });
  await waitFor(() => expect(screen.queryByTestId('progress')).toBeNull());
  expect(screen.getByTestId('notice').textContent).toMatch(/已取消：已检查 1 个文件，其余 2 个未检查。/);
  expect(w.terminated).toBe(true);
  await screen.findByTestId('file-view'); // one file left: its result
  expect(screen.getByTestId('file-name').textContent).toBe('seed-typed.docx');
  // The next batch gets a fresh worker and runs to the end.
  await open([fixture('seed-styled.docx')]);
  await waitFor(() => expect(within(screen.getByTestId('batch-table')).getAllByTestId('batch-row')).toHaveLength(2));
  expect(FakeWorker.made.length).toBe(2);
});

test('清空列表 during a batch drops the results still coming', async () => {
  setup();
  const w = await worker();
  await open([fixture('seed-typed.docx'), fixture('seed-styled.docx')]);
  await waitFor(() => expect(within(screen.getByTestId('batch-table')).getAllByTestId('batch-row')).toHaveLength(2));
  w.hold = true;
  await open([fixture('seed-typed.docx'), fixture('seed-styled.docx')]);
  await screen.findByRole('progressbar');
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: '清空列表' }));
  });
  await act(async () => w.release());
  await waitFor(() => expect(screen.queryByTestId('progress')).toBeNull());
  expect(screen.queryByTestId('batch-table')).toBeNull();
  expect(screen.queryByTestId('file-view')).toBeNull();
});

test('a Worker that cannot be constructed (file://, blocked): the page checks on the main thread and says so', async () => {
  setup(() => {
    throw new Error('SecurityError: cannot be accessed from origin null');
  });
  await waitFor(() => expect(screen.getByTestId('checker').getAttribute('data-engine')).toBe('main'));
  expect(screen.getByTestId('engine-note').textContent).toMatch(/主线程/);
  await open([fixture('seed-typed.docx')]);
  await screen.findByTestId('summary');
  expect(screen.getByTestId('verdict')).toBeTruthy();
});

test('a batch shows its table from the first row on, not the first file’s full result', async () => {
  setup();
  const w = await worker();
  w.hold = true;
  await open([fixture('seed-typed.docx'), fixture('seed-styled.docx')]);
  await waitFor(() => expect(screen.getByTestId('progress-text').textContent).toMatch(/^正在检查 1\/2/));
  await act(async () => w.release());
  await waitFor(() => expect(screen.getByTestId('progress-text').textContent).toMatch(/^正在检查 2\/2/));
  await waitFor(() => expect(within(screen.getByTestId('batch-table')).getAllByTestId('batch-row')).toHaveLength(1));
  expect(screen.queryByTestId('file-view')).toBeNull();
  w.hold = false;
  await act(async () => w.release());
  await waitFor(() => expect(within(screen.getByTestId('batch-table')).getAllByTestId('batch-row')).toHaveLength(2));
  await waitFor(() => expect(screen.queryByTestId('progress')).toBeNull());
});

test('in English the progress reads “Checking n/N: name · rule i/N”, and 取消 is “Cancel”', async () => {
  const work = createWorkClient({ makeWorker: () => new FakeWorker() as unknown as Worker, main: () => Promise.resolve(W) });
  render(<CheckerRoot work={work} initialLocale="en" save={() => undefined} />);
  const w = await worker();
  w.hold = true;
  await open([fixture('seed-typed.docx')]);
  await waitFor(() => expect(screen.getByTestId('progress-text').textContent).toMatch(/^Checking 1\/1: seed-typed\.docx · (rule \d+\/\d+|showing the result)$/));
  expect(screen.getByTestId('cancel').textContent).toBe('Cancel');
  await act(async () => w.release());
  await screen.findByTestId('summary');
});

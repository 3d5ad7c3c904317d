/**
 * @jest-environment jsdom
 */
/** Audit M7: the WordApi 1.3 change detector must not re-read the whole body every 1.5 s forever. */
import { WordHost, POLL_MS } from '../../src/office/word-host';
import type { InstalledFake } from '../fakes/fake-word';
import { bigDoc, setup } from './fixtures';

let fake: InstalledFake;
afterEach(() => fake?.uninstall());

describe('M7 — the idle change detector', () => {
  it('M7: the idle 1.3 change detector backs off, stops while the pane is hidden, and polls again after user activity', async () => {
    jest.useFakeTimers();
    const hidden = jest.spyOn(document, 'hidden', 'get');
    try {
      fake = setup(bigDoc(10000));
      hidden.mockReturnValue(false);
      const host = new WordHost();
      const onChange = jest.fn();
      const stop = host.watch(onChange);
      await jest.advanceTimersByTimeAsync(5 * 60_000);
      const idleSyncs = fake.doc.syncCount;
      // 1.5 s polling would be 200 full reads in five minutes.
      expect(idleSyncs).toBeLessThanOrEqual(20);
      hidden.mockReturnValue(true);
      fake.doc.resetCounters();
      await jest.advanceTimersByTimeAsync(5 * 60_000);
      expect(fake.doc.syncCount).toBe(0);
      hidden.mockReturnValue(false);
      fake.doc.userEdit(10, '改过的一段');
      await jest.advanceTimersByTimeAsync(3000);
      expect(onChange).toHaveBeenCalled();
      stop();
    } finally {
      hidden.mockRestore();
      jest.useRealTimers();
    }
  });

  it('M7: still reports an edit within a few seconds when the user types (selection events arm a poll)', async () => {
    jest.useFakeTimers();
    try {
      fake = setup(['甲', '乙']);
      const onChange = jest.fn();
      const stop = new WordHost().watch(onChange);
      await jest.advanceTimersByTimeAsync(120_000);
      expect(onChange).not.toHaveBeenCalled();
      fake.doc.userEdit(1, '丙');
      await jest.advanceTimersByTimeAsync(2 * POLL_MS);
      expect(onChange).toHaveBeenCalledTimes(1);
      stop();
    } finally {
      jest.useRealTimers();
    }
  });
});

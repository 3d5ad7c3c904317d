/**
 * The checker's files and the work on them, off the main thread through a WorkClient: a batch is read and
 * checked one file after another (rows added in groups, so a 300-file batch does not re-render the
 * table 300 times), a new profile re-checks what is open, 插入骨架 writes the fixed file.
 *
 * Superseded work never shows: a result checked with a profile the user has since replaced is checked
 * again before it is shown, results for files removed by 清空列表 are dropped, and 取消 stops a batch at
 * once (the file in flight is abandoned).
 */
import * as React from 'react';
import type { Locale } from '../core/i18n';
import { tr } from '../core/i18n';
import type { DocModel } from '../core';
import { createProgressStore, type ProgressStore } from './progress';
import { fixedName } from './names';
import { t } from './strings';
import type { Choice, FileEntry } from './types';
import type { Outcome, WorkProgress } from './work';
import { Cancelled, type Engine, type WorkClient } from './workClient';

export interface Notice {
  intent: 'success' | 'info' | 'warning' | 'error';
  text: string;
}

/** New rows reach the table at most this often during a batch (the first at once). */
const FLUSH_MS = 250;

const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** Same bytes (a file added twice). */
function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

export interface Files {
  entries: FileEntry[];
  choice: Choice;
  /** The generation of `choice`: an entry whose `gen` differs shows an older profile's result (being re-checked). */
  gen: number;
  busy: boolean;
  notice: Notice | null;
  engine: Engine;
  /** How many files the batch being read will have added when done (0 when none is being read). */
  incoming: number;
  progress: ProgressStore;
  setNotice(n: Notice | null): void;
  addFiles(files: File[]): Promise<void>;
  choose(c: Choice): void;
  insert(entry: FileEntry): Promise<void>;
  cancel(): void;
  clear(): void;
}

export function useFiles(client: WorkClient, locale: Locale): Files {
  const [entries, setEntries] = React.useState<FileEntry[]>([]);
  const [choice, setChoice] = React.useState<Choice>({ kind: 'auto' });
  const [busy, setBusy] = React.useState(false);
  const [notice, setNotice] = React.useState<Notice | null>(null);
  const [engine, setEngine] = React.useState<Engine>(client.engine);
  const [incoming, setIncoming] = React.useState(0);
  const progress = React.useMemo(() => createProgressStore(), []);
  const nextId = React.useRef(1);
  const entriesRef = React.useRef<FileEntry[]>([]);
  entriesRef.current = entries;
  const localeRef = React.useRef(locale);
  localeRef.current = locale;
  /** The profile choice now, and how many times it changed (a result of an older generation is stale). */
  const choiceRef = React.useRef<Choice>(choice);
  const choiceGen = React.useRef(0);
  /** Bumped by 取消 and 清空列表: a batch of an older run stops, its results are dropped. */
  const runRef = React.useRef(0);
  const recheckingRef = React.useRef(false);
  /** 取消 (keep what was checked) rather than 清空列表 (drop everything). */
  const cancelledRef = React.useRef(false);

  React.useEffect(() => client.onEngine(setEngine), [client]);

  const updateEntry = (id: number, f: (e: FileEntry) => FileEntry) => setEntries((prev) => prev.map((e) => (e.id === id ? f(e) : e)));

  /** Checks `doc` with the profile chosen now; again if the choice changes meanwhile. */
  const checkCurrent = async (doc: DocModel, first?: { outcome: Outcome; gen: number }, onStep?: (s: WorkProgress) => void): Promise<{ outcome: Outcome; gen: number }> => {
    let out = first;
    while (!out || out.gen !== choiceGen.current) {
      const gen = choiceGen.current;
      out = { outcome: await client.checkDoc(doc, choiceRef.current, onStep), gen };
    }
    return out;
  };

  const readOne = async (file: File, added: FileEntry[], run: number): Promise<FileEntry | null> => {
    const onStep = (s: WorkProgress) => progress.step('read', s);
    try {
      const gen = choiceGen.current;
      const r = await client.readAndCheck(file, file.name, choiceRef.current, onStep);
      if (runRef.current !== run) return null;
      const entry: FileEntry = { id: nextId.current++, name: file.name, bytes: r.bytes };
      if (r.error || !r.doc || !r.outcome) return { ...entry, bytes: new Uint8Array(), error: r.error ?? '' };
      entry.doc = r.doc;
      const checked = await checkCurrent(r.doc, { outcome: r.outcome, gen }, onStep);
      entry.outcome = checked.outcome;
      entry.gen = checked.gen;
      if (runRef.current !== run) return null;
      const twin = [...entriesRef.current, ...added].find((e) => e.name === file.name && sameBytes(e.originalBytes ?? e.bytes, r.bytes));
      if (twin) entry.duplicateOf = twin.id;
      entry.originalBytes = r.bytes;
      return entry;
    } catch (e) {
      if (e instanceof Cancelled || runRef.current !== run) return null;
      return { id: nextId.current++, name: file.name, bytes: new Uint8Array(), error: errorText(e) };
    }
  };

  const addFiles = async (files: File[]) => {
    if (files.length === 0 || busy) return;
    setBusy(true);
    setIncoming(files.length);
    setNotice(null);
    const run = runRef.current;
    const added: FileEntry[] = [];
    let buffer: FileEntry[] = [];
    let flushed = 0;
    const flush = () => {
      if (buffer.length === 0) return;
      const rows = buffer;
      buffer = [];
      flushed = Date.now();
      // A transition: React renders the new rows (or the opened result) in slices, not in one long task.
      React.startTransition(() => setEntries((prev) => [...prev, ...rows]));
    };
    try {
      for (let i = 0; i < files.length && runRef.current === run; i++) {
        progress.set('read', { kind: 'read', n: i + 1, total: files.length, name: files[i].name, step: null });
        const entry = await readOne(files[i], added, run);
        if (!entry) break;
        added.push(entry);
        buffer.push(entry);
        if (added.length === 1 || Date.now() - flushed >= FLUSH_MS) flush();
      }
      if (runRef.current === run) flush();
      else if (cancelledRef.current) {
        flush(); // 取消 keeps what was checked (清空列表 drops it)
        setNotice({ intent: 'info', text: t(localeRef.current, 'cancelled', { n: added.length, rest: files.length - added.length }) });
      }
    } finally {
      cancelledRef.current = false;
      progress.set('read', null);
      setIncoming(0);
      setBusy(false);
    }
  };

  /**
   * Re-checks every open file whose result is of an older profile choice, pass after pass until none is
   * (the choice may change again meanwhile, and a running batch may add rows checked before the change).
   */
  const recheckStale = async () => {
    if (recheckingRef.current) return; // the running loop's next pass picks the new rows up
    recheckingRef.current = true;
    try {
      for (;;) {
        const at = choiceGen.current;
        const list = entriesRef.current.filter((e) => e.doc && e.gen !== at);
        if (list.length === 0) break;
        for (let i = 0; i < list.length && choiceGen.current === at; i++) {
          const e = list[i];
          if (!entriesRef.current.some((x) => x.id === e.id && x.doc === e.doc)) continue; // removed or changed meanwhile
          progress.set('recheck', { kind: 'recheck', n: i + 1, total: list.length, name: e.name, step: null });
          let outcome: Outcome;
          try {
            outcome = await client.checkDoc(e.doc!, choiceRef.current, (st) => progress.step('recheck', st));
          } catch (err) {
            if (err instanceof Cancelled) i--; // 取消 stopped the batch, not this: do it again
            else {
              setNotice({ intent: 'error', text: tr(localeRef.current, 'errorPrefix') + errorText(err) });
              updateEntry(e.id, (cur) => (cur.doc === e.doc ? { ...cur, gen: at } : cur)); // do not retry forever
              entriesRef.current = entriesRef.current.map((x) => (x.id === e.id && x.doc === e.doc ? { ...x, gen: at } : x));
            }
            continue;
          }
          if (choiceGen.current !== at) break;
          const fresh = (cur: FileEntry) => (cur.id === e.id && cur.doc === e.doc ? { ...cur, outcome, gen: at } : cur);
          React.startTransition(() => setEntries((prev) => prev.map(fresh)));
          entriesRef.current = entriesRef.current.map(fresh);
        }
      }
    } finally {
      recheckingRef.current = false;
      progress.set('recheck', null);
    }
  };

  // Rows of an older profile choice (a batch row checked just before the change) are checked again.
  React.useEffect(() => {
    if (entries.some((e) => e.doc && e.gen !== choiceGen.current)) void recheckStale();
  }, [entries]);

  const choose = (c: Choice) => {
    choiceRef.current = c;
    choiceGen.current++;
    setChoice(c);
    void recheckStale();
  };

  const insert = async (entry: FileEntry) => {
    if (!entry.doc || !entry.outcome) return;
    setBusy(true);
    try {
      const out = await client.insertSkeleton(entry.name, entry.bytes, entry.doc, entry.outcome.profile);
      if (!out.changed) {
        setNotice({ intent: 'info', text: t(localeRef.current, 'insertNone') });
        return;
      }
      const { outcome, gen } = await checkCurrent(out.doc);
      if (!entriesRef.current.some((e) => e.id === entry.id)) return; // 清空列表 meanwhile
      updateEntry(entry.id, (cur) => ({
        ...cur,
        bytes: out.bytes,
        doc: out.doc,
        outcome,
        gen,
        fixed: { name: fixedName(entry.name), inserted: out.inserted, renumbered: out.renumbered },
      }));
      setNotice({ intent: 'success', text: t(localeRef.current, 'insertResult', { inserted: out.inserted, renumbered: out.renumbered }) });
    } catch (e) {
      if (!(e instanceof Cancelled)) setNotice({ intent: 'error', text: tr(localeRef.current, 'errorPrefix') + errorText(e) });
    } finally {
      setBusy(false);
    }
  };

  const cancel = () => {
    cancelledRef.current = true;
    runRef.current++;
    client.cancel();
  };

  const clear = () => {
    cancelledRef.current = false;
    runRef.current++;
    if (busy) client.cancel();
    setEntries([]);
    entriesRef.current = [];
    setNotice(null);
  };

  return { entries, choice, gen: choiceGen.current, busy, notice, engine, incoming, progress, setNotice, addFiles, choose, insert, cancel, clear };
}

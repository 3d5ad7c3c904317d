/** What the Word host's parts (read, apply, flags, watch) share: one place that runs batches and counts syncs. */
import type { HostAction } from './errors';
import type { DiagRecorder } from './diagnostics';
import type { SettingsStore } from './settings';

export interface Feature {
  zh: string;
  en: string;
  set: string;
}

export interface WordEnv {
  isSet(version: string, name?: string): boolean;
  /** Runs one Word batch and turns whatever Word throws into a HostError (recorded for 诊断). */
  run<T>(action: HostAction, batch: (context: Word.RequestContext) => Promise<T>, feature?: Feature): Promise<T>;
  /** context.sync(), counted in `counter` and in the host's total. */
  sync(context: Word.RequestContext, counter: { n: number }): Promise<void>;
  readonly settings: SettingsStore;
  readonly diag: DiagRecorder;
  /** 'PC' | 'Mac' | 'OfficeOnline' | … as Office.js reports it, if known. */
  platform(): string | undefined;
}

export const FEATURES = {
  comments: { zh: '批注', en: 'comments', set: 'WordApi 1.4' },
  highlights: { zh: '突出显示', en: 'highlights', set: 'WordApi 1.3' },
  events: { zh: '段落修改事件', en: 'paragraph events', set: 'WordApi 1.6' },
  word: { zh: 'Word 文档接口', en: 'the Word document API', set: 'WordApi 1.3' },
} satisfies Record<string, Feature>;

export const squash = (s: string) => s.replace(/\s+/g, '');

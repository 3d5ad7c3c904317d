/**
 * The one interface the task pane talks to. `src/office` implements it on Word; `memory-host.ts`
 * implements it on an in-memory model (browser preview, browser checker, tests).
 */
import type { DocModel } from './model';
import type { InsertPlan } from './plan';
import type { Fix } from './findings';

export interface HostCapabilities {
  /** Word comments (WordApi 1.4); otherwise flags are highlights. */
  comments: boolean;
  /** Paragraph change events (WordApi 1.6); otherwise a cheap change detector polls. */
  paragraphEvents: boolean;
  /** Change-tracking mode can be read (WordApi 1.4). */
  trackChangesInfo: boolean;
  /** Settings that travel with the document. */
  documentSettings: boolean;
}

export interface HostStatus {
  readOnly: boolean;
  trackChanges: boolean;
  /** The document is protected so that only comments may be added (仅批注): flags still work. */
  commentsAllowed?: boolean;
  /** Things the last read or write could not do as usual, to show as notices (zh-CN and English). */
  warnings?: HostWarning[];
}

export interface HostWarning {
  /** Stable id, e.g. 'lists-unreadable', 'comments-refused', 'settings-not-saved'. */
  code: string;
  message: string;
  messageEn: string;
}

/** What the 诊断 (diagnostics) panel shows about the host; plain data, nothing leaves the machine. */
export interface HostDiagnostics {
  /** e.g. 'Word', 'memory'. */
  host: string;
  platform?: string;
  version?: string;
  /** Requirement sets present, e.g. ['WordApi 1.3', 'WordApi 1.4']. */
  requirementSets: string[];
  documentSettings: boolean;
  lastRead?: { paragraphs: number; ms: number; syncs: number; at: string };
  lastApply?: { ops: number; inserted: number; ms: number; syncs: number; at: string };
  /** Every Word error met since the pane opened. */
  errors: { at: string; action: string; code: string; wordCode?: string; message: string }[];
  warnings: HostWarning[];
}

export interface ApplyReport {
  /** Keys of the ops inserted. */
  inserted: string[];
  /** Keys skipped because the document already holds them (inserting twice adds nothing). */
  skipped: string[];
  renumbered: number;
  /** Number of context.sync() calls used (Word host), 0 for in-memory. */
  syncs: number;
}

export interface FlagRequest {
  paragraph: number;
  /** zh-CN text shown in the comment (prefixed by the host with its marker). */
  message: string;
}

export interface DocumentHost {
  readonly kind: 'word' | 'memory';
  capabilities(): HostCapabilities;
  /** Reads the document as plain data (one context.sync() in Word). */
  read(): Promise<DocModel>;
  status(): Promise<HostStatus>;
  /**
   * Applies an insert plan (at most two context.sync() calls in Word). `checked`, the document the plan
   * was made from, lets the host refuse (stale) when an anchor no longer reads as it did.
   */
  apply(plan: InsertPlan, checked?: DocModel): Promise<ApplyReport>;
  /**
   * Applies one finding's replacement — or several for the same paragraph, together (right to left) — if
   * the paragraph still reads `expected`; returns whether it did.
   */
  applyFix(paragraph: number, fix: Fix | readonly Fix[], expected: string): Promise<boolean>;
  /** Flags paragraphs (comments or highlights); returns how many were added. */
  flag(flags: FlagRequest[]): Promise<number>;
  /** Removes exactly our flags and nothing else; returns how many were removed. */
  clearFlags(): Promise<number>;
  /**
   * Selects (and scrolls to) a paragraph, or a span of it. With `expected` (the paragraph's text when it
   * was checked) the host finds the paragraph again when edits moved it, or refuses (stale).
   */
  select(paragraph: number, start?: number, length?: number, expected?: string): Promise<void>;
  /** Calls `onChange` (not debounced) when the document may have changed; returns the unsubscribe. */
  watch(onChange: () => void): () => void;
  getSetting(key: string): Promise<string | undefined>;
  setSetting(key: string, value: string): Promise<void>;
  /** For the 诊断 panel (optional). */
  diagnostics?(): HostDiagnostics;
}

/** Prefix of every comment we add, so that only ours are found and removed again. */
export const FLAG_PREFIX = '【省身】';

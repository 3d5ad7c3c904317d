/**
 * The DocumentHost on Word (Office.js). With bootstrap.ts and the modules it uses (read, apply, fix,
 * flags, watch, settings), the only code that calls `Word`/`Office`.
 *
 * Performance contract: reading costs one `context.sync()`, applying a plan at most two, and no method
 * syncs inside a loop except on a stated failure path. The rare extra syncs: read/apply retried without
 * list properties on Word on the web under tracked changes (H2); read of a document with tracked
 * deletions (M1); select of a paragraph that moved (M5); comment deletes Word refused, retried one each (M8).
 */
import type { DocModel } from '../core/model';
import type { InsertPlan } from '../core/plan';
import type { Fix } from '../core/findings';
import type { ApplyReport, DocumentHost, FlagRequest, HostCapabilities, HostDiagnostics, HostStatus } from '../core/host';
import { HostError, apiMissingError, notInWordError, readOnlyError, toHostError, type HostAction } from './errors';
import { DiagRecorder, officeEnvironment } from './diagnostics';
import { SettingsStore } from './settings';
import { FEATURES, squash, type Feature, type WordEnv } from './env';
import { readDocument } from './read';
import { SKELETONS_SETTING, SKELETON_TAG, SKELETON_TITLE_PREFIX, applyPlan } from './apply';
import { FLAGS_SETTING, addFlags, clearAll, partialClearError } from './flags';
import { applyFixesInWord, selectInWord } from './fix';
import { watchEvents, watchPolling } from './watch';

export { READ_PATHS, READ_PATHS_NO_LISTS } from './read';
export { SKELETON_TAG, SKELETON_TITLE_PREFIX, SKELETONS_SETTING, titleKey } from './apply';
export { FLAGS_SETTING, FLAG_HIGHLIGHT, FLAG_TAG } from './flags';
export { POLL_MS, POLL_MAX_MS } from './watch';
export { hashText, uniqueSpan } from './find';

export interface RemoveReport {
  /** Skeletons removed with their content (the user had not changed them). */
  removed: number;
  /** Skeletons the user had edited: the marker is removed, the text kept. */
  kept: number;
}

interface FlagRecord {
  p: number;
  h: number;
}

export class WordHost implements DocumentHost {
  readonly kind = 'word' as const;
  /** context.sync() calls made by this host so far (all methods). */
  syncCount = 0;
  private readonly diag = new DiagRecorder();
  private readonly store = new SettingsStore(() => this.officeSettings());
  /** Old-style flag records kept in this session when document settings are unavailable. */
  private memoryFlags: FlagRecord[] = [];
  private readonly flagState = { commentsRefused: false };
  /**
   * The document as last read (what the pane's findings and plans come from): the default for apply's
   * `checked` and select's `expected`, so that stale indexes are caught even when the caller passes none (M5).
   */
  private lastModel: DocModel | undefined;
  private readonly env: WordEnv = {
    isSet: (v, name) => this.isSet(v, name),
    run: (action, batch, feature) => this.run(action, batch, feature),
    sync: async (context, counter) => {
      counter.n++;
      this.syncCount++;
      await context.sync();
    },
    settings: this.store,
    diag: this.diag,
    platform: () => {
      try {
        return typeof Office !== 'undefined' ? String(Office.context?.platform ?? '') || undefined : undefined;
      } catch {
        return undefined;
      }
    },
  };

  // ---------------------------------------------------------------- environment

  private isSet(version: string, name = 'WordApi'): boolean {
    try {
      return typeof Office !== 'undefined' && !!Office.context?.requirements?.isSetSupported(name, version);
    } catch {
      return false;
    }
  }

  private officeSettings(): Office.Settings | undefined {
    try {
      return typeof Office !== 'undefined' ? (Office.context?.document?.settings ?? undefined) : undefined;
    } catch {
      return undefined;
    }
  }

  /** `mode` is kept but not trusted: Word reports 'readWrite' even in 查看 mode (#5484; audit M3). */
  private documentReadOnly(): boolean {
    try {
      return typeof Office !== 'undefined' && String(Office.context?.document?.mode) === 'readOnly';
    } catch {
      return false;
    }
  }

  private async run<T>(action: HostAction, batch: (context: Word.RequestContext) => Promise<T>, feature?: Feature): Promise<T> {
    if (typeof Word === 'undefined' || typeof Word.run !== 'function') throw notInWordError(action);
    try {
      return await Word.run(batch);
    } catch (err) {
      const e = toHostError(err, action, feature);
      this.diag.error(action, e);
      throw e;
    }
  }

  private assertWritable(action: HostAction): void {
    if (this.documentReadOnly()) throw readOnlyError(action);
  }

  /** Bookkeeping that could not be saved is a warning, never silent (audit M10). */
  private async saveBookkeeping(key: string, value: string | null): Promise<void> {
    try {
      await this.store.write(key, value);
      this.diag.clearWarning('settings-not-saved');
    } catch (e) {
      this.diag.error('settings', e);
      this.diag.warn('settings-not-saved', '省身的记录未能保存到文档设置中（设置可能过大），以后可能无法自动移除已插入的骨架。', "Xingshen's records could not be saved in the document settings (they may be too large); inserted skeletons may not be removable automatically later.");
    }
  }

  // ---------------------------------------------------------------- DocumentHost

  capabilities(): HostCapabilities {
    const v14 = this.isSet('1.4');
    return { comments: v14 && !this.flagState.commentsRefused, paragraphEvents: this.isSet('1.6'), trackChangesInfo: v14, documentSettings: this.store.available };
  }

  async read(): Promise<DocModel> {
    const t0 = Date.now();
    const r = await readDocument(this.env);
    this.lastModel = r.model;
    this.diag.lastRead = { paragraphs: r.model.paragraphs.length, ms: Date.now() - t0, syncs: r.syncs, at: new Date().toISOString() };
    return r.model;
  }

  async status(): Promise<HostStatus> {
    let readOnly = this.documentReadOnly();
    let trackChanges = false;
    let commentsAllowed: boolean | undefined;
    const v14 = this.isSet('1.4');
    const desktop = this.isSet('1.4', 'WordApiDesktop');
    // Two loads (audit L1): a Word that cannot tell one still tells the other.
    if (v14) {
      try {
        await this.run('status', async (context) => {
          context.document.load('changeTrackingMode');
          await this.env.sync(context, { n: 0 });
          trackChanges = context.document.changeTrackingMode !== 'Off';
        });
      } catch {
        // Advisory.
      }
    }
    if (desktop) {
      try {
        await this.run('status', async (context) => {
          context.document.load('protectionType');
          await this.env.sync(context, { n: 0 });
          const p = context.document.protectionType;
          if (p === 'AllowOnlyReading' || p === 'AllowOnlyComments' || p === 'AllowOnlyFormFields') readOnly = true;
          if (p === 'AllowOnlyComments') commentsAllowed = true;
          if (p === 'AllowOnlyRevisions') trackChanges = true;
        });
      } catch {
        // Advisory.
      }
    }
    const warnings = this.diag.warnings;
    return { readOnly, trackChanges, ...(commentsAllowed ? { commentsAllowed } : {}), ...(warnings.length ? { warnings } : {}) };
  }

  async apply(plan: InsertPlan, checked: DocModel | undefined = this.lastModel): Promise<ApplyReport> {
    this.assertWritable('apply');
    const t0 = Date.now();
    const { records, ...report } = await applyPlan(this.env, plan, checked);
    // The document changed: what was read no longer describes it (until the next read).
    if (report.inserted.length) this.lastModel = undefined;
    this.diag.lastApply = { ops: plan.ops.length, inserted: report.inserted.length, ms: Date.now() - t0, syncs: report.syncs, at: new Date().toISOString() };
    if (report.inserted.length) {
      const stored = { ...this.store.readJson<Record<string, string>>(SKELETONS_SETTING, {}), ...records };
      await this.saveBookkeeping(SKELETONS_SETTING, JSON.stringify(stored));
    }
    return report;
  }

  async applyFix(paragraph: number, fix: Fix | readonly Fix[], expected: string): Promise<boolean> {
    this.assertWritable('fix');
    const fixes: readonly Fix[] = Array.isArray(fix) ? (fix as readonly Fix[]) : [fix as Fix];
    const done = await applyFixesInWord(this.env, paragraph, fixes, expected);
    if (done) this.lastModel = undefined;
    return done;
  }

  async flag(flags: FlagRequest[]): Promise<number> {
    this.assertWritable('flag');
    return addFlags(this.env, flags, this.flagState);
  }

  private flagRecords(): FlagRecord[] {
    if (!this.store.available) return this.memoryFlags;
    return this.store.readJson<FlagRecord[]>(FLAGS_SETTING, []);
  }

  async clearFlags(): Promise<number> {
    const records = this.flagRecords();
    const out = await clearAll(this.env, records);
    if (records.length) {
      // Old-style records: keep those that matched nothing, so a later clear can still try (audit M4).
      this.memoryFlags = out.unmatched;
      await this.saveBookkeeping(FLAGS_SETTING, out.unmatched.length ? JSON.stringify(out.unmatched) : null);
    }
    if (out.failedIds.length) {
      const e = partialClearError(out.removed, out.failedIds.length, out.failCode);
      this.diag.error('clear', e);
      throw e;
    }
    return out.removed;
  }

  async select(paragraph: number, start?: number, length?: number, expected: string | undefined = this.lastModel?.paragraphs[paragraph]?.text): Promise<void> {
    await selectInWord(this.env, paragraph, start, length, expected);
  }

  watch(onChange: () => void): () => void {
    if (typeof Word === 'undefined') return () => undefined;
    const poll = () => watchPolling(this.env, onChange);
    if (this.isSet('1.6')) return watchEvents(this.env, onChange, poll);
    return poll();
  }

  async getSetting(key: string): Promise<string | undefined> {
    const v = this.store.get(key);
    return v === null || v === undefined ? undefined : String(v);
  }

  async setSetting(key: string, value: string): Promise<void> {
    if (!this.store.available) throw new HostError('settings', '无法保存设置：当前 Word 不支持文档设置。', 'Cannot save the settings: this Word does not support document settings.');
    try {
      await this.store.write(key, value);
    } catch (e) {
      this.diag.error('settings', e);
      throw e;
    }
  }

  diagnostics(): HostDiagnostics {
    const env = officeEnvironment();
    return { ...env, documentSettings: this.store.available, lastRead: this.diag.lastRead, lastApply: this.diag.lastApply, errors: [...this.diag.errors], warnings: this.diag.warnings };
  }

  // ---------------------------------------------------------------- beyond DocumentHost

  /**
   * Removes the skeletons we inserted: those the user left untouched go entirely; those the user has
   * written into lose only our marker (their text stays). Two syncs.
   */
  async removeSkeletons(): Promise<RemoveReport> {
    this.assertWritable('remove');
    const stored = this.store.readJson<Record<string, string>>(SKELETONS_SETTING, {});
    const counter = { n: 0 };
    const env = this.env;
    const report = await this.run('remove', async (context) => {
      const ccs = context.document.body.contentControls.getByTag(SKELETON_TAG);
      ccs.load('items/title,items/text');
      await env.sync(context, counter);
      let removed = 0;
      let kept = 0;
      // The rule sees neither env.sync as a sync nor that 'items/title,items/text' loads the items.
      // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read
      for (const cc of ccs.items) {
        const key = cc.title.startsWith(SKELETON_TITLE_PREFIX) ? cc.title.slice(SKELETON_TITLE_PREFIX.length) : '';
        if (key && stored[key] !== undefined && squash(cc.text) === stored[key]) {
          cc.delete(false);
          removed++;
        } else {
          cc.delete(true);
          kept++;
        }
        if (key) delete stored[key];
      }
      if (removed + kept > 0) await env.sync(context, counter);
      return { removed, kept };
    });
    if (report.removed + report.kept > 0) await this.saveBookkeeping(SKELETONS_SETTING, JSON.stringify(stored));
    return report;
  }
}

/** Guards for features the pane may want to explain up front. */
export function missingFeatureError(action: HostAction, feature: keyof typeof FEATURES): HostError {
  return apiMissingError(action, FEATURES[feature]);
}

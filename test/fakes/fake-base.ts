/** The fake Word's batching core: request context (queued ops, loads, results, tracking) and the proxy base class. */
import { FakeOfficeError, type FakeWordDocument } from './fake-doc';
import type { DocumentProxy } from './fake-objects';

// ---------------------------------------------------------------------------------------------
// Proxies
// ---------------------------------------------------------------------------------------------

export type Op = () => void;
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyProxy = ProxyBase<any>;

/** OfficeExtension.ClientResult: the value exists after the sync that computed it. */
export class FakeClientResult<T> {
  private v: { value: T } | null = null;
  set(value: T): void {
    this.v = { value };
  }
  get value(): T {
    if (!this.v) throw new FakeOfficeError('PropertyNotLoaded', 'The value of the result object has not been loaded yet. Before reading the value property, call "context.sync()".');
    return this.v.value;
  }
}

export class FakeContext {
  readonly document: DocumentProxy;
  private ops: Op[] = [];
  private loads: { proxy: AnyProxy; paths: string[]; top?: number; skip?: number }[] = [];
  private results: { result: FakeClientResult<unknown>; compute: () => unknown }[] = [];
  /**
   * True while a sync turns Word's answer into proxies. The runtime's ClientObject constructor
   * auto-tracks a proxy for the clean-up round trip only `if (!context._processingResult)` and only when
   * it has `_KeepReference` (OfficeExtension ClientObject ctor; `Word.run` → `_retrieveAndClearAutoCleanupList`,
   * `attemptCleanup()`; issue #5692 measured 1.1 s for 10,000 tracked objects). So collection items that
   * come back from a load are NOT tracked; proxies the add-in creates (getRange, insertParagraph,
   * search, navigation it reaches first after the sync) are.
   */
  processing = false;
  /** Proxies auto-tracked in this Word.run (released by the clean-up round trip). */
  tracked = 0;
  constructor(
    readonly doc: FakeWordDocument,
    makeDocument: (context: FakeContext) => DocumentProxy,
  ) {
    this.document = makeDocument(this);
  }

  queueResult<T>(compute: () => T): FakeClientResult<T> {
    const result = new FakeClientResult<T>();
    this.results.push({ result: result as FakeClientResult<unknown>, compute });
    return result;
  }

  queue(op: Op): void {
    this.ops.push(op);
  }

  queueLoad(proxy: AnyProxy, paths: string[], window?: { top?: number; skip?: number }): void {
    this.loads.push({ proxy, paths, ...window });
  }

  get pending(): number {
    return this.ops.length + this.loads.length + this.results.length;
  }

  async sync(): Promise<void> {
    this.doc.syncCount++;
    const ops = this.ops;
    const loads = this.loads;
    const results = this.results;
    this.ops = [];
    this.loads = [];
    this.results = [];
    // Ops and loads run in the order queued; a load queued after a write sees the write. We keep it
    // simple: run all ops, then take all snapshots (the adapter never reads its own writes in one batch).
    for (const op of ops) op();
    this.processing = true;
    try {
      for (const l of loads) l.proxy.snapshot(l.paths, undefined, l);
      for (const r of results) {
        const v = r.compute();
        if (typeof v === 'string') this.doc.charsTransferred += v.length;
        r.result.set(v);
      }
    } finally {
      this.processing = false;
    }
    await Promise.resolve();
  }

  /** Queues a write: fails at sync when the document refuses writes. */
  write(op: Op, kind: 'text' | 'comment' = 'text'): void {
    this.queue(() => {
      const refused = this.doc.writeRefusal(kind);
      if (refused) throw new FakeOfficeError(refused, `The operation failed (${refused}).`);
      op();
    });
  }

  /** Like the runtime's `_throwIfApiNotSupported`: throws at the call, synchronously (audit §1). */
  requireSet(version: string, api: string, set = 'WordApi'): void {
    const ok = set === 'WordApiDesktop' ? this.doc.desktopApi : this.doc.supports(version);
    if (!ok) throw new FakeOfficeError('ApiNotFound', `${api} requires ${set} ${version}.`);
  }
}

export type Getter<T> = (t: T) => unknown;

export abstract class ProxyBase<T = unknown> {
  protected values: Record<string, unknown> | null = null;
  protected loadedPaths = new Set<string>();
  /** Set by the parent's snapshot: a navigation child that was loaded with the parent. */
  private resolved: T | undefined;
  constructor(
    readonly context: FakeContext,
    private readonly resolver: () => T,
  ) {
    if (this.keepReference && !context.processing) context.tracked++;
  }

  /** Range-like objects that Word keeps a reference to (`_KeepReference` in the runtime). */
  protected get keepReference(): boolean {
    return false;
  }

  abstract get typeName(): string;
  protected abstract get scalars(): Record<string, Getter<T>>;
  protected get children(): Record<string, () => AnyProxy> {
    return {};
  }

  target(): T {
    if (this.resolved !== undefined) return this.resolved;
    return this.resolver();
  }

  load(paths?: string | string[] | Record<string, unknown>): this {
    if (paths === undefined || paths === null || paths === '' || paths === '*') {
      throw new Error(`${this.typeName}.load() without property names is not allowed (load only what you need)`);
    }
    let window: { top?: number; skip?: number } | undefined;
    let list: string[];
    if (typeof paths === 'string' || Array.isArray(paths)) {
      list = (Array.isArray(paths) ? paths : paths.split(',')).map((s) => s.trim()).filter(Boolean);
    } else {
      // Word.Interfaces.XxxCollectionLoadOptions & CollectionLoadOptions: { text: true, $top, $skip } on
      // collections (@types/office-js CollectionLoadOptions), or OfficeExtension.LoadOption {select, top, skip}.
      const o = paths as Record<string, unknown>;
      const top = (o.$top ?? o.top) as number | undefined;
      const skip = (o.$skip ?? o.skip) as number | undefined;
      if (!this.isCollection && (top !== undefined || skip !== undefined)) throw new FakeOfficeError('InvalidArgument', `${this.typeName}: $top/$skip only on collections`);
      window = { top, skip };
      if (typeof o.select === 'string') list = o.select.split(',').map((s) => s.trim()).filter(Boolean);
      else
        list = Object.entries(o)
          .filter(([k, v]) => !k.startsWith('$') && !['top', 'skip', 'select', 'expand'].includes(k) && v === true)
          .map(([k]) => (this.isCollection ? `items/${k}` : k));
      if (list.length === 0) throw new Error(`${this.typeName}.load({}) without property names is not allowed (load only what you need)`);
    }
    // Validation builds the fake's own probe proxies: never tracked.
    const was = this.context.processing;
    this.context.processing = true;
    try {
      this.validate(list);
    } finally {
      this.context.processing = was;
    }
    this.context.doc.loads.push({ type: this.typeName, paths: list, ...(window ? { window } : {}) });
    this.context.queueLoad(this, list, window);
    for (const p of list) this.loadedPaths.add(p);
    return this;
  }

  protected get isCollection(): boolean {
    return false;
  }

  /** Throws, like Office.js, for property names that do not exist. */
  protected validate(paths: string[]): void {
    for (const p of paths) {
      const [head, ...rest] = p.split('/');
      if (head in this.scalars && rest.length === 0) continue;
      const child = this.children[head] as (() => AnyProxy) | undefined;
      if (child && rest.length) {
        child().validate([rest.join('/')]);
        continue;
      }
      if (child && rest.length === 0) continue;
      throw new FakeOfficeError('InvalidArgument', `${this.typeName} has no property "${p}"`);
    }
  }

  /** Called at sync: copies the requested values from the document. */
  snapshot(paths: string[], target?: T, _window?: { top?: number; skip?: number }): void {
    const t = target ?? this.target();
    if (target !== undefined) this.resolved = target;
    this.values ??= {};
    const childPaths: Record<string, string[]> = {};
    for (const p of paths) {
      const [head, ...rest] = p.split('/');
      if (rest.length === 0 && head in this.scalars) {
        const v = this.scalars[head](t);
        if (typeof v === 'string') this.context.doc.charsTransferred += v.length;
        this.values[head] = v;
      } else {
        (childPaths[head] ??= []).push(rest.join('/'));
      }
    }
    for (const [name, sub] of Object.entries(childPaths)) {
      const child = this.child(name);
      child.snapshotChild(sub.filter(Boolean));
    }
  }

  protected snapshotChild(paths: string[]): void {
    if (paths.length === 0) this.values ??= {};
    else this.snapshot(paths);
  }

  private childCache = new Map<string, AnyProxy>();
  protected child<P extends AnyProxy>(name: string): P {
    let c = this.childCache.get(name);
    if (!c) {
      const make = this.children[name] as (() => AnyProxy) | undefined;
      if (!make) throw new Error(`fake-word: ${this.typeName} has no child ${name}`);
      c = make();
      this.childCache.set(name, c);
    }
    return c as P;
  }

  protected get<V>(name: string): V {
    if (!this.values || !(name in this.values)) {
      throw new FakeOfficeError(
        'PropertyNotLoaded',
        `The property '${name}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
      );
    }
    return this.values[name] as V;
  }

  protected set(name: string, apply: (t: T) => void): void {
    this.context.write(() => apply(this.target()));
    if (this.values) delete this.values[name];
  }
}

export function notFound(what: string): never {
  throw new FakeOfficeError('ItemNotFound', `${what} was not found.`);
}

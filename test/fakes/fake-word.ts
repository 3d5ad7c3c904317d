/**
 * A project-owned fake of exactly the Word API surface `src/office` uses (office-addin-mock cannot
 * model collections). It keeps an in-memory document and mimics Office.js batching:
 *
 * - property reads throw `PropertyNotLoaded` unless the property was `load`ed AND a `sync()` ran since;
 * - collection `items` exist only after a load + sync; argument-less `load()` is refused;
 * - writes are queued and run, in order, at `sync()`; Word.run fails if writes are left unsynced;
 * - APIs above the configured requirement set fail at sync with `ApiNotFound`;
 * - every `sync()` is counted and every `load` path recorded, so tests can assert both.
 *
 * Install with `installFakeWord(doc)`; it sets `globalThis.Word` and `globalThis.Office`.
 */

export type ApiVersion = '1.3' | '1.4' | '1.5' | '1.6';

export interface FakeFont {
  name: string;
  size: number;
  bold: boolean;
  color: string;
  highlightColor: string | null;
}

export interface FakeListMembership {
  id: number;
  level: number;
  listString: string;
}

export interface FakeParagraph {
  uid: number;
  text: string;
  styleBuiltIn: string;
  outlineLevel: number;
  tableNestingLevel: number;
  alignment: string;
  list: FakeListMembership | null;
  font: FakeFont;
}

export interface FakeComment {
  id: string;
  content: string;
  paragraph: FakeParagraph;
}

export interface FakeContentControl {
  id: number;
  tag: string;
  title: string;
  appearance: string;
  paragraphs: FakeParagraph[];
}

export interface FakeParagraphInit {
  text: string;
  styleBuiltIn?: string;
  outlineLevel?: number;
  tableNestingLevel?: number;
  list?: FakeListMembership | null;
  font?: Partial<FakeFont>;
  alignment?: string;
}

export interface FakeSelection {
  paragraph: FakeParagraph;
  start: number;
  length: number;
}

export class FakeOfficeError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'RichApi.Error';
  }
}

const VERSIONS: ApiVersion[] = ['1.3', '1.4', '1.5', '1.6'];
let uidCounter = 0;

export function makeParagraph(init: FakeParagraphInit | string): FakeParagraph {
  const i = typeof init === 'string' ? { text: init } : init;
  const style = i.styleBuiltIn ?? 'Normal';
  const headingLevel = /^Heading(\d)$/.exec(style);
  return {
    uid: ++uidCounter,
    text: i.text,
    styleBuiltIn: style,
    outlineLevel: i.outlineLevel ?? (headingLevel ? Number(headingLevel[1]) : 10),
    tableNestingLevel: i.tableNestingLevel ?? 0,
    alignment: i.alignment ?? 'Justified',
    list: i.list ?? null,
    font: { name: '仿宋_GB2312', size: 16, bold: false, color: '#000000', highlightColor: null, ...i.font },
  };
}

/** The in-memory Word document plus the host state the fake exposes (requirement sets, settings, counters). */
export class FakeWordDocument {
  paragraphs: FakeParagraph[];
  comments: FakeComment[] = [];
  contentControls: FakeContentControl[] = [];
  changeTrackingMode: 'Off' | 'TrackAll' | 'TrackMineOnly' = 'Off';
  protectionType: string = 'NoProtection';
  /** `Office.context.document.mode`. */
  mode: 'readWrite' | 'readOnly' = 'readWrite';
  /** When set, every write fails at sync with this error code (e.g. 'AccessDenied'). */
  writeError: string | null = null;
  /** Highest WordApi set supported. */
  apiVersion: ApiVersion = '1.3';
  /** WordApiDesktop 1.4 (protectionType). */
  desktopApi = false;
  settings = new Map<string, unknown>();
  settingsSaves = 0;
  selection: FakeSelection | null = null;
  syncCount = 0;
  /** Every load: the proxy type and the paths asked for. */
  loads: { type: string; paths: string[] }[] = [];
  /** Event handlers registered (per event name). */
  handlers: Record<string, ((args: unknown) => unknown)[]> = { onParagraphChanged: [], onParagraphAdded: [], onParagraphDeleted: [] };
  private nextId = 1;

  constructor(paragraphs: (FakeParagraphInit | string)[]) {
    this.paragraphs = paragraphs.map(makeParagraph);
  }

  supports(version: string): boolean {
    return VERSIONS.indexOf(this.apiVersion) >= VERSIONS.indexOf(version as ApiVersion) && VERSIONS.includes(version as ApiVersion);
  }

  newId(): number {
    return this.nextId++;
  }

  get texts(): string[] {
    return this.paragraphs.map((p) => p.text);
  }

  indexOf(p: FakeParagraph): number {
    return this.paragraphs.indexOf(p);
  }

  /** What a user does: fires the paragraph events (when registered). */
  userEdit(index: number, text: string): void {
    this.paragraphs[index].text = text;
    for (const h of this.handlers.onParagraphChanged) void h({ type: 'ParagraphChanged' });
  }

  resetCounters(): void {
    this.syncCount = 0;
    this.loads = [];
  }
}

// ---------------------------------------------------------------------------------------------
// Proxies
// ---------------------------------------------------------------------------------------------

type Op = () => void;
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyProxy = ProxyBase<any>;

class FakeContext {
  readonly document: DocumentProxy;
  private ops: Op[] = [];
  private loads: { proxy: AnyProxy; paths: string[] }[] = [];
  /** Proxies whose values were loaded by an earlier sync. */
  constructor(readonly doc: FakeWordDocument) {
    this.document = new DocumentProxy(this, () => doc);
  }

  queue(op: Op): void {
    this.ops.push(op);
  }

  queueLoad(proxy: AnyProxy, paths: string[]): void {
    this.loads.push({ proxy, paths });
  }

  get pending(): number {
    return this.ops.length;
  }

  async sync(): Promise<void> {
    this.doc.syncCount++;
    const ops = this.ops;
    const loads = this.loads;
    this.ops = [];
    this.loads = [];
    // Ops and loads run in the order queued; a load queued after a write sees the write. We keep it
    // simple: run all ops, then take all snapshots (the adapter never reads its own writes in one batch).
    for (const op of ops) op();
    for (const l of loads) l.proxy.snapshot(l.paths);
    await Promise.resolve();
  }

  /** Queues a write: fails at sync when the document refuses writes. */
  write(op: Op): void {
    this.queue(() => {
      if (this.doc.writeError) throw new FakeOfficeError(this.doc.writeError, `The operation failed (${this.doc.writeError}).`);
      op();
    });
  }

  requireSet(version: string, api: string): void {
    if (!this.doc.supports(version)) {
      this.queue(() => {
        throw new FakeOfficeError('ApiNotFound', `${api} requires WordApi ${version}.`);
      });
    }
  }
}

type Getter<T> = (t: T) => unknown;

abstract class ProxyBase<T = unknown> {
  protected values: Record<string, unknown> | null = null;
  protected loadedPaths = new Set<string>();
  /** Set by the parent's snapshot: a navigation child that was loaded with the parent. */
  private resolved: T | undefined;
  constructor(
    readonly context: FakeContext,
    private readonly resolver: () => T,
  ) {}

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
    if (typeof paths !== 'string' && !Array.isArray(paths)) throw new Error('fake-word: only string/array load paths are supported');
    const list = (Array.isArray(paths) ? paths : paths.split(',')).map((s) => s.trim()).filter(Boolean);
    this.validate(list);
    this.context.doc.loads.push({ type: this.typeName, paths: list });
    this.context.queueLoad(this, list);
    for (const p of list) this.loadedPaths.add(p);
    return this;
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
  snapshot(paths: string[], target?: T): void {
    const t = target ?? this.target();
    if (target !== undefined) this.resolved = target;
    this.values ??= {};
    const childPaths: Record<string, string[]> = {};
    for (const p of paths) {
      const [head, ...rest] = p.split('/');
      if (rest.length === 0 && head in this.scalars) {
        this.values[head] = this.scalars[head](t);
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

function notFound(what: string): never {
  throw new FakeOfficeError('ItemNotFound', `${what} was not found.`);
}

class FontProxy extends ProxyBase<FakeFont[]> {
  get typeName() {
    return 'Font';
  }
  protected get scalars(): Record<string, Getter<FakeFont[]>> {
    const same = (k: keyof FakeFont) => (fs: FakeFont[]) => (fs.every((f) => f[k] === fs[0][k]) ? fs[0][k] : k === 'highlightColor' ? '' : null);
    return { name: same('name'), size: same('size'), bold: same('bold'), color: same('color'), highlightColor: same('highlightColor') };
  }
  get name(): string {
    return this.get('name');
  }
  set name(v: string) {
    this.set('name', (fs) => fs.forEach((f) => (f.name = v)));
  }
  get size(): number {
    return this.get('size');
  }
  set size(v: number) {
    this.set('size', (fs) => fs.forEach((f) => (f.size = v)));
  }
  get bold(): boolean {
    return this.get('bold');
  }
  set bold(v: boolean) {
    this.set('bold', (fs) => fs.forEach((f) => (f.bold = v)));
  }
  get color(): string {
    return this.get('color');
  }
  set color(v: string) {
    this.set('color', (fs) => fs.forEach((f) => (f.color = v)));
  }
  get highlightColor(): string | null {
    return this.get('highlightColor');
  }
  set highlightColor(v: string | null) {
    this.set('highlightColor', (fs) => fs.forEach((f) => (f.highlightColor = v === null ? null : normalizeColor(v))));
  }
}

function normalizeColor(v: string): string {
  const named: Record<string, string> = { yellow: '#FFFF00', green: '#00FF00', turquoise: '#00FFFF' };
  return named[v.toLowerCase()] ?? v.toUpperCase();
}

class ListItemProxy extends ProxyBase<FakeParagraph> {
  get typeName() {
    return 'ListItem';
  }
  protected get scalars(): Record<string, Getter<FakeParagraph>> {
    return { listString: (p) => p.list?.listString ?? null, level: (p) => p.list?.level ?? null };
  }
  protected override snapshotChild(paths: string[]): void {
    super.snapshotChild(paths);
    this.values!.isNullObject = this.target().list === null;
  }
  get isNullObject(): boolean {
    return this.get('isNullObject');
  }
  get listString(): string {
    if (this.values?.isNullObject) throw new FakeOfficeError('ItemNotFound', 'null object');
    return this.get('listString');
  }
  get level(): number {
    if (this.values?.isNullObject) throw new FakeOfficeError('ItemNotFound', 'null object');
    return this.get('level');
  }
}

class ListProxy extends ProxyBase<FakeParagraph> {
  get typeName() {
    return 'List';
  }
  protected get scalars(): Record<string, Getter<FakeParagraph>> {
    return { id: (p) => p.list?.id ?? null };
  }
  protected override snapshotChild(paths: string[]): void {
    super.snapshotChild(paths);
    this.values!.isNullObject = this.target().list === null;
  }
  get isNullObject(): boolean {
    return this.get('isNullObject');
  }
  get id(): number {
    return this.get('id');
  }
}

interface FakeRange {
  paragraphs: FakeParagraph[];
  /** Character span within the single paragraph, when the range is part of one paragraph. */
  start?: number;
  end?: number;
}

class RangeProxy extends ProxyBase<FakeRange> {
  get typeName() {
    return 'Range';
  }
  protected get scalars(): Record<string, Getter<FakeRange>> {
    return { text: (r) => rangeText(r) };
  }
  protected override get children() {
    return { font: () => new FontProxy(this.context, () => this.target().paragraphs.map((p) => p.font)) };
  }
  get text(): string {
    return this.get('text');
  }
  get font(): FontProxy {
    return this.child('font');
  }
  insertText(text: string, location: string): RangeProxy {
    if (!['Replace', 'Before', 'After'].includes(location)) throw new Error(`fake-word: Range.insertText ${location} not modelled`);
    this.context.write(() => {
      const r = this.target();
      if (r.start === undefined || r.end === undefined || r.paragraphs.length !== 1) throw new Error('fake-word: insertText on a multi-paragraph range');
      const p = r.paragraphs[0];
      const [a, b] = location === 'Replace' ? [r.start, r.end] : location === 'Before' ? [r.start, r.start] : [r.end, r.end];
      p.text = p.text.slice(0, a) + text + p.text.slice(b);
    });
    return this;
  }
  delete(): void {
    this.insertText('', 'Replace');
  }
  select(): void {
    this.context.queue(() => {
      const r = this.target();
      const p = r.paragraphs[0];
      this.context.doc.selection = { paragraph: p, start: r.start ?? 0, length: (r.end ?? p.text.length) - (r.start ?? 0) };
    });
  }
  insertComment(text: string): CommentProxy {
    this.context.requireSet('1.4', 'Range.insertComment');
    let made: FakeComment | undefined;
    this.context.write(() => {
      made = { id: String(this.context.doc.newId()), content: text, paragraph: this.target().paragraphs[0] };
      this.context.doc.comments.push(made);
    });
    return new CommentProxy(this.context, () => made ?? notFound('comment'));
  }
  search(text: string, options?: Record<string, boolean>): RangeCollectionProxy {
    return new RangeCollectionProxy(this.context, () => searchIn(this.target(), text, options));
  }
  expandTo(other: RangeProxy): RangeProxy {
    return new RangeProxy(this.context, () => {
      const a = this.target();
      const b = other.target();
      const doc = this.context.doc;
      const from = doc.indexOf(a.paragraphs[0]);
      const to = doc.indexOf(b.paragraphs[b.paragraphs.length - 1]);
      if (from < 0 || to < from) notFound('range');
      return { paragraphs: doc.paragraphs.slice(from, to + 1) };
    });
  }
  insertContentControl(): ContentControlProxy {
    let made: FakeContentControl | undefined;
    this.context.write(() => {
      made = { id: this.context.doc.newId(), tag: '', title: '', appearance: 'BoundingBox', paragraphs: [...this.target().paragraphs] };
      this.context.doc.contentControls.push(made);
    });
    return new ContentControlProxy(this.context, () => made ?? notFound('content control'));
  }
}

/** Chinese Word's localized names of the built-in styles (what `Paragraph.style` returns). */
const LOCALIZED: Record<string, string> = { Normal: '正文', Heading1: '标题 1', Heading2: '标题 2', Heading3: '标题 3', Title: '标题', ListParagraph: '列表段落' };
function localizedStyle(builtIn: string): string {
  return LOCALIZED[builtIn] ?? builtIn;
}

function rangeText(r: FakeRange): string {
  if (r.start !== undefined && r.end !== undefined) return r.paragraphs[0].text.slice(r.start, r.end);
  return r.paragraphs.map((p) => p.text).join('\r');
}

function searchIn(r: FakeRange, text: string, options: Record<string, boolean> = {}): FakeRange[] {
  if (text.length > 255) throw new FakeOfficeError('InvalidArgument', 'search text longer than 255 characters');
  if (options.matchWildcards) throw new Error('fake-word: wildcards not modelled');
  const out: FakeRange[] = [];
  const norm = (s: string) => (options.matchCase ? s : s.toLowerCase());
  for (const p of r.paragraphs) {
    const base = r.paragraphs.length === 1 && r.start !== undefined ? r.start : 0;
    const end = r.paragraphs.length === 1 && r.end !== undefined ? r.end : p.text.length;
    const hay = norm(p.text.slice(base, end));
    const needle = norm(text);
    let i = hay.indexOf(needle);
    while (i >= 0 && needle.length > 0) {
      const isWordStart = i === 0 || /[\s\p{P}]/u.test(hay[i - 1]) || /\p{Script=Han}/u.test(hay[i]);
      if (!options.matchPrefix || isWordStart) out.push({ paragraphs: [p], start: base + i, end: base + i + text.length });
      i = hay.indexOf(needle, i + 1);
    }
  }
  return out;
}

class RangeCollectionProxy extends ProxyBase<FakeRange[]> {
  private itemProxies: RangeProxy[] | null = null;
  get typeName() {
    return 'RangeCollection';
  }
  protected get scalars() {
    return {};
  }
  protected override validate(paths: string[]): void {
    for (const p of paths) {
      if (p === 'items') continue;
      if (!p.startsWith('items/')) throw new FakeOfficeError('InvalidArgument', `RangeCollection has no property ${p}`);
    }
  }
  override snapshot(paths: string[]): void {
    const ranges = this.target();
    const sub = paths.map((p) => p.replace(/^items\/?/, '')).filter(Boolean);
    this.itemProxies = ranges.map((r) => {
      const proxy = new RangeProxy(this.context, () => r);
      proxy.snapshot(sub, r);
      return proxy;
    });
  }
  get items(): RangeProxy[] {
    if (!this.itemProxies) throw new FakeOfficeError('PropertyNotLoaded', "The property 'items' is not available.");
    return this.itemProxies;
  }
  getFirst(): RangeProxy {
    return new RangeProxy(this.context, () => this.target()[0] ?? notFound('search result'));
  }
}

class ParagraphProxy extends ProxyBase<FakeParagraph> {
  get typeName() {
    return 'Paragraph';
  }
  protected get scalars(): Record<string, Getter<FakeParagraph>> {
    return {
      text: (p) => p.text,
      styleBuiltIn: (p) => p.styleBuiltIn,
      outlineLevel: (p) => p.outlineLevel,
      isListItem: (p) => p.list !== null,
      tableNestingLevel: (p) => p.tableNestingLevel,
      alignment: (p) => p.alignment,
      style: (p) => localizedStyle(p.styleBuiltIn),
    };
  }
  protected override get children() {
    return {
      font: () => new FontProxy(this.context, () => [this.target().font]),
      listItemOrNullObject: () => new ListItemProxy(this.context, () => this.target()),
      listOrNullObject: () => new ListProxy(this.context, () => this.target()),
    };
  }
  get text(): string {
    return this.get('text');
  }
  get styleBuiltIn(): string {
    return this.get('styleBuiltIn');
  }
  set styleBuiltIn(v: string) {
    this.set('styleBuiltIn', (p) => {
      p.styleBuiltIn = v;
      const h = /^Heading(\d)$/.exec(v);
      p.outlineLevel = h ? Number(h[1]) : 10;
    });
  }
  get outlineLevel(): number {
    return this.get('outlineLevel');
  }
  get style(): string {
    return this.get('style');
  }
  set style(v: string) {
    this.set('style', (p) => {
      const builtIn = Object.entries(LOCALIZED).find(([, name]) => name === v)?.[0];
      if (!builtIn) throw new FakeOfficeError('ItemNotFound', `style ${v}`);
      p.styleBuiltIn = builtIn;
      const h = /^Heading(\d)$/.exec(builtIn);
      p.outlineLevel = h ? Number(h[1]) : 10;
    });
  }
  insertText(text: string, location: string): RangeProxy {
    if (location !== 'End' && location !== 'Start') throw new Error(`fake-word: Paragraph.insertText ${location} not modelled`);
    this.context.write(() => {
      const p = this.target();
      p.text = location === 'End' ? p.text + text : text + p.text;
    });
    return new RangeProxy(this.context, () => ({ paragraphs: [this.target()] }));
  }
  get isListItem(): boolean {
    return this.get('isListItem');
  }
  get tableNestingLevel(): number {
    return this.get('tableNestingLevel');
  }
  get alignment(): string {
    return this.get('alignment');
  }
  set alignment(v: string) {
    this.set('alignment', (p) => (p.alignment = v));
  }
  get font(): FontProxy {
    return this.child('font');
  }
  get listItemOrNullObject(): ListItemProxy {
    return this.child('listItemOrNullObject');
  }
  get listOrNullObject(): ListProxy {
    return this.child('listOrNullObject');
  }
  insertParagraph(text: string, location: string): ParagraphProxy {
    if (location !== 'Before' && location !== 'After') throw new FakeOfficeError('InvalidArgument', `Paragraph.insertParagraph location ${location}`);
    let made: FakeParagraph | undefined;
    this.context.write(() => {
      const ref = this.target();
      const doc = this.context.doc;
      const i = doc.indexOf(ref);
      if (i < 0) notFound('paragraph');
      // Like Word: the new paragraph takes the reference paragraph's formatting and list membership.
      made = { ...makeParagraph({ text }), styleBuiltIn: ref.styleBuiltIn, outlineLevel: ref.outlineLevel, alignment: ref.alignment };
      made.font = { ...ref.font };
      made.list = ref.list ? { ...ref.list, listString: '#' } : null;
      made.tableNestingLevel = ref.tableNestingLevel;
      doc.paragraphs.splice(location === 'Before' ? i : i + 1, 0, made);
      for (const h of doc.handlers.onParagraphAdded) void h({ type: 'ParagraphAdded' });
    });
    return new ParagraphProxy(this.context, () => made ?? notFound('paragraph'));
  }
  getRange(location: string = 'Whole'): RangeProxy {
    return new RangeProxy(this.context, () => {
      const p = this.target();
      if (location === 'Whole' || location === 'Content') return { paragraphs: [p] };
      if (location === 'Start') return { paragraphs: [p], start: 0, end: 0 };
      if (location === 'End') return { paragraphs: [p], start: p.text.length, end: p.text.length };
      throw new FakeOfficeError('InvalidArgument', `getRange(${location})`);
    });
  }
  search(text: string, options?: Record<string, boolean>): RangeCollectionProxy {
    return new RangeCollectionProxy(this.context, () => searchIn({ paragraphs: [this.target()] }, text, options));
  }
  select(): void {
    this.context.queue(() => {
      const p = this.target();
      this.context.doc.selection = { paragraph: p, start: 0, length: p.text.length };
    });
  }
  detachFromList(): void {
    this.context.write(() => {
      const p = this.target();
      if (!p.list) throw new FakeOfficeError('GeneralException', 'detachFromList on a paragraph that is not a list item');
      p.list = null;
    });
  }
  attachToList(listId: number, level: number): void {
    this.context.write(() => {
      const p = this.target();
      if (p.list) throw new FakeOfficeError('GeneralException', 'attachToList on a paragraph already in a list');
      p.list = { id: listId, level, listString: '#' };
    });
  }
  getComments(): CommentCollectionProxy {
    this.context.requireSet('1.4', 'Paragraph.getComments');
    return new CommentCollectionProxy(this.context, () => this.context.doc.comments.filter((c) => c.paragraph === this.target()));
  }
}

class ParagraphCollectionProxy extends ProxyBase<FakeParagraph[]> {
  private itemProxies: ParagraphProxy[] | null = null;
  get typeName() {
    return 'ParagraphCollection';
  }
  protected get scalars() {
    return {};
  }
  protected override validate(paths: string[]): void {
    const probe = new ParagraphProxy(this.context, () => notFound('probe'));
    for (const p of paths) {
      if (p === 'items') continue;
      if (!p.startsWith('items/')) throw new FakeOfficeError('InvalidArgument', `ParagraphCollection has no property "${p}" (use items/${p})`);
      (probe as unknown as { validate(p: string[]): void }).validate([p.slice('items/'.length)]);
    }
  }
  override snapshot(paths: string[]): void {
    const ps = this.target();
    const sub = paths.map((p) => p.replace(/^items\/?/, '')).filter(Boolean);
    this.itemProxies = ps.map((p) => {
      const proxy = new ParagraphProxy(this.context, () => p);
      proxy.snapshot(sub, p);
      return proxy;
    });
  }
  get items(): ParagraphProxy[] {
    if (!this.itemProxies) throw new FakeOfficeError('PropertyNotLoaded', "The property 'items' is not available. Load the collection and sync first.");
    return this.itemProxies;
  }
}

class CommentProxy extends ProxyBase<FakeComment> {
  get typeName() {
    return 'Comment';
  }
  protected get scalars(): Record<string, Getter<FakeComment>> {
    return { content: (c) => c.content, id: (c) => c.id };
  }
  get content(): string {
    return this.get('content');
  }
  get id(): string {
    return this.get('id');
  }
  delete(): void {
    this.context.write(() => {
      const c = this.target();
      const list = this.context.doc.comments;
      const i = list.indexOf(c);
      if (i < 0) notFound('comment');
      list.splice(i, 1);
    });
  }
}

class CommentCollectionProxy extends ProxyBase<FakeComment[]> {
  private itemProxies: CommentProxy[] | null = null;
  get typeName() {
    return 'CommentCollection';
  }
  protected get scalars() {
    return {};
  }
  protected override validate(paths: string[]): void {
    for (const p of paths) if (!['items', 'items/content', 'items/id'].includes(p)) throw new FakeOfficeError('InvalidArgument', `CommentCollection: ${p}`);
  }
  override snapshot(paths: string[]): void {
    const sub = paths.map((p) => p.replace(/^items\/?/, '')).filter(Boolean);
    this.itemProxies = this.target().map((c) => {
      const proxy = new CommentProxy(this.context, () => c);
      proxy.snapshot(sub, c);
      return proxy;
    });
  }
  get items(): CommentProxy[] {
    if (!this.itemProxies) throw new FakeOfficeError('PropertyNotLoaded', "The property 'items' is not available.");
    return this.itemProxies;
  }
}

class ContentControlProxy extends ProxyBase<FakeContentControl> {
  get typeName() {
    return 'ContentControl';
  }
  protected get scalars(): Record<string, Getter<FakeContentControl>> {
    return {
      tag: (c) => c.tag,
      title: (c) => c.title,
      appearance: (c) => c.appearance,
      text: (c) => c.paragraphs.map((p) => p.text).join('\r'),
      id: (c) => c.id,
    };
  }
  get tag(): string {
    return this.get('tag');
  }
  set tag(v: string) {
    this.set('tag', (c) => (c.tag = v));
  }
  get title(): string {
    return this.get('title');
  }
  set title(v: string) {
    this.set('title', (c) => (c.title = v));
  }
  get appearance(): string {
    return this.get('appearance');
  }
  set appearance(v: string) {
    this.set('appearance', (c) => (c.appearance = v));
  }
  get text(): string {
    return this.get('text');
  }
  delete(keepContent: boolean): void {
    this.context.write(() => {
      const c = this.target();
      const doc = this.context.doc;
      doc.contentControls = doc.contentControls.filter((x) => x !== c);
      if (!keepContent) doc.paragraphs = doc.paragraphs.filter((p) => !c.paragraphs.includes(p));
    });
  }
}

class ContentControlCollectionProxy extends ProxyBase<FakeContentControl[]> {
  private itemProxies: ContentControlProxy[] | null = null;
  get typeName() {
    return 'ContentControlCollection';
  }
  protected get scalars() {
    return {};
  }
  protected override validate(paths: string[]): void {
    const ok = ['items', 'items/tag', 'items/title', 'items/text', 'items/appearance', 'items/id'];
    for (const p of paths) if (!ok.includes(p)) throw new FakeOfficeError('InvalidArgument', `ContentControlCollection: ${p}`);
  }
  override snapshot(paths: string[]): void {
    const sub = paths.map((p) => p.replace(/^items\/?/, '')).filter(Boolean);
    this.itemProxies = this.target().map((c) => {
      const proxy = new ContentControlProxy(this.context, () => c);
      proxy.snapshot(sub, c);
      return proxy;
    });
  }
  get items(): ContentControlProxy[] {
    if (!this.itemProxies) throw new FakeOfficeError('PropertyNotLoaded', "The property 'items' is not available.");
    return this.itemProxies;
  }
  getByTag(tag: string): ContentControlCollectionProxy {
    return new ContentControlCollectionProxy(this.context, () => this.target().filter((c) => c.tag === tag));
  }
}

class BodyProxy extends ProxyBase<FakeWordDocument> {
  get typeName() {
    return 'Body';
  }
  protected get scalars(): Record<string, Getter<FakeWordDocument>> {
    return { text: (d) => d.paragraphs.map((p) => p.text).join('\r') };
  }
  get text(): string {
    return this.get('text');
  }
  private paragraphsProxy?: ParagraphCollectionProxy;
  get paragraphs(): ParagraphCollectionProxy {
    // Like Office.js, every access of a navigation property returns the same proxy within a context.
    this.paragraphsProxy ??= new ParagraphCollectionProxy(this.context, () => this.target().paragraphs);
    return this.paragraphsProxy;
  }
  private ccProxy?: ContentControlCollectionProxy;
  get contentControls(): ContentControlCollectionProxy {
    this.ccProxy ??= new ContentControlCollectionProxy(this.context, () => this.target().contentControls);
    return this.ccProxy;
  }
  insertParagraph(text: string, location: string): ParagraphProxy {
    if (location !== 'Start' && location !== 'End') throw new FakeOfficeError('InvalidArgument', `Body.insertParagraph location ${location}`);
    let made: FakeParagraph | undefined;
    this.context.write(() => {
      made = makeParagraph({ text });
      const doc = this.target();
      if (location === 'Start') doc.paragraphs.unshift(made);
      else doc.paragraphs.push(made);
    });
    return new ParagraphProxy(this.context, () => made ?? notFound('paragraph'));
  }
  getComments(): CommentCollectionProxy {
    this.context.requireSet('1.4', 'Body.getComments');
    return new CommentCollectionProxy(this.context, () => this.target().comments);
  }
}

class EventHandlersProxy {
  constructor(
    private readonly context: FakeContext,
    private readonly name: string,
  ) {}
  add(handler: (args: unknown) => unknown): { context: FakeContext; remove(): void } {
    this.context.requireSet('1.6', `Document.${this.name}`);
    const list = () => this.context.doc.handlers[this.name];
    this.context.queue(() => list().push(handler));
    return {
      context: this.context,
      remove: () => {
        this.context.queue(() => {
          const l = list();
          const i = l.indexOf(handler);
          if (i >= 0) l.splice(i, 1);
        });
      },
    };
  }
}

class DocumentProxy extends ProxyBase<FakeWordDocument> {
  readonly body: BodyProxy;
  get typeName() {
    return 'Document';
  }
  constructor(context: FakeContext, resolver: () => FakeWordDocument) {
    super(context, resolver);
    this.body = new BodyProxy(context, resolver);
  }
  protected get scalars(): Record<string, Getter<FakeWordDocument>> {
    return {
      changeTrackingMode: (d) => {
        if (!d.supports('1.4')) throw new FakeOfficeError('ApiNotFound', 'changeTrackingMode requires WordApi 1.4');
        return d.changeTrackingMode;
      },
      protectionType: (d) => {
        if (!d.desktopApi) throw new FakeOfficeError('ApiNotFound', 'protectionType requires WordApiDesktop 1.4');
        return d.protectionType;
      },
    };
  }
  get changeTrackingMode(): string {
    return this.get('changeTrackingMode');
  }
  get protectionType(): string {
    return this.get('protectionType');
  }
  get onParagraphChanged() {
    return new EventHandlersProxy(this.context, 'onParagraphChanged');
  }
  get onParagraphAdded() {
    return new EventHandlersProxy(this.context, 'onParagraphAdded');
  }
  get onParagraphDeleted() {
    return new EventHandlersProxy(this.context, 'onParagraphDeleted');
  }
}

// ---------------------------------------------------------------------------------------------
// Globals
// ---------------------------------------------------------------------------------------------

export interface InstalledFake {
  doc: FakeWordDocument;
  uninstall(): void;
}

/** Installs `Word` and `Office` on globalThis for `doc`; returns the document (for assertions) and an uninstaller. */
export function installFakeWord(doc: FakeWordDocument): InstalledFake {
  const g = globalThis as Record<string, unknown>;
  const before = { Word: g.Word, Office: g.Office };
  const run = async <R>(a: unknown, b?: unknown): Promise<R> => {
    const batch = (typeof a === 'function' ? a : b) as (ctx: FakeContext) => Promise<R>;
    const reuse = typeof a === 'function' ? undefined : (a as { context?: FakeContext }).context;
    const ctx = reuse instanceof FakeContext ? reuse : new FakeContext(doc);
    const result = await batch(ctx);
    if (ctx.pending > 0) throw new Error(`fake-word: Word.run ended with ${ctx.pending} queued operations and no sync`);
    return result;
  };
  g.Word = { run, InsertLocation: { before: 'Before', after: 'After', start: 'Start', end: 'End', replace: 'Replace' } };
  g.Office = {
    onReady: async () => ({ host: 'Word', platform: 'PC' }),
    HostType: { Word: 'Word' },
    DocumentMode: { ReadOnly: 'readOnly', ReadWrite: 'readWrite' },
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    context: {
      requirements: {
        isSetSupported: (name: string, version?: string) => {
          if (name === 'WordApi') return doc.supports(version ?? '1.1') || ['1.1', '1.2'].includes(version ?? '1.1');
          if (name === 'WordApiDesktop') return doc.desktopApi && (version ?? '1.1') <= '1.4';
          return false;
        },
      },
      document: {
        get mode() {
          return doc.mode;
        },
        settings: {
          get: (key: string) => (doc.settings.has(key) ? doc.settings.get(key) : null),
          set: (key: string, value: unknown) => void doc.settings.set(key, value),
          remove: (key: string) => void doc.settings.delete(key),
          saveAsync: (cb?: (r: { status: string }) => void) => {
            doc.settingsSaves++;
            cb?.({ status: 'succeeded' });
          },
        },
      },
    },
  };
  return {
    doc,
    uninstall() {
      g.Word = before.Word;
      g.Office = before.Office;
    },
  };
}

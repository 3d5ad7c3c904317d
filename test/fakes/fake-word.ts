import { fakeOffice } from './fake-office';
import { crossesDeletion, findAll, reviewedText, spliceText, visibleText, type FakeMark } from './fake-find';

/**
 * A project-owned fake of exactly the Word API surface `src/office` uses (office-addin-mock cannot
 * model collections). It keeps an in-memory document and mimics Office.js batching:
 *
 * - property reads throw `PropertyNotLoaded` unless the property was `load`ed AND a `sync()` ran since;
 * - collection `items` exist only after a load + sync; argument-less `load()` is refused;
 * - writes are queued and run, in order, at `sync()`; a failing op leaves the earlier ones applied and
 *   drops the rest (Office.js does not roll a batch back);
 * - `Word.run` syncs what is still queued after the batch, like the runtime (`ctx.sync(runBodyResult)`),
 *   and then sends a separate clean-up round trip for the proxies it tracked automatically (counted in
 *   `cleanups`, not in `syncCount`; see FakeContext);
 * - APIs above the configured requirement set throw `ApiNotFound` AT THE CALL or property read, as the
 *   runtime's `_throwIfApiNotSupported` does (audit §1), not at sync;
 * - every `sync()` is counted and every `load` path recorded, so tests can assert both.
 *
 * Since issue 18 it is as strict as Word where Word is unkind (audit word-api-audit.md §12): host profiles
 * (win32 / mac / web), protection and viewing mode failing writes with GeneralException, style-linked
 * numbering, tracked-deleted and hidden runs, Word's Find semantics, East Asian font slots, content-control
 * limits, comment refusals, event drops, the settings size limit, a slow onReady, `$top`/`$skip` loads.
 *
 * Install with `installFakeWord(doc)`; it sets `globalThis.Word` and `globalThis.Office`.
 */

export type ApiVersion = '1.3' | '1.4' | '1.5' | '1.6' | '1.7';
export type FakeHost = 'win32' | 'mac' | 'web';

export interface FakeFont {
  /** The Latin (ascii) font slot: what `Font.name` returns. */
  name: string;
  /**
   * The East Asian font slot (`Font.nameFarEast`, WordApiDesktop 1.3): the font Chinese text is shown in.
   * Undefined = same as `name`. Source: VBA Font.NameFarEast ("the recommended way to return or set the
   * font for Asian text"); audit M6 [inference that Office.js `name` is the Latin slot].
   */
  eastAsia?: string;
  italic?: boolean;
  underline?: string;
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
  /** Tracked-deleted and hidden runs (fake-find.ts). `text` includes them. */
  marks?: FakeMark[];
  /** The paragraph carries tracked changes (e.g. an insertion) even without a deleted run (H2). */
  revised?: boolean;
}

export interface FakeComment {
  id: string;
  content: string;
  paragraph: FakeParagraph;
  /** `delete()` fails with this code: #6551 (Mac, page break in the paragraph), #6895 (cut/paste under 修订). */
  deleteError?: string;
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
  marks?: FakeMark[];
  revised?: boolean;
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

const VERSIONS: ApiVersion[] = ['1.3', '1.4', '1.5', '1.6', '1.7'];
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
    ...(i.marks ? { marks: i.marks.map((m) => ({ ...m })) } : {}),
    ...(i.revised ? { revised: true } : {}),
  };
}

/** The in-memory Word document plus the host state the fake exposes (requirement sets, settings, counters). */
export class FakeWordDocument {
  paragraphs: FakeParagraph[];
  comments: FakeComment[] = [];
  contentControls: FakeContentControl[] = [];
  changeTrackingMode: 'Off' | 'TrackAll' | 'TrackMineOnly' = 'Off';
  /**
   * Document protection. Anything but NoProtection makes writes fail with GeneralException (comments are
   * allowed under AllowOnlyComments). Readable through `protectionType` only with WordApiDesktop 1.4.
   */
  protectionType: string = 'NoProtection';
  /**
   * `Office.context.document.mode`: always 'readWrite' in Word, even in 查看 (Viewing) mode (issue #5484).
   * Tests may still set 'readOnly' for the case a future Word reports it.
   */
  mode: 'readWrite' | 'readOnly' = 'readWrite';
  /** 查看 (Viewing) mode: writes fail with GeneralException, not a read-only error (issue #5484). */
  viewing = false;
  /** When set, every write fails at sync with this error code (e.g. 'AccessDenied'). */
  writeError: string | null = null;
  /** Which Word: some failures are platform-specific (H2 web, #6046 mac, #5049 desktop events). */
  host: FakeHost = 'win32';
  /**
   * Style-linked numbering: applying a style in this table makes the paragraph a member of that list
   * (OOXML numPr in the style's pPr, ISO/IEC 29500 §17.9.23; audit H3 [inference]).
   */
  styleLists: Record<string, { id: number; level: number }> = {};
  /** The Find and Replace dialog is open: every search fails with SearchDialogIsOpen (Word.ErrorCodes). */
  searchDialogOpen = false;
  /** Find treats full- and half-width forms as equal (unverified; off by default). */
  findFoldsWidth = false;
  /** Range.insertComment fails with this code (NotAllowed on some Word-on-the-web tenants, issue #6746). */
  insertCommentError: string | null = null;
  /** Mac: a comment is selected, so insertContentControl fails with GeneralException (issue #6046, open). */
  commentSelected = false;
  /** Which events reach the add-in: return false to drop one (issues #5089, #5400, #3864, #4874). */
  deliverEvent: (type: string, source: 'user' | 'addin' | 'undo') => boolean = (_t, source) => !(source === 'undo' && this.host === 'web');
  /** Clean-up round trips `Word.run` sent after its batch, and how many tracked proxies they released. */
  cleanups = 0;
  cleanupObjects = 0;
  /** Characters of text returned by loads (a size-based cost for the poller, audit M7). */
  charsTransferred = 0;
  /** Maximum size of the serialized settings bag (2 MB documented, issue #621); saveAsync fails above. */
  settingsLimit = 2 * 1024 * 1024;
  /** The settings as last saved into the document (settings.set only changes the in-memory bag). */
  savedSettings = new Map<string, unknown>();
  /** Office.onReady resolves after this many ms (audit M9: slow or filtered networks). */
  onReadyDelayMs = 0;
  /** Office.onReady never resolves (office.js host script blocked). */
  onReadyNever = false;
  /** `Office.context.diagnostics` / `Office.context.platform`. */
  officeVersion = '16.0.17928.20114';
  /** Highest WordApi set supported. */
  apiVersion: ApiVersion = '1.3';
  /** WordApiDesktop 1.4 (protectionType). */
  desktopApi = false;
  settings = new Map<string, unknown>();
  settingsSaves = 0;
  selection: FakeSelection | null = null;
  syncCount = 0;
  /** Every load: the proxy type and the paths asked for. */
  loads: { type: string; paths: string[]; window?: { top?: number; skip?: number } }[] = [];
  /** Event handlers registered (per event name). */
  handlers: Record<string, ((args: unknown) => unknown)[]> = { onParagraphChanged: [], onParagraphAdded: [], onParagraphDeleted: [] };
  /** Office.EventType.DocumentSelectionChanged handlers (Common API). */
  selectionHandlers: ((args: unknown) => void)[] = [];
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

  /** What a user does: changes the text, moves the selection, fires the paragraph events (unless dropped). */
  userEdit(index: number, text: string, source: 'user' | 'undo' = 'user'): void {
    this.paragraphs[index].text = text;
    this.paragraphs[index].marks = undefined;
    this.fire('onParagraphChanged', source);
    this.userSelect();
  }

  /** The user inserts a paragraph (e.g. presses Enter) before `index`. */
  userInsert(index: number, text: string): void {
    this.paragraphs.splice(index, 0, makeParagraph(text));
    this.fire('onParagraphAdded', 'user');
    this.userSelect();
  }

  /** The user clicks somewhere: DocumentSelectionChanged (Common API, every Word). */
  userSelect(): void {
    for (const h of this.selectionHandlers) h({ type: 'documentSelectionChanged' });
  }

  fire(name: string, source: 'user' | 'addin' | 'undo'): void {
    if (!this.deliverEvent(name, source)) return;
    for (const h of this.handlers[name] ?? []) void h({ type: name.replace(/^on/, ''), source: source === 'addin' ? 'Local' : 'Local' });
  }

  /** Writes are refused as Word refuses them: GeneralException under protection or in 查看 mode (#5484). */
  writeRefusal(kind: 'text' | 'comment' = 'text'): string | null {
    if (this.writeError) return this.writeError;
    if (this.viewing) return 'GeneralException';
    if (this.protectionType !== 'NoProtection' && !(kind === 'comment' && this.protectionType === 'AllowOnlyComments')) return 'GeneralException';
    return null;
  }

  resetCounters(): void {
    this.syncCount = 0;
    this.loads = [];
    this.cleanups = 0;
    this.cleanupObjects = 0;
    this.charsTransferred = 0;
  }
}

// ---------------------------------------------------------------------------------------------
// Proxies
// ---------------------------------------------------------------------------------------------

type Op = () => void;
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyProxy = ProxyBase<any>;

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

class FakeContext {
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
  constructor(readonly doc: FakeWordDocument) {
    this.document = new DocumentProxy(this, () => doc);
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

type Getter<T> = (t: T) => unknown;

abstract class ProxyBase<T = unknown> {
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

function notFound(what: string): never {
  throw new FakeOfficeError('ItemNotFound', `${what} was not found.`);
}

class FontProxy extends ProxyBase<FakeFont[]> {
  get typeName() {
    return 'Font';
  }
  protected get scalars(): Record<string, Getter<FakeFont[]>> {
    const same = (k: keyof FakeFont) => (fs: FakeFont[]) => (fs.every((f) => f[k] === fs[0][k]) ? fs[0][k] : k === 'highlightColor' ? '' : null);
    const farEast = (fs: FakeFont[]) => {
      const v = fs.map((f) => f.eastAsia ?? f.name);
      return v.every((x) => x === v[0]) ? v[0] : null;
    };
    return {
      name: same('name'),
      nameFarEast: farEast,
      size: same('size'),
      bold: same('bold'),
      italic: same('italic'),
      underline: same('underline'),
      color: same('color'),
      highlightColor: same('highlightColor'),
    };
  }
  protected override validate(paths: string[]): void {
    // nameFarEast is WordApiDesktop 1.3: the runtime throws at the load/read, not at sync.
    if (paths.includes('nameFarEast')) this.context.requireSet('1.3', 'Font.nameFarEast', 'WordApiDesktop');
    super.validate(paths);
  }
  /** The Latin slot. Setting a CJK font sets both slots, a Latin font only the Latin one (Word's Font dialog). */
  get name(): string {
    return this.get('name');
  }
  set name(v: string) {
    this.set('name', (fs) =>
      fs.forEach((f) => {
        if (isCjkFont(v)) f.eastAsia = v;
        else f.eastAsia ??= f.name;
        f.name = v;
      }),
    );
  }
  get nameFarEast(): string {
    this.context.requireSet('1.3', 'Font.nameFarEast', 'WordApiDesktop');
    return this.get('nameFarEast');
  }
  set nameFarEast(v: string) {
    this.context.requireSet('1.3', 'Font.nameFarEast', 'WordApiDesktop');
    this.set('nameFarEast', (fs) => fs.forEach((f) => (f.eastAsia = v)));
  }
  get italic(): boolean {
    return this.get('italic');
  }
  set italic(v: boolean) {
    this.set('italic', (fs) => fs.forEach((f) => (f.italic = v)));
  }
  get underline(): string {
    return this.get('underline');
  }
  set underline(v: string) {
    this.set('underline', (fs) => fs.forEach((f) => (f.underline = v)));
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

/** Fonts whose names say they are for Chinese text (the fake's notion of "an East Asian font"). */
export function isCjkFont(name: string | null | undefined): boolean {
  return !!name && (/[\u3400-\u9fff]/.test(name) || /^(Sim|FangSong|KaiTi|Microsoft YaHei|DengXian|ST[A-Z]|FZ|NSimSun|PingFang|Songti|Heiti)/i.test(name));
}

function normalizeColor(v: string): string {
  const named: Record<string, string> = { yellow: '#FFFF00', green: '#00FF00', turquoise: '#00FFFF' };
  return named[v.toLowerCase()] ?? v.toUpperCase();
}

/**
 * H2: on Word on the web, loading `listItemOrNullObject` / `listOrNullObject` fails the whole load with
 * GeneralException ("Cannot read properties of null (reading 'listId')") when list paragraphs carry tracked
 * changes (issue #5901, open; #5335). Desktop works.
 */
function webListFailure(context: FakeContext): void {
  const doc = context.doc;
  if (doc.host !== 'web') return;
  if (doc.paragraphs.some((p) => p.list && (p.revised || (p.marks ?? []).some((m) => m.kind === 'deleted')))) {
    throw new FakeOfficeError('GeneralException', "Cannot read properties of null (reading 'listId')");
  }
}

class ListItemProxy extends ProxyBase<FakeParagraph> {
  get typeName() {
    return 'ListItem';
  }
  protected get scalars(): Record<string, Getter<FakeParagraph>> {
    return { listString: (p) => p.list?.listString ?? null, level: (p) => p.list?.level ?? null };
  }
  protected override get keepReference() {
    return true;
  }
  protected override snapshotChild(paths: string[]): void {
    webListFailure(this.context);
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
  protected override get keepReference() {
    return true;
  }
  protected override snapshotChild(paths: string[]): void {
    webListFailure(this.context);
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
  protected override get keepReference() {
    return true;
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
      spliceText(p, a, b, text);
      // Events also fire for the add-in's own writes (docs word-add-ins-events.md; audit L5).
      this.context.doc.fire('onParagraphChanged', 'addin');
    });
    return this;
  }
  /** Range.getReviewedText (WordApi 1.4): the text without tracked deletions. */
  getReviewedText(version: 'Current' | 'Original' = 'Current'): FakeClientResult<string> {
    this.context.requireSet('1.4', 'Range.getReviewedText');
    if (version !== 'Current') throw new Error('fake-word: only getReviewedText("Current") is modelled');
    return this.context.queueResult(() => this.target().paragraphs.map((p) => reviewedText(p)).join('\r'));
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
      const doc = this.context.doc;
      if (doc.insertCommentError) throw new FakeOfficeError(doc.insertCommentError, 'insertComment is not allowed here.');
      made = { id: String(doc.newId()), content: text, paragraph: this.target().paragraphs[0] };
      doc.comments.push(made);
      // Adding a comment fires paragraph events on desktop (issue #5049).
      if (doc.host !== 'web') doc.fire('onParagraphAdded', 'addin');
    }, 'comment');
    return new CommentProxy(this.context, () => made ?? notFound('comment'));
  }
  search(text: string, options?: Record<string, boolean>): RangeCollectionProxy {
    return new RangeCollectionProxy(this.context, () => searchIn(this.context.doc, this.target(), text, options));
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
      const doc = this.context.doc;
      const ps = this.target().paragraphs;
      // Mac: fails while the user has a comment selected (issue #6046, open).
      if (doc.host === 'mac' && doc.commentSelected) throw new FakeOfficeError('GeneralException', 'insertContentControl failed (a comment is selected).');
      // Web: fails when another content control sits exactly at the range's start or end (issue #6103).
      if (doc.host === 'web' && doc.contentControls.some((c) => c.paragraphs[0] === ps[0] || c.paragraphs[c.paragraphs.length - 1] === ps[ps.length - 1])) {
        throw new FakeOfficeError('GeneralException', 'insertContentControl failed (a content control is at the range boundary).');
      }
      made = { id: doc.newId(), tag: '', title: '', appearance: 'BoundingBox', paragraphs: [...ps] };
      doc.contentControls.push(made);
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

/**
 * Word's Find, not String.indexOf (audit M2): straight ≡ curly quotes (fake-find.ts), optionally full ≡
 * half width, no hit across a tracked deletion (#5874), SearchDialogIsOpen while the Find dialog is open
 * and SearchStringInvalidOrTooLong past 255 characters (Word.ErrorCodes; #731).
 */
function searchIn(doc: FakeWordDocument, r: FakeRange, text: string, options: Record<string, boolean> = {}): FakeRange[] {
  if (doc.searchDialogOpen) throw new FakeOfficeError('SearchDialogIsOpen', 'The search dialog is open.');
  if (text.length > 255) throw new FakeOfficeError('SearchStringInvalidOrTooLong', 'search text longer than 255 characters');
  if (options.matchWildcards) throw new Error('fake-word: wildcards not modelled');
  const out: FakeRange[] = [];
  for (const p of r.paragraphs) {
    const base = r.paragraphs.length === 1 && r.start !== undefined ? r.start : 0;
    const end = r.paragraphs.length === 1 && r.end !== undefined ? r.end : p.text.length;
    const hay = p.text.slice(base, end);
    for (const i of findAll(hay, text, { matchCase: options.matchCase, width: doc.findFoldsWidth })) {
      if (crossesDeletion(p, base + i, base + i + text.length)) continue;
      const isWordStart = i === 0 || /[\s\p{P}]/u.test(hay[i - 1]) || /\p{Script=Han}/u.test(hay[i]);
      if (!options.matchPrefix || isWordStart) out.push({ paragraphs: [p], start: base + i, end: base + i + text.length });
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

/** Applies a style as Word does: a style with linked numbering makes the paragraph a list item (H3). */
function applyStyle(doc: FakeWordDocument, p: FakeParagraph, builtIn: string): void {
  p.styleBuiltIn = builtIn;
  const h = /^Heading(\d)$/.exec(builtIn);
  p.outlineLevel = h ? Number(h[1]) : 10;
  const linked = doc.styleLists[builtIn];
  if (linked) p.list = { id: linked.id, level: linked.level, listString: '#' };
}

class ParagraphProxy extends ProxyBase<FakeParagraph> {
  get typeName() {
    return 'Paragraph';
  }
  protected override get keepReference() {
    return true;
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
    this.set('styleBuiltIn', (p) => applyStyle(this.context.doc, p, v));
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
      applyStyle(this.context.doc, p, builtIn);
    });
  }
  insertText(text: string, location: string): RangeProxy {
    if (location !== 'End' && location !== 'Start') throw new Error(`fake-word: Paragraph.insertText ${location} not modelled`);
    this.context.write(() => {
      const p = this.target();
      if (location === 'End') spliceText(p, p.text.length, p.text.length, text);
      else spliceText(p, 0, 0, text);
      this.context.doc.fire('onParagraphChanged', 'addin');
    });
    return new RangeProxy(this.context, () => ({ paragraphs: [this.target()] }));
  }
  /** Paragraph.getText (WordApi 1.7): "By default, hidden text and text marked as deleted are excluded" [doc]. */
  getText(): FakeClientResult<string> {
    this.context.requireSet('1.7', 'Paragraph.getText');
    return this.context.queueResult(() => visibleText(this.target()));
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
      // The paragraph-mark run formatting comes along, highlight included (audit L9).
      made.font = { ...ref.font };
      made.list = ref.list ? { ...ref.list, listString: '#' } : null;
      made.tableNestingLevel = ref.tableNestingLevel;
      doc.paragraphs.splice(location === 'Before' ? i : i + 1, 0, made);
      doc.fire('onParagraphAdded', 'addin');
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
    return new RangeCollectionProxy(this.context, () => searchIn(this.context.doc, { paragraphs: [this.target()] }, text, options));
  }
  select(): void {
    this.context.queue(() => {
      const p = this.target();
      this.context.doc.selection = { paragraph: p, start: 0, length: p.text.length };
    });
  }
  /** "Moves this paragraph out of its list, if the paragraph is a list item" [doc]: a no-op otherwise (audit L6). */
  detachFromList(): void {
    this.context.write(() => {
      this.target().list = null;
    });
  }
  /**
   * "Fails if the paragraph cannot join the list or if the paragraph is already a list item" [doc
   * Word.Paragraph.attachToList; #2307]. Indentation is not copied (#6524), which the fake does not model.
   */
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
  protected override get isCollection() {
    return true;
  }
  override snapshot(paths: string[], _t?: FakeParagraph[], window?: { top?: number; skip?: number }): void {
    let ps = this.target();
    if (window && (window.skip !== undefined || window.top !== undefined)) ps = ps.slice(window.skip ?? 0, window.top === undefined ? undefined : (window.skip ?? 0) + window.top);
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
  protected override get keepReference() {
    return true;
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
      const doc = this.context.doc;
      if (c.deleteError) throw new FakeOfficeError(c.deleteError, 'The comment could not be deleted.');
      const list = doc.comments;
      const i = list.indexOf(c);
      if (i < 0) notFound('comment');
      list.splice(i, 1);
      if (doc.host !== 'web') doc.fire('onParagraphDeleted', 'addin');
    }, 'comment');
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
  protected override get keepReference() {
    return true;
  }
  protected override get children() {
    return { font: () => new FontProxy(this.context, () => this.target().paragraphs.map((p) => p.font)) };
  }
  get font(): FontProxy {
    return this.child('font');
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
  /** A content control title is limited to 64 characters (office-js-docs-reference #1238, "by design"). */
  set title(v: string) {
    this.set('title', (c) => {
      if (v.length > 64) throw new FakeOfficeError('InvalidArgument', 'The title of a content control is limited to 64 characters.');
      c.title = v;
    });
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
    const ok = ['items', 'items/tag', 'items/title', 'items/text', 'items/appearance', 'items/id', 'items/font/highlightColor'];
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
  /** Body.getReviewedText (WordApi 1.4). */
  getReviewedText(version: 'Current' | 'Original' = 'Current'): FakeClientResult<string> {
    this.context.requireSet('1.4', 'Body.getReviewedText');
    if (version !== 'Current') throw new Error('fake-word: only getReviewedText("Current") is modelled');
    return this.context.queueResult(() => this.target().paragraphs.map((p) => reviewedText(p)).join('\r'));
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
    return { changeTrackingMode: (d) => d.changeTrackingMode, protectionType: (d) => d.protectionType };
  }
  protected override validate(paths: string[]): void {
    // Unsupported members throw at the load call (audit §1), not at sync.
    if (paths.includes('changeTrackingMode')) this.context.requireSet('1.4', 'Document.changeTrackingMode');
    if (paths.includes('protectionType')) this.context.requireSet('1.4', 'Document.protectionType', 'WordApiDesktop');
    super.validate(paths);
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
    try {
      const result = await batch(ctx);
      // The runtime syncs what the batch left queued (`ctx.sync(runBodyResult)`, audit L6).
      if (ctx.pending > 0) await ctx.sync();
      return result;
    } finally {
      // Then one separate clean-up request releases the auto-tracked proxies, success or failure.
      if (ctx.tracked > 0) {
        doc.cleanups++;
        doc.cleanupObjects += ctx.tracked;
        ctx.tracked = 0;
      }
    }
  };
  g.Word = { run, InsertLocation: { before: 'Before', after: 'After', start: 'Start', end: 'End', replace: 'Replace' } };
  g.Office = fakeOffice(doc);
  return {
    doc,
    uninstall() {
      g.Word = before.Word;
      g.Office = before.Office;
    },
  };
}

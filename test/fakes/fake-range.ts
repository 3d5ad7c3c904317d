/** Fake Font, ListItem, List, Range and RangeCollection proxies, and Word's Find (searchIn). */
import { crossesDeletion, findAll, reviewedText, spliceText } from './fake-find';
import { FakeOfficeError, type FakeComment, type FakeContentControl, type FakeFont, type FakeParagraph, type FakeWordDocument } from './fake-doc';
import { FakeClientResult, FakeContext, ProxyBase, notFound, type Getter } from './fake-base';
import { CommentProxy, ContentControlProxy } from './fake-objects';

export class FontProxy extends ProxyBase<FakeFont[]> {
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

export function normalizeColor(v: string): string {
  const named: Record<string, string> = { yellow: '#FFFF00', green: '#00FF00', turquoise: '#00FFFF' };
  return named[v.toLowerCase()] ?? v.toUpperCase();
}

/**
 * H2: on Word on the web, loading `listItemOrNullObject` / `listOrNullObject` fails the whole load with
 * GeneralException ("Cannot read properties of null (reading 'listId')") when list paragraphs carry tracked
 * changes (issue #5901, open; #5335). Desktop works.
 */
export function webListFailure(context: FakeContext): void {
  const doc = context.doc;
  if (doc.host !== 'web') return;
  if (doc.paragraphs.some((p) => p.list && (p.revised || (p.marks ?? []).some((m) => m.kind === 'deleted')))) {
    throw new FakeOfficeError('GeneralException', "Cannot read properties of null (reading 'listId')");
  }
}

export class ListItemProxy extends ProxyBase<FakeParagraph> {
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

export class ListProxy extends ProxyBase<FakeParagraph> {
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

export interface FakeRange {
  paragraphs: FakeParagraph[];
  /** Character span within the single paragraph, when the range is part of one paragraph. */
  start?: number;
  end?: number;
}

export class RangeProxy extends ProxyBase<FakeRange> {
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
export const LOCALIZED: Record<string, string> = { Normal: '正文', Heading1: '标题 1', Heading2: '标题 2', Heading3: '标题 3', Title: '标题', ListParagraph: '列表段落' };
export function localizedStyle(builtIn: string): string {
  return LOCALIZED[builtIn] ?? builtIn;
}

export function rangeText(r: FakeRange): string {
  if (r.start !== undefined && r.end !== undefined) return r.paragraphs[0].text.slice(r.start, r.end);
  return r.paragraphs.map((p) => p.text).join('\r');
}

/**
 * Word's Find, not String.indexOf (audit M2): straight ≡ curly quotes (fake-find.ts), optionally full ≡
 * half width, no hit across a tracked deletion (#5874), SearchDialogIsOpen while the Find dialog is open
 * and SearchStringInvalidOrTooLong past 255 characters (Word.ErrorCodes; #731).
 */
export function searchIn(doc: FakeWordDocument, r: FakeRange, text: string, options: Record<string, boolean> = {}): FakeRange[] {
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

export class RangeCollectionProxy extends ProxyBase<FakeRange[]> {
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

/** Fake Paragraph and ParagraphCollection proxies (style-linked numbering, tracked text, $top/$skip). */
import { spliceText, visibleText } from './fake-find';
import { FakeOfficeError, makeParagraph, type FakeParagraph, type FakeWordDocument } from './fake-doc';
import { FakeClientResult, ProxyBase, notFound, type Getter } from './fake-base';
import { FontProxy, ListItemProxy, ListProxy, LOCALIZED, localizedStyle, RangeCollectionProxy, RangeProxy, searchIn } from './fake-range';
import { CommentCollectionProxy } from './fake-objects';

/** Applies a style as Word does: a style with linked numbering makes the paragraph a list item (H3). */
export function applyStyle(doc: FakeWordDocument, p: FakeParagraph, builtIn: string): void {
  p.styleBuiltIn = builtIn;
  const h = /^Heading(\d)$/.exec(builtIn);
  p.outlineLevel = h ? Number(h[1]) : 10;
  const linked = doc.styleLists[builtIn];
  if (linked) p.list = { id: linked.id, level: linked.level, listString: '#' };
}

export class ParagraphProxy extends ProxyBase<FakeParagraph> {
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

export class ParagraphCollectionProxy extends ProxyBase<FakeParagraph[]> {
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

/** Fake Comment, ContentControl, Body and Document proxies, and event handlers. */
import { reviewedText } from './fake-find';
import { FakeOfficeError, makeParagraph, type FakeComment, type FakeContentControl, type FakeParagraph, type FakeWordDocument } from './fake-doc';
import { FakeClientResult, FakeContext, ProxyBase, notFound, type Getter } from './fake-base';
import { FontProxy } from './fake-range';
import { ParagraphCollectionProxy, ParagraphProxy } from './fake-paragraph';

export class CommentProxy extends ProxyBase<FakeComment> {
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

export class CommentCollectionProxy extends ProxyBase<FakeComment[]> {
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

export class ContentControlProxy extends ProxyBase<FakeContentControl> {
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

export class ContentControlCollectionProxy extends ProxyBase<FakeContentControl[]> {
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

export class BodyProxy extends ProxyBase<FakeWordDocument> {
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

export class EventHandlersProxy {
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

export class DocumentProxy extends ProxyBase<FakeWordDocument> {
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

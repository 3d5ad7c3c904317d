/** The fake Word's document model and host state (see fake-word.ts for what the fake models and why). */
import type { FakeMark } from './fake-find';

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
  /** `Office.context.displayLanguage`. */
  displayLanguage = 'zh-CN';
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

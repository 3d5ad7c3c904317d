/**
 * Errors from Word, turned into one typed error the pane can show as is: what cannot be done and why,
 * zh-CN first (`message`) with an English equivalent (`messageEn`).
 */

export type HostErrorCode =
  /** The document is open read-only or protected against our kind of change. */
  | 'read-only'
  /** This Word lacks the API (requirement set) a feature needs. */
  | 'api-missing'
  /** Word refused the operation here (e.g. a Word-on-the-web restriction). */
  | 'not-allowed'
  /** The document changed since it was checked: indexes or text no longer match. */
  | 'stale'
  /** Skeleton inserted, but a heading number could not be updated. */
  | 'renumber-failed'
  /** Not running inside Word at all. */
  | 'not-in-word'
  /** Document settings could not be saved. */
  | 'settings'
  /** Word's Find and Replace dialog is open, so Word refuses to search (SearchDialogIsOpen). */
  | 'search-dialog'
  /** Part of the work was done; the message says what is left. */
  | 'partial'
  | 'general';

export type HostAction = 'read' | 'apply' | 'fix' | 'flag' | 'clear' | 'select' | 'watch' | 'status' | 'settings' | 'remove';

const ACTIONS: Record<HostAction, { zh: string; en: string }> = {
  read: { zh: '读取文档', en: 'read the document' },
  apply: { zh: '插入缺少的部分', en: 'insert the missing parts' },
  fix: { zh: '修改这处文字', en: 'apply this correction' },
  flag: { zh: '在文档中标记问题', en: 'mark the findings in the document' },
  clear: { zh: '清除省身的标记', en: "clear Xingshen's marks" },
  select: { zh: '定位到该段落', en: 'go to the paragraph' },
  watch: { zh: '跟踪文档修改', en: 'follow document changes' },
  status: { zh: '读取文档状态', en: 'read the document status' },
  settings: { zh: '保存设置', en: 'save the settings' },
  remove: { zh: '移除插入的骨架', en: 'remove the inserted skeleton' },
};

export class HostError extends Error {
  constructor(
    readonly code: HostErrorCode,
    /** zh-CN, shown to the user. */
    message: string,
    readonly messageEn: string,
    /** Word's own error code (e.g. 'AccessDenied'), when the error came from Word. */
    readonly wordCode?: string,
  ) {
    super(message);
    this.name = 'HostError';
  }
}

export function readOnlyError(action: HostAction): HostError {
  const a = ACTIONS[action];
  return new HostError(
    'read-only',
    `无法${a.zh}：文档以只读方式打开或已受保护，Word 不允许修改。请以可编辑方式打开文档（或取消“限制编辑”）后再试。`,
    `Cannot ${a.en}: the document is open read-only or protected, so Word does not allow changes. Open it for editing (or stop protection) and try again.`,
    'AccessDenied',
  );
}

/**
 * A write Word refused with GeneralException or AccessDenied. `Office.context.document.mode` always reads
 * 'readWrite' in Word (issue #5484) and protection is only readable with WordApiDesktop 1.4, so a write
 * in 查看 (Viewing) mode or under 限制编辑 fails like this, not with a read-only error (audit M3).
 */
export function writeRefusedError(action: HostAction, wordCode: string): HostError {
  const a = ACTIONS[action];
  return new HostError(
    'read-only',
    `无法${a.zh}：Word 拒绝修改文档（${wordCode}）。文档可能以只读方式打开、受“限制编辑”保护，或处于“查看”模式。请切换到“编辑”模式（或停止保护）后再试。`,
    `Cannot ${a.en}: Word refused to change the document (${wordCode}). It may be open read-only, protected (Restrict Editing) or in Viewing mode. Switch to Editing (or stop protection) and try again.`,
    wordCode,
  );
}

export function searchDialogError(action: HostAction): HostError {
  const a = ACTIONS[action];
  return new HostError(
    'search-dialog',
    `无法${a.zh}：Word 的“查找和替换”对话框正开着，Word 此时不允许查找。请先关闭该对话框后重试。`,
    `Cannot ${a.en}: Word's Find and Replace dialog is open, and Word does not search while it is. Close it and try again.`,
    'SearchDialogIsOpen',
  );
}

export function apiMissingError(action: HostAction, feature: { zh: string; en: string; set: string }): HostError {
  const a = ACTIONS[action];
  return new HostError(
    'api-missing',
    `无法${a.zh}：此版本的 Word 不支持${feature.zh}（需要 ${feature.set}）。请更新 Word 或改用 Microsoft 365 版 Word。`,
    `Cannot ${a.en}: this version of Word does not support ${feature.en} (needs ${feature.set}). Update Word or use Word for Microsoft 365.`,
    'ApiNotFound',
  );
}

export function staleError(action: HostAction, wordCode?: string): HostError {
  const a = ACTIONS[action];
  return new HostError(
    'stale',
    `无法${a.zh}：文档在检查之后已被修改，段落已对不上。请重新检查后再试。`,
    `Cannot ${a.en}: the document changed after it was checked, so the paragraphs no longer match. Check again and retry.`,
    wordCode,
  );
}

export function notInWordError(action: HostAction): HostError {
  const a = ACTIONS[action];
  return new HostError(
    'not-in-word',
    `无法${a.zh}：当前不在 Word 中运行（未加载 Office.js）。`,
    `Cannot ${a.en}: not running inside Word (Office.js is not loaded).`,
  );
}

/** The error code Office.js puts on its errors (`OfficeExtension.Error.code`), if any. */
export function wordErrorCode(err: unknown): string | undefined {
  if (err && typeof err === 'object' && 'code' in err && typeof (err as { code: unknown }).code === 'string') return (err as { code: string }).code;
  return undefined;
}

/** Word's code of an error, also when it is already a HostError. */
export function wordCodeOf(err: unknown): string | undefined {
  return err instanceof HostError ? err.wordCode : wordErrorCode(err);
}

/** Maps any error thrown by Word (or by us) to a HostError with a plain zh-CN message. */
export function toHostError(err: unknown, action: HostAction, feature?: { zh: string; en: string; set: string }): HostError {
  if (err instanceof HostError) return err;
  const code = wordErrorCode(err);
  const a = ACTIONS[action];
  switch (code) {
    case 'AccessDenied':
    case 'InsufficientPermission':
    case 'ContentControlCannotEdit':
      return readOnlyError(action);
    case 'ApiNotFound':
    case 'NotImplemented':
      return apiMissingError(action, feature ?? { zh: '所需的功能', en: 'the required feature', set: 'WordApi' });
    case 'NotAllowed':
      return new HostError(
        'not-allowed',
        `无法${a.zh}：Word 在当前环境下不允许此操作（例如文档处于受限编辑状态，或 Word 网页版不支持）。`,
        `Cannot ${a.en}: Word does not allow this here (for example the document restricts editing, or Word on the web does not support it).`,
        code,
      );
    case 'SearchDialogIsOpen':
      return searchDialogError(action);
    case 'GeneralException':
      // A refused write: 查看 mode or protection look exactly like this (audit M3).
      if (WRITES.has(action)) return writeRefusedError(action, code);
      return generalError(action, code);
    case 'ItemNotFound':
      return staleError(action, code);
    case 'InvalidArgument':
      // A bad argument is ours, not the user's edit (audit L4): only a fix or a selection is "stale".
      if (action === 'fix' || action === 'select') return staleError(action, code);
      return new HostError(
        'general',
        `无法${a.zh}：Word 拒绝了参数（InvalidArgument）。请重新检查后重试；如仍失败，请在“诊断”中复制信息并反馈。`,
        `Cannot ${a.en}: Word refused an argument (InvalidArgument). Check again and retry; if it still fails, copy the details from Diagnostics and report them.`,
        code,
      );
    default:
      return generalError(action, code);
  }
}

/** Actions that write to the document. */
const WRITES: ReadonlySet<HostAction> = new Set<HostAction>(['apply', 'fix', 'flag', 'clear', 'remove']);

function generalError(action: HostAction, code: string | undefined): HostError {
  const a = ACTIONS[action];
  const detail = code ? `（${code}）` : '';
  return new HostError(
    'general',
    `无法${a.zh}：Word 返回了错误${detail}。请保存文档后重试；如仍失败，请关闭并重新打开文档，并可在“诊断”中复制错误信息反馈。`,
    `Cannot ${a.en}: Word reported an error${code ? ` (${code})` : ''}. Save the document and retry; if it still fails, reopen the document (Diagnostics can copy the details).`,
    code,
  );
}

/**
 * The task pane's state in one place: what the pane shows and every transition, as a pure reducer
 * (tested without React, like the core). Hooks (../hooks) do the host and engine calls and dispatch.
 */
import type { DocModel, HostStatus, InsertPlan } from '../../core';
import type { GroupId } from '../../core/groups';
import type { Pack } from '../../core/packs';
import type { Locale } from '../../core/i18n';
import type { CheckOutcome, ProfileChoice } from '../engine';

export type Intent = 'success' | 'info' | 'warning' | 'error';

/** What 撤销 on a notice does. */
export type Undo =
  | { kind: 'fix'; paragraph: number; fix: { start: number; length: number; replacement: string }; expected: string }
  | { kind: 'unignore'; keys: string[] }
  | { kind: 'unignoreRule'; ruleId: string };

export interface Notice {
  id: number;
  intent: Intent;
  text: string;
  undo?: Undo;
  /**
   * `action`: about the last action, gone with the next check or action (the default);
   * `profile`: about the profile choice, gone when the choice changes; `sticky`: until closed.
   */
  scope: 'action' | 'profile' | 'sticky';
}

export interface UserRulesState {
  packs: Pack[];
  allow: string[];
}

export interface InsertState {
  plan: InsertPlan;
  done: string[];
  open: boolean;
}

export interface PaneState {
  locale: Locale;
  choice: ProfileChoice;
  outcome: CheckOutcome | null;
  doc: DocModel | null;
  busy: boolean;
  /** A check is running (the 检查 button shows it). */
  checking: boolean;
  notices: Notice[];
  nextNoticeId: number;
  status: HostStatus | null;
  autoRecheck: boolean;
  /** Ignored findings (ignoreKey), remembered with the document. */
  ignores: string[];
  /** Rules ignored for this document (忽略此类问题), remembered with the document. */
  ignoredRules: string[];
  /** The category shown; null = all. */
  filter: GroupId | null;
  /** The card last reached by a click or 上一处/下一处 (its key). */
  current: string | null;
  loaderOpen: boolean;
  settingsOpen: boolean;
  userRules: UserRulesState;
  insert: InsertState | null;
  /** Capability and status notes closed for good (remembered in this browser). */
  dismissed: string[];
}

export type Action =
  | { type: 'restored'; status: HostStatus | null; ignores: string[]; ignoredRules: string[]; rules: UserRulesState; choice?: ProfileChoice }
  | { type: 'locale'; locale: Locale }
  | { type: 'choice'; choice: ProfileChoice }
  | { type: 'busy'; busy: boolean }
  | { type: 'checkStart' }
  | { type: 'checkDone'; outcome: CheckOutcome; doc: DocModel }
  | { type: 'checkFailed' }
  | { type: 'status'; status: HostStatus }
  | { type: 'notify'; intent: Intent; text: string; undo?: Undo; scope?: Notice['scope'] }
  | { type: 'closeNotice'; id: number }
  | { type: 'autoRecheck'; on: boolean }
  | { type: 'ignore'; keys: string[] }
  | { type: 'unignore'; keys: string[] }
  | { type: 'restoreIgnored'; keys: string[] }
  | { type: 'ignoreRule'; ruleId: string }
  | { type: 'unignoreRule'; ruleId: string }
  | { type: 'filter'; group: GroupId | null }
  | { type: 'current'; key: string | null }
  | { type: 'loader'; open: boolean }
  | { type: 'settings'; open: boolean }
  | { type: 'rules'; rules: Partial<UserRulesState> }
  | { type: 'insertPlan'; plan: InsertPlan; done?: string[] }
  | { type: 'insertOpen'; open: boolean }
  | { type: 'dismiss'; id: string };

export function initialState(locale: Locale, dismissed: string[] = []): PaneState {
  return {
    locale,
    choice: { kind: 'auto' },
    outcome: null,
    doc: null,
    busy: false,
    checking: false,
    notices: [],
    nextNoticeId: 1,
    status: null,
    autoRecheck: true,
    ignores: [],
    ignoredRules: [],
    filter: null,
    current: null,
    loaderOpen: false,
    settingsOpen: false,
    userRules: { packs: [], allow: [] },
    insert: null,
    dismissed,
  };
}

const unique = (xs: string[]) => [...new Set(xs)];

export function reducer(state: PaneState, action: Action): PaneState {
  switch (action.type) {
    case 'restored':
      return {
        ...state,
        status: action.status,
        ignores: action.ignores,
        ignoredRules: action.ignoredRules,
        userRules: action.rules,
        ...(action.choice ? { choice: action.choice } : {}),
      };
    case 'locale':
      return { ...state, locale: action.locale };
    case 'choice':
      // A notice about the previous choice (已加载配置文件…) stops being true.
      return { ...state, choice: action.choice, notices: state.notices.filter((n) => n.scope !== 'profile') };
    case 'busy':
      return { ...state, busy: action.busy };
    case 'checkStart':
      // What the last action reported is no longer the news once the document is read again.
      return { ...state, checking: true, busy: true, notices: state.notices.filter((n) => n.scope !== 'action') };
    case 'checkDone': {
      const sameDoc = state.outcome?.profile.id === action.outcome.profile.id;
      return {
        ...state,
        checking: false,
        busy: false,
        outcome: action.outcome,
        doc: action.doc,
        // A filter on a category that no longer has findings would show an empty list.
        filter: sameDoc ? state.filter : null,
      };
    }
    case 'checkFailed':
      return { ...state, checking: false, busy: false };
    case 'status':
      return { ...state, status: action.status };
    case 'notify': {
      const scope = action.scope ?? (action.intent === 'error' ? 'sticky' : 'action');
      const n: Notice = { id: state.nextNoticeId, intent: action.intent, text: action.text, scope, ...(action.undo ? { undo: action.undo } : {}) };
      // One action notice at a time: the newest replaces the last one (errors and sticky notes stay).
      const kept = scope === 'action' ? state.notices.filter((x) => x.scope !== 'action') : state.notices;
      return { ...state, notices: [...kept, n], nextNoticeId: state.nextNoticeId + 1 };
    }
    case 'closeNotice':
      return { ...state, notices: state.notices.filter((n) => n.id !== action.id) };
    case 'autoRecheck':
      return { ...state, autoRecheck: action.on };
    case 'ignore':
      return { ...state, ignores: unique([...state.ignores, ...action.keys]) };
    case 'unignore':
    case 'restoreIgnored': {
      const drop = new Set(action.keys);
      return { ...state, ignores: state.ignores.filter((k) => !drop.has(k)) };
    }
    case 'ignoreRule':
      return { ...state, ignoredRules: unique([...state.ignoredRules, action.ruleId]) };
    case 'unignoreRule':
      return { ...state, ignoredRules: state.ignoredRules.filter((r) => r !== action.ruleId) };
    case 'filter':
      return { ...state, filter: state.filter === action.group ? null : action.group };
    case 'current':
      return { ...state, current: action.key };
    case 'loader':
      return { ...state, loaderOpen: action.open };
    case 'settings':
      return { ...state, settingsOpen: action.open };
    case 'rules':
      return { ...state, userRules: { ...state.userRules, ...action.rules } };
    case 'insertPlan':
      return { ...state, insert: { plan: action.plan, done: action.done ?? state.insert?.done ?? [], open: true } };
    case 'insertOpen':
      return state.insert ? { ...state, insert: { ...state.insert, open: action.open } } : state;
    case 'dismiss':
      return { ...state, dismissed: unique([...state.dismissed, action.id]) };
    default:
      return state;
  }
}

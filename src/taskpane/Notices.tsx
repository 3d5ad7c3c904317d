/**
 * The pane's notices: what the last action did (with 撤销 where it can be undone), errors, and the
 * document's status. Every notice can be closed; status notes show only while true; the capability
 * note of an older Word is one plain line that can be closed for good.
 */
import * as React from 'react';
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { Dismiss16Regular } from '@fluentui/react-icons';
import type { HostCapabilities, HostStatus } from '../core';
import { tr, type Locale } from '../core/i18n';
import type { Notice } from './state/pane';
import { ps } from './strings';

/** Ids of the notes that can be closed for good (remembered in this browser). */
export const NOTE_NO_COMMENTS = 'cap-comments';

function Close({ locale, onClick, label }: { locale: Locale; onClick(): void; label?: string }) {
  return (
    <Button appearance="transparent" size="small" icon={<Dismiss16Regular />} aria-label={label ?? ps(locale, 'close')} title={label ?? ps(locale, 'close')} onClick={onClick} />
  );
}

export interface StatusNotesProps {
  locale: Locale;
  preview: boolean;
  status: HostStatus | null;
  caps: HostCapabilities;
  dismissed: readonly string[];
  onDismiss(id: string): void;
}

/** Notes about the document and this Word: shown while they are true, closable. */
export function StatusNotes({ locale, preview, status, caps, dismissed, onDismiss }: StatusNotesProps) {
  // Closed for this session only (they come back when true again after a reload).
  const [closed, setClosed] = React.useState<string[]>([]);
  const note = (id: string, intent: 'info' | 'warning', text: string, forGood = false) =>
    dismissed.includes(id) || closed.includes(id) ? null : (
      <MessageBar key={id} intent={intent} layout="multiline" data-testid={`note-${id}`}>
        <MessageBarBody>{text}</MessageBarBody>
        <MessageBarActions
          containerAction={
            <Close locale={locale} label={forGood ? ps(locale, 'closeForGood') : undefined} onClick={() => (forGood ? onDismiss(id) : setClosed([...closed, id]))} />
          }
        />
      </MessageBar>
    );
  return (
    <>
      {preview ? note('preview', 'info', tr(locale, 'previewBanner')) : null}
      {status?.readOnly ? note('read-only', 'warning', tr(locale, 'statusReadOnly')) : null}
      {status?.trackChanges ? note('track-changes', 'info', tr(locale, 'statusTrackChanges')) : null}
      {/* What Word did not allow in the last read or write (e.g. list numbers on the web under 修订), from the host. */}
      {status?.warnings?.map((w) => note(`host-${w.code}`, 'warning', locale === 'en' ? w.messageEn : w.message))}
      {/* Polling instead of change events needs no note: the pane works the same. */}
      {!caps.comments ? note(NOTE_NO_COMMENTS, 'info', ps(locale, 'capNoComments'), true) : null}
    </>
  );
}

export interface NoticesProps {
  locale: Locale;
  notices: readonly Notice[];
  busy: boolean;
  onClose(id: number): void;
  onUndo(n: Notice): void;
}

export function Notices({ locale, notices, busy, onClose, onUndo }: NoticesProps) {
  const prefix = tr(locale, 'errorPrefix');
  return (
    <>
      {notices.map((n) => (
        <MessageBar key={n.id} intent={n.intent} layout="multiline" role={n.intent === 'error' ? 'alert' : 'status'} data-testid="notice">
          <MessageBarBody>
            {n.intent === 'error' ? <MessageBarTitle>{prefix.replace(/[：:]\s*$/, '')}</MessageBarTitle> : null}
            {n.intent === 'error' ? n.text.replace(prefix, '') : n.text}
          </MessageBarBody>
          <MessageBarActions containerAction={<Close locale={locale} onClick={() => onClose(n.id)} />}>
            {n.undo ? (
              <Button size="small" disabled={busy} onClick={() => onUndo(n)} data-testid="undo">
                {ps(locale, 'undo')}
              </Button>
            ) : null}
          </MessageBarActions>
        </MessageBar>
      ))}
    </>
  );
}

/** Status and severity icons and badges, one vocabulary for the pane and the checker. */
import * as React from 'react';
import { Badge, mergeClasses } from '@fluentui/react-components';
import {
  ArrowSwap16Regular,
  CheckmarkCircle16Filled,
  CircleHalfFill16Regular,
  CircleHint16Regular,
  DismissCircle16Filled,
  ErrorCircle16Filled,
  Info16Regular,
  Warning16Filled,
} from '@fluentui/react-icons';
import type { CoverageStatus, SectionStatus, Severity } from '../../core';
import { tr, type Locale } from '../../core/i18n';
import { ps } from '../strings';
import { useResultStyles } from './styles';

/** `optional`: an optional section that is absent — grey, never a red failure. */
export type RowStatus = SectionStatus | CoverageStatus | 'optional';

export function StatusIcon({ status }: { status: RowStatus }) {
  const s = useResultStyles();
  if (status === 'present' || status === 'addressed') return <CheckmarkCircle16Filled className={mergeClasses(s.icon, s.iconGood)} aria-hidden />;
  if (status === 'optional') return <CircleHint16Regular className={mergeClasses(s.icon, s.iconOptional)} aria-hidden />;
  if (status === 'missing') return <DismissCircle16Filled className={mergeClasses(s.icon, s.iconBad)} aria-hidden />;
  if (status === 'misordered') return <ArrowSwap16Regular className={mergeClasses(s.icon, s.iconWarn)} aria-hidden />;
  return <CircleHalfFill16Regular className={mergeClasses(s.icon, s.iconWarn)} aria-hidden />;
}

export function SeverityIcon({ severity }: { severity: Severity }) {
  const s = useResultStyles();
  if (severity === 'error') return <ErrorCircle16Filled className={mergeClasses(s.icon, s.iconBad)} aria-hidden />;
  if (severity === 'warning') return <Warning16Filled className={mergeClasses(s.icon, s.iconWarn)} aria-hidden />;
  return <Info16Regular className={mergeClasses(s.icon, s.iconInfo)} aria-hidden />;
}

const STATUS_COLOR = {
  present: 'success',
  addressed: 'success',
  missing: 'danger',
  misordered: 'warning',
  weak: 'warning',
  optional: 'subtle',
} as const;

export function StatusBadge({ locale, status, kind }: { locale: Locale; status: RowStatus; kind: 'section' | 'focus' }) {
  const label =
    status === 'optional'
      ? ps(locale, 'optionalAbsent')
      : tr(
          locale,
          (
            {
              present: 'sectionPresent',
              missing: kind === 'section' ? 'sectionMissing' : 'focusMissing',
              misordered: 'sectionMisordered',
              addressed: 'focusAddressed',
              weak: 'focusWeak',
            } as const
          )[status],
        );
  return (
    <Badge
      appearance={status === 'optional' ? 'outline' : 'tint'}
      color={STATUS_COLOR[status] === 'subtle' ? 'subtle' : STATUS_COLOR[status]}
      size="small"
      shape="rounded"
      style={{ flexShrink: 0, whiteSpace: 'nowrap' }}
    >
      {label}
    </Badge>
  );
}

/** The severity's word: 错误 / 警告 / 提示 (Error / Warning / Note). */
export function severityLabel(locale: Locale, sev: Severity): string {
  return sev === 'info' ? ps(locale, 'summaryInfos') : tr(locale, sev === 'error' ? 'summaryErrors' : 'summaryWarnings');
}

/** Keyboard- and click-activated element props. */
export function activate(handler: () => void) {
  return {
    role: 'button',
    tabIndex: 0,
    onClick: handler,
    onKeyDown: (e: React.KeyboardEvent) => {
      if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        handler();
      }
    },
  };
}

/** Lazy-loaded: previews the skeleton plan (what goes where, renumbering) before the file is changed. */
import * as React from 'react';
import {
  Button,
  Caption1,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  makeStyles,
  shorthands,
  Text,
  tokens,
} from '@fluentui/react-components';
import type { DocModel, InsertPlan } from '../core';
import { tr, type Locale } from '../core/i18n';
import { renumberLabel, whereLabel } from '../taskpane/logic';
import { t } from './strings';

const useStyles = makeStyles({
  surface: { maxWidth: '600px', width: 'calc(100% - 24px)', boxSizing: 'border-box', paddingLeft: tokens.spacingHorizontalL, paddingRight: tokens.spacingHorizontalL },
  content: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM, maxHeight: '60vh', overflowY: 'auto', overflowX: 'hidden' },
  op: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
    paddingTop: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalS,
    paddingLeft: tokens.spacingHorizontalM,
    paddingRight: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    ...shorthands.border('1px', 'solid', tokens.colorNeutralStroke2),
    minWidth: 0,
  },
  preview: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalS,
    borderLeftWidth: '2px',
    borderLeftStyle: 'solid',
    borderLeftColor: tokens.colorPaletteRedBorderActive,
    fontSize: tokens.fontSizeBase200,
    overflowWrap: 'anywhere',
  },
  heading: { fontWeight: tokens.fontWeightSemibold },
  muted: { color: tokens.colorNeutralForeground3 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  actions: { flexWrap: 'wrap' },
});

export interface PlanDialogProps {
  open: boolean;
  locale: Locale;
  plan: InsertPlan;
  doc: DocModel;
  busy: boolean;
  onApply(): void;
  onClose(): void;
}

export default function PlanDialog({ open, locale, plan, doc, busy, onApply, onClose }: PlanDialogProps) {
  const s = useStyles();
  return (
    <Dialog open={open} modalType="modal" onOpenChange={(_, d) => (d.open ? undefined : onClose())}>
      <DialogSurface className={s.surface} aria-describedby={undefined} data-testid="plan-dialog">
        <DialogBody>
          <DialogTitle>{t(locale, 'planTitle')}</DialogTitle>
          <DialogContent className={s.content}>
            <Text size={200}>{plan.ops.length ? t(locale, 'planIntro') : t(locale, 'planNothing')}</Text>
            {plan.ops.map((op) => (
              <div key={op.key} className={s.op} data-testid={`plan-op-${op.key}`}>
                <Text weight="semibold">{op.label}</Text>
                <Caption1 className={s.muted}>{whereLabel(locale, op, doc)}</Caption1>
                <div className={s.preview}>
                  {op.paragraphs.map((p, i) => (
                    <div key={i} className={p.role === 'body' ? undefined : s.heading}>
                      {p.text}
                    </div>
                  ))}
                </div>
              </div>
            ))}
            {plan.renumber.length ? (
              <div>
                <Text weight="semibold">{tr(locale, 'renumberTitle')}</Text>
                <ul className={s.list}>
                  {plan.renumber.map((r) => (
                    <li key={r.paragraph}>
                      <Caption1>{renumberLabel(locale, r, doc)}</Caption1>
                    </li>
                  ))}
                </ul>
              </div>
            ) : null}
          </DialogContent>
          <DialogActions className={s.actions}>
            <Button appearance="primary" disabled={busy || plan.ops.length === 0} onClick={onApply}>
              {t(locale, 'planApply')}
            </Button>
            <Button onClick={onClose}>{t(locale, 'planCancel')}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}

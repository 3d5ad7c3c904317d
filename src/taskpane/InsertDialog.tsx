/** Lazy-loaded: previews every insert op and the renumbering before anything is written. */
import * as React from 'react';
import {
  Badge,
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
import type { DocModel, InsertOp, InsertPlan } from '../core';
import { tr, type Locale } from '../core/i18n';
import { renumberLabel, whereLabel } from './logic';

const useStyles = makeStyles({
  surface: { maxWidth: '560px', width: 'calc(100% - 24px)', boxSizing: 'border-box', paddingLeft: tokens.spacingHorizontalL, paddingRight: tokens.spacingHorizontalL },
  content: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM, maxHeight: '60vh', overflowY: 'auto', overflowX: 'hidden' },
  op: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
    paddingTop: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalS,
    paddingLeft: tokens.spacingHorizontalS,
    paddingRight: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    ...shorthands.border('1px', 'solid', tokens.colorNeutralStroke2),
    minWidth: 0,
  },
  opHead: { display: 'flex', alignItems: 'center', justifyContent: 'space-between', columnGap: tokens.spacingHorizontalS },
  preview: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalS,
    borderLeftWidth: '2px',
    borderLeftStyle: 'solid',
    borderLeftColor: tokens.colorBrandStroke2,
    fontSize: tokens.fontSizeBase200,
    overflowWrap: 'anywhere',
  },
  heading: { fontWeight: tokens.fontWeightSemibold },
  muted: { color: tokens.colorNeutralForeground3 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  actions: { flexWrap: 'wrap' },
});

export interface InsertDialogProps {
  open: boolean;
  locale: Locale;
  plan: InsertPlan;
  doc: DocModel | null;
  /** Labels of the ops inserted since the dialog opened. */
  done: string[];
  busy: boolean;
  onInsert(ops: InsertOp[] | 'all'): void;
  onClose(): void;
}

export default function InsertDialog({ open, locale, plan, doc, done, busy, onInsert, onClose }: InsertDialogProps) {
  const s = useStyles();
  return (
    <Dialog open={open} modalType="modal" onOpenChange={(_, d) => (d.open ? undefined : onClose())}>
      <DialogSurface className={s.surface} aria-describedby={undefined}>
        <DialogBody>
          <DialogTitle>{tr(locale, 'insertTitle')}</DialogTitle>
          <DialogContent className={s.content}>
            {plan.ops.length ? <Text size={200}>{tr(locale, 'insertIntro')}</Text> : <Text>{tr(locale, 'insertNothing')}</Text>}
            {done.map((label) => (
              <div key={label} className={s.opHead}>
                <Text size={200}>{label}</Text>
                <Badge appearance="tint" color="success" size="small">
                  {tr(locale, 'insertDone')}
                </Badge>
              </div>
            ))}
            {plan.ops.map((op) => (
              <div key={op.key} className={s.op} data-testid={`op-${op.key}`}>
                <div className={s.opHead}>
                  <Text weight="semibold">{op.label}</Text>
                  <Button size="small" disabled={busy} onClick={() => onInsert([op])}>
                    {tr(locale, 'insertOne')}
                  </Button>
                </div>
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
            <Button appearance="primary" disabled={busy || plan.ops.length === 0} onClick={() => onInsert('all')}>
              {tr(locale, 'insertAll')}
            </Button>
            <Button onClick={onClose}>{tr(locale, 'insertClose')}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}

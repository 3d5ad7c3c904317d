/** One finding card: what is wrong and where, the change before → after, 一键修改 / 全部修改, 忽略, 忽略此类问题. */
import * as React from 'react';
import { Button, makeStyles, mergeClasses, Text, tokens } from '@fluentui/react-components';
import { tr, type Locale } from '../../core/i18n';
import { cardChangeIn, type Card, type Piece } from '../state/fixes';
import { cardSeverity } from '../state/select';
import { ps } from '../strings';
import { activate, SeverityIcon } from './Status';
import { useResultStyles } from './styles';

const useStyles = makeStyles({
  finding: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXXS,
    paddingTop: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalS,
    borderBottomWidth: '1px',
    borderBottomStyle: 'solid',
    borderBottomColor: tokens.colorNeutralStroke3,
  },
  current: { backgroundColor: tokens.colorBrandBackground2, borderRadius: tokens.borderRadiusMedium },
  change: {
    display: 'flex',
    flexDirection: 'column',
    marginLeft: '24px',
    paddingTop: tokens.spacingVerticalXXS,
    paddingBottom: tokens.spacingVerticalXXS,
    paddingLeft: tokens.spacingHorizontalS,
    paddingRight: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    fontFamily: '"Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", sans-serif',
  },
  del: { backgroundColor: tokens.colorPaletteRedBackground2, color: tokens.colorPaletteRedForeground2, textDecorationLine: 'line-through', paddingLeft: '1px', paddingRight: '1px' },
  ins: { backgroundColor: tokens.colorPaletteGreenBackground2, color: tokens.colorPaletteGreenForeground2, fontWeight: tokens.fontWeightSemibold, textDecorationLine: 'none', paddingLeft: '1px', paddingRight: '1px' },
  arrow: { color: tokens.colorNeutralForeground3 },
  actions: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalXS, rowGap: '2px', paddingLeft: '24px' },
});

function Line({ pieces, kind }: { pieces: Piece[]; kind: 'del' | 'ins' }) {
  const s = useStyles();
  const Tag = kind;
  return (
    <span data-testid={kind === 'del' ? 'change-before' : 'change-after'}>
      {pieces.map((p, i) =>
        p.changed ? (
          <Tag key={i} className={s[kind]}>
            {p.text}
          </Tag>
        ) : (
          <React.Fragment key={i}>{p.text}</React.Fragment>
        ),
      )}
    </span>
  );
}

export interface FindingCardProps {
  locale: Locale;
  card: Card;
  /** The text of the card's paragraph as checked (for the change in context); a string, so that memo compares it by value. */
  text: string | undefined;
  current: boolean;
  busy: boolean;
  /** The pane can change the document; the checker cannot (its cards have no fix button). */
  canFix: boolean;
  onGo(card: Card): void;
  onFix(card: Card): void;
  onIgnore(card: Card): void;
  onIgnoreRule(ruleId: string): void;
}

function fixLabel(locale: Locale, card: Card): string {
  const n = card.fixes.length;
  if (n <= 2) return ps(locale, 'fixPair');
  return card.ruleId === 'punct/halfwidth' ? ps(locale, 'fixHalfwidthAll', { n }) : ps(locale, 'fixAll', { n });
}

export const FindingCard = React.memo(function FindingCard({ locale, card, text, current, busy, canFix, onGo, onFix, onIgnore, onIgnoreRule }: FindingCardProps) {
  const r = useResultStyles();
  const s = useStyles();
  const ref = React.useRef<HTMLDivElement>(null);
  React.useEffect(() => {
    if (current && typeof ref.current?.scrollIntoView === 'function') ref.current.scrollIntoView({ block: 'nearest' });
  }, [current]);
  const f = card.findings[0];
  const p = card.paragraph;
  const msg = locale === 'en' && f.messageEn ? f.messageEn : f.message;
  const change = cardChangeIn(card, text, 4);
  return (
    <div
      ref={ref}
      className={mergeClasses(s.finding, current && s.current)}
      data-testid="finding"
      data-rule={card.ruleId}
      data-current={current ? 'true' : undefined}
      data-fixes={card.fixes.length || undefined}
    >
      <div className={mergeClasses(r.row, p !== null && r.clickable)} {...(p !== null ? activate(() => onGo(card)) : {})}>
        <SeverityIcon severity={cardSeverity(card)} />
        <Text size={200} className={r.grow}>
          <span className={r.muted}>{p !== null ? `[${tr(locale, 'paragraphN', { n: p + 1 })}] ` : ''}</span>
          {msg}
          {card.findings.length > 1 ? <span className={r.muted}>（{ps(locale, 'cardCount', { n: card.findings.length })}）</span> : null}
        </Text>
      </div>
      {change ? (
        <div className={s.change} data-testid="change">
          <Line pieces={change.before} kind="del" />
          <span>
            <span className={s.arrow} aria-label="→">
              →{' '}
            </span>
            <Line pieces={change.after} kind="ins" />
          </span>
        </div>
      ) : null}
      <div className={s.actions}>
        {canFix && card.fixes.length && p !== null ? (
          <Button size="small" appearance="primary" disabled={busy} onClick={() => onFix(card)}>
            {fixLabel(locale, card)}
          </Button>
        ) : null}
        <Button size="small" appearance="subtle" disabled={busy} onClick={() => onIgnore(card)}>
          {tr(locale, 'ignore')}
        </Button>
        <Button size="small" appearance="subtle" disabled={busy} onClick={() => onIgnoreRule(card.ruleId)}>
          {ps(locale, 'ignoreRule')}
        </Button>
      </div>
    </div>
  );
});

/**
 * The findings list: counts per category at the top that filter it, 上一处/下一处 in document order,
 * and groups rendered lazily (the first cards of each, 显示更多 for the rest) so that long documents stay quick.
 */
import * as React from 'react';
import { Button, Caption1, makeStyles, Subtitle2, Text, ToggleButton, tokens } from '@fluentui/react-components';
import { ArrowDown16Regular, ArrowUp16Regular } from '@fluentui/react-icons';
import type { DocModel } from '../../core';
import type { GroupId } from '../../core/groups';
import { tr, type Locale } from '../../core/i18n';
import { groupLabel } from '../logic';
import { sameCard, type Card } from '../state/fixes';
import { position, type FindingsView } from '../state/select';
import { ps } from '../strings';
import { FindingCard } from './FindingCard';
import { useResultStyles } from './styles';

/** Cards first shown per group, and how many more each 显示更多 adds. */
export const FIRST_CARDS = 30;
export const MORE_CARDS = 100;

const useStyles = makeStyles({
  chips: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
  chip: { minWidth: 0, paddingLeft: tokens.spacingHorizontalS, paddingRight: tokens.spacingHorizontalS },
  nav: { display: 'flex', alignItems: 'center', flexWrap: 'wrap', gap: tokens.spacingHorizontalXS },
  navPos: { flexGrow: 1, color: tokens.colorNeutralForeground3 },
  groupTitle: { marginTop: tokens.spacingVerticalXS, color: tokens.colorNeutralForeground2, fontWeight: tokens.fontWeightSemibold },
});

export interface FindingsProps {
  locale: Locale;
  view: FindingsView;
  doc: DocModel | null;
  filter: GroupId | null;
  current: string | null;
  busy: boolean;
  canFix: boolean;
  onFilter(group: GroupId | null): void;
  onGo(card: Card): void;
  onNavigate(dir: 1 | -1): void;
  onFix(card: Card): void;
  onIgnore(card: Card): void;
  onIgnoreRule(ruleId: string): void;
  /** Brings back the findings ignored one by one. */
  onRestoreIgnored(): void;
}

/**
 * Keeps a card's object across re-checks while it shows the same (sameCard), so that a re-check that
 * finds the same does not render every card again; returns the stable card for a fresh one.
 */
function useStableCards(): (c: Card) => Card {
  const last = React.useRef(new Map<string, Card>());
  const next = new Map<string, Card>();
  React.useEffect(() => {
    last.current = next;
  });
  return (c) => {
    const old = last.current.get(c.key);
    const kept = old && sameCard(old, c) ? old : c;
    next.set(c.key, kept);
    return kept;
  };
}

function Group(props: FindingsProps & { group: GroupId; cards: Card[] }) {
  const { locale, group, cards, current, doc } = props;
  const stable = useStableCards();
  const s = useStyles();
  const [limit, setLimit] = React.useState(FIRST_CARDS);
  // The card reached by 上一处/下一处 is always rendered, even past the limit.
  const index = React.useMemo(() => new Map(cards.map((c, i) => [c.key, i])), [cards]);
  const at = current === null ? -1 : (index.get(current) ?? -1);
  const shown = Math.min(cards.length, Math.max(limit, at + 1));
  return (
    <div data-testid={`group-${group}`}>
      <Caption1 as="h3" className={s.groupTitle} block>
        {groupLabel(locale, group)}（{cards.length}）
      </Caption1>
      {cards.slice(0, shown).map((c) => (
        <FindingCard
          key={c.key}
          locale={locale}
          card={stable(c)}
          text={c.paragraph !== null ? doc?.paragraphs[c.paragraph]?.text : undefined}
          current={c.key === current}
          busy={props.busy}
          canFix={props.canFix}
          onGo={props.onGo}
          onFix={props.onFix}
          onIgnore={props.onIgnore}
          onIgnoreRule={props.onIgnoreRule}
        />
      ))}
      {shown < cards.length ? (
        <Button size="small" appearance="secondary" onClick={() => setLimit(shown + MORE_CARDS)} data-testid="show-more">
          {ps(locale, 'showMore', { n: cards.length - shown })}
        </Button>
      ) : null}
    </div>
  );
}

export const Findings = React.memo(function Findings(props: FindingsProps) {
  const { locale, view, filter } = props;
  const r = useResultStyles();
  const s = useStyles();
  const total = view.cards.length;
  const pos = position(view.order, props.current);
  return (
    <section className={r.card} aria-label={tr(locale, 'findingsTitle')} data-testid="findings">
      <div className={r.cardTitle}>
        <Subtitle2 as="h2">{tr(locale, 'findingsTitle')}</Subtitle2>
        {view.ignoredCount > 0 ? (
          <Button size="small" appearance="transparent" onClick={props.onRestoreIgnored} data-testid="restore-ignored">
            {tr(locale, 'ignoredCount', { n: view.ignoredCount })} · {tr(locale, 'showIgnored')}
          </Button>
        ) : null}
      </div>
      {view.counts.length > 1 ? (
        <div className={s.chips} role="group" aria-label={ps(locale, 'filterLabel')} data-testid="category-filter">
          <ToggleButton size="small" shape="circular" className={s.chip} checked={filter === null} onClick={() => props.onFilter(null)} data-testid="filter-all">
            {ps(locale, 'filterAll')} {total}
          </ToggleButton>
          {view.counts.map(({ group, n }) => (
            <ToggleButton
              key={group}
              size="small"
              shape="circular"
              className={s.chip}
              checked={filter === group}
              onClick={() => props.onFilter(group)}
              data-testid={`filter-${group}`}
            >
              {groupLabel(locale, group)} {n}
            </ToggleButton>
          ))}
        </div>
      ) : null}
      {view.order.length > 0 ? (
        <div className={s.nav} data-testid="finding-nav">
          <Caption1 className={s.navPos} data-testid="nav-position">
            {pos > 0 ? ps(locale, 'navPosition', { i: pos, n: view.order.length }) : ps(locale, 'navNone', { n: view.order.length })}
          </Caption1>
          <Button size="small" icon={<ArrowUp16Regular />} onClick={() => props.onNavigate(-1)} data-testid="nav-prev">
            {ps(locale, 'prev')}
          </Button>
          <Button size="small" icon={<ArrowDown16Regular />} onClick={() => props.onNavigate(1)} data-testid="nav-next">
            {ps(locale, 'next')}
          </Button>
        </div>
      ) : null}
      {view.shown.length === 0 ? <Text className={r.muted}>{tr(locale, 'noFindings')}</Text> : null}
      {view.shown.map((g) => (
        <Group key={g.group} {...props} group={g.group} cards={g.cards} />
      ))}
    </section>
  );
});

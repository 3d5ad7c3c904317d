/** Styles shared by the result cards of the pane and the checker. */
import { makeStyles, tokens, type GriffelStyle } from '@fluentui/react-components';

/** A card of the pane: a raised white panel with the pane's padding (the results, the check controls, the header). */
export const cardStyle: GriffelStyle = {
  backgroundColor: tokens.colorNeutralBackground1,
  borderRadius: tokens.borderRadiusLarge,
  boxShadow: tokens.shadow2,
  paddingTop: tokens.spacingVerticalM,
  paddingBottom: tokens.spacingVerticalM,
  paddingLeft: tokens.spacingHorizontalM,
  paddingRight: tokens.spacingHorizontalM,
  display: 'flex',
  flexDirection: 'column',
  rowGap: tokens.spacingVerticalS,
  minWidth: 0,
};

/** The checker's card: the same panel, raised a little more, with the wider page's padding. */
export const pageCardStyle: GriffelStyle = {
  ...cardStyle,
  boxShadow: tokens.shadow4,
  paddingLeft: tokens.spacingHorizontalL,
  paddingRight: tokens.spacingHorizontalL,
};

export const useResultStyles = makeStyles({
  card: cardStyle,
  cardTitle: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', justifyContent: 'space-between', columnGap: tokens.spacingHorizontalS },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', rowGap: '2px' },
  row: {
    display: 'flex',
    alignItems: 'flex-start',
    columnGap: tokens.spacingHorizontalS,
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
    paddingLeft: tokens.spacingHorizontalXS,
    paddingRight: tokens.spacingHorizontalXS,
    borderRadius: tokens.borderRadiusMedium,
    minWidth: 0,
  },
  clickable: {
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':focus-visible': { outlineWidth: '2px', outlineStyle: 'solid', outlineColor: tokens.colorStrokeFocus2 },
  },
  icon: { flexShrink: 0, marginTop: '2px' },
  grow: { flexGrow: 1, minWidth: 0, overflowWrap: 'anywhere' },
  iconGood: { color: tokens.colorPaletteGreenForeground1 },
  iconBad: { color: tokens.colorPaletteRedForeground1 },
  iconWarn: { color: tokens.colorPaletteMarigoldForeground1 },
  iconInfo: { color: tokens.colorNeutralForeground3 },
  iconOptional: { color: tokens.colorNeutralForeground4 },
  muted: { color: tokens.colorNeutralForeground3 },
  optionalRow: { color: tokens.colorNeutralForeground3 },
});

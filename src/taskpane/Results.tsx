/** The check result cards, shared by the pane and the browser checker. */
export { Summary, type SummaryProps } from './results/Summary';
export { Sections, FocusAreas, Basis, explanationsOf } from './results/Coverage';
export { Findings, type FindingsProps, FIRST_CARDS, MORE_CARDS } from './results/Findings';
export { FindingCard } from './results/FindingCard';
export { StatusIcon, SeverityIcon, StatusBadge, severityLabel } from './results/Status';

/**
 * One decision of the analysis with its evidence, in both languages: which line was taken as which section and
 * why (or why none), which lines are focus items and why others are not, which claim was read as the framework
 * count and which were ignored, how each aspect's status was reached. Shown by `xingshen check --explain` and
 * under 判断依据 in the pane. Part of the public CheckResult (`explanations`): keep the shape.
 */
export interface Explanation {
  subject: 'section' | 'focus' | 'aspect' | 'claim' | 'outline';
  /** The section, focus area or aspect id the decision is about, when there is one. */
  id?: string;
  /** 0-based paragraph the decision is about; null for the whole document. */
  paragraph: number | null;
  zh: string;
  en: string;
}

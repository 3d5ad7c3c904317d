/** What a check returns: the public result shape (mirrored by the CLI's JSON output). */
import type { Finding } from './findings';
import type { Explanation } from './stages/explanation';

export type { Explanation } from './stages/explanation';

export type SectionStatus = 'present' | 'missing' | 'misordered';
export type CoverageStatus = 'addressed' | 'weak' | 'missing';

export interface SectionResult {
  id: string;
  title: string;
  required: boolean;
  status: SectionStatus;
  /** Heading paragraph (or first paragraph of the preamble); null when missing. */
  paragraph: number | null;
  /** Last paragraph of the section's span, inclusive; null when missing. */
  endParagraph: number | null;
  /** The section's content is there but its heading is not: `paragraph` is its first content paragraph. */
  headingMissing?: boolean;
}

export interface AspectResult {
  id: string;
  title: string;
  status: CoverageStatus;
  /** Evidence paragraphs: the writer's own words when addressed, the restatement when weak. */
  paragraphs: number[];
  /** Short text around the best evidence, for display. */
  evidence?: string;
  /** Why an aspect is weak: only restated, only in a heading, or only an unfilled placeholder. */
  reason?: 'restated' | 'heading' | 'placeholder' | 'few-words';
}

export interface FocusAreaResult {
  id: string;
  title: string;
  status: CoverageStatus;
  /** First paragraph of the focus area's block; null when not found. */
  paragraph: number | null;
  aspects: AspectResult[];
}

export interface Summary {
  sectionsPresent: number;
  sectionsRequired: number;
  aspectsAddressed: number;
  aspectsTotal: number;
  errors: number;
  warnings: number;
  infos: number;
}

export interface CheckResult {
  profile: string;
  profileName: string;
  profileReason: string;
  sections: SectionResult[];
  focusAreas: FocusAreaResult[];
  findings: Finding[];
  summary: Summary;
  /**
   * Optional: every decision of the analysis with its evidence, in zh-CN and English — which line was taken as
   * which section and why (or why none), which lines are focus items and why others are not, which claim was read
   * as the framework count and which were ignored, how each aspect's status was reached. `subject` says what the
   * decision is about, `id` which section/focus/aspect, `paragraph` where (0-based, null for the whole document).
   * Printed by `xingshen check --explain`; shown under 判断依据 in the pane.
   */
  explanations?: Explanation[];
}

/** What a check returns: the public result shape (mirrored by the CLI's JSON output). */
import type { Finding } from './findings';

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
}

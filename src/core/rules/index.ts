/**
 * The rule registry. Adding a rule = one new module + one line here. Rule ids are public and stable
 * (see README "Rule ids"); keep this list in the order reports show categories.
 */
import type { Rule } from '../findings';
import { missingSection } from './structure-missing-section';
import { sectionOrder } from './structure-section-order';
import { numbering } from './structure-numbering';
import { focusMissing } from './focus-missing';
import { focusRestatedOnly } from './focus-restated-only';
import { countMismatch } from './claims-count-mismatch';
import { placeholder } from './text-placeholder';
import { punctHalfwidth } from './punct-halfwidth';
import { punctUnpaired } from './punct-unpaired';
import { punctDunhaoBetweenQuotes } from './punct-dunhao-between-quotes';
import { termsFormulation } from './terms-formulation';
import { termsTypo } from './terms-typo';
import { qualityNoExample } from './quality-no-example';
import { qualitySelfPraise } from './quality-self-praise';
import { qualityBoilerplate } from './quality-boilerplate';
import { seriesMixedForm } from './series-mixed-form';
import { seriesLevelJump } from './series-level-jump';
import { textDuplicated } from './text-duplicated';
import { qualityCauseAngles } from './quality-cause-angles';
import { qualityMeasureDeadline } from './quality-measure-deadline';
import { qualityProblemMeasureMatch } from './quality-problem-measure-match';

export const allRules: readonly Rule[] = [
  missingSection,
  sectionOrder,
  numbering,
  focusMissing,
  focusRestatedOnly,
  countMismatch,
  placeholder,
  punctHalfwidth,
  punctUnpaired,
  punctDunhaoBetweenQuotes,
  termsFormulation,
  termsTypo,
  qualityNoExample,
  qualitySelfPraise,
  qualityBoilerplate,
  seriesMixedForm,
  seriesLevelJump,
  textDuplicated,
  qualityCauseAngles,
  qualityMeasureDeadline,
  qualityProblemMeasureMatch,
];

export function ruleById(id: string): Rule | undefined {
  return allRules.find((r) => r.id === id);
}

/** The one-word verdict a reviewer sees per file (达标 / 需修改 / 不达标), with the thresholds from the profile. */
import type { Profile } from './profile';
import type { CheckResult } from './result';

export type Verdict = 'pass' | 'revise' | 'fail';

export const VERDICT_NAMES: Record<Verdict, { zh: string; en: string }> = {
  pass: { zh: '达标', en: 'Pass' },
  revise: { zh: '需修改', en: 'Revise' },
  fail: { zh: '不达标', en: 'Fail' },
};

/** Verdicts from the mildest to the worst (for --fail-on and sorting). */
export const VERDICT_ORDER: readonly Verdict[] = ['pass', 'revise', 'fail'];

export type VerdictLocale = 'zh-CN' | 'en';

const WHY = {
  errorsFail: { zh: '错误 {n} 处（≥{t}）', en: '{n} errors (≥{t})' },
  missingSection: { zh: '缺少必备部分（{p}/{r}）', en: 'required sections missing ({p}/{r})' },
  aspectsFail: { zh: '重点方面查摆不足（{s} < {t}）', en: 'too few focus aspects addressed ({s} < {t})' },
  pass: { zh: '结构完整，重点方面均已查摆', en: 'complete structure, every focus aspect addressed' },
  errors: { zh: '错误 {n} 处', en: '{n} errors' },
  warnings: { zh: '警告 {n} 处（>{t}）', en: '{n} warnings (>{t})' },
  aspects: { zh: '重点方面 {a}/{b}', en: 'focus aspects {a}/{b}' },
  join: { zh: '，', en: '; ' },
} as const;

/**
 * The verdict and why. The 不达标 conditions are checked first, then 达标; anything else is 需修改.
 * `why` is zh-CN unless `lang` is 'en'.
 */
export function verdictOf(result: CheckResult, profile: Profile, lang: VerdictLocale = 'zh-CN'): { verdict: Verdict; why: string } {
  const w = (k: keyof typeof WHY, data: Record<string, string | number> = {}) =>
    (lang === 'en' ? WHY[k].en : WHY[k].zh).replace(/\{(\w)\}/g, (m, x: string) => (x in data ? String(data[x]) : m));
  const t = profile.verdict;
  const s = result.summary;
  const share = s.aspectsTotal === 0 ? 1 : s.aspectsAddressed / s.aspectsTotal;
  const pct = (x: number) => `${Math.round(x * 100)}%`;
  if (s.errors >= t.failMinErrors) return { verdict: 'fail', why: w('errorsFail', { n: s.errors, t: t.failMinErrors }) };
  if (t.failOnMissingSection && s.sectionsPresent < s.sectionsRequired) return { verdict: 'fail', why: w('missingSection', { p: s.sectionsPresent, r: s.sectionsRequired }) };
  if (share < t.failBelowAspectShare) return { verdict: 'fail', why: w('aspectsFail', { s: pct(share), t: pct(t.failBelowAspectShare) }) };
  if (s.errors <= t.passMaxErrors && s.warnings <= t.passMaxWarnings && share >= t.passMinAspectShare) return { verdict: 'pass', why: w('pass') };
  const reasons: string[] = [];
  if (s.errors > t.passMaxErrors) reasons.push(w('errors', { n: s.errors }));
  if (s.warnings > t.passMaxWarnings) reasons.push(w('warnings', { n: s.warnings, t: t.passMaxWarnings }));
  if (share < t.passMinAspectShare) reasons.push(w('aspects', { a: s.aspectsAddressed, b: s.aspectsTotal }));
  return { verdict: 'revise', why: reasons.join(w('join')) };
}

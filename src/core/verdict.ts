/** The one-word verdict a reviewer sees per file in batch mode, with the thresholds from the profile. */
import type { Profile } from './profile';
import type { CheckResult } from './result';

export type Verdict = 'pass' | 'revise' | 'fail';

export const VERDICT_NAMES: Record<Verdict, { zh: string; en: string }> = {
  pass: { zh: '达标', en: 'Pass' },
  revise: { zh: '需修改', en: 'Revise' },
  fail: { zh: '不达标', en: 'Fail' },
};

export function verdictOf(result: CheckResult, profile: Profile): { verdict: Verdict; why: string } {
  const t = profile.verdict;
  const s = result.summary;
  const share = s.aspectsTotal === 0 ? 1 : s.aspectsAddressed / s.aspectsTotal;
  const pct = (x: number) => `${Math.round(x * 100)}%`;
  if (s.errors >= t.failMinErrors) return { verdict: 'fail', why: `错误 ${s.errors} 处（≥${t.failMinErrors}）` };
  if (t.failOnMissingSection && s.sectionsPresent < s.sectionsRequired) return { verdict: 'fail', why: `缺少必备部分（${s.sectionsPresent}/${s.sectionsRequired}）` };
  if (share < t.failBelowAspectShare) return { verdict: 'fail', why: `重点方面查摆不足（${pct(share)} < ${pct(t.failBelowAspectShare)}）` };
  if (s.errors <= t.passMaxErrors && s.warnings <= t.passMaxWarnings && share >= t.passMinAspectShare) return { verdict: 'pass', why: '结构完整，重点方面均已查摆' };
  const reasons: string[] = [];
  if (s.errors > t.passMaxErrors) reasons.push(`错误 ${s.errors} 处`);
  if (s.warnings > t.passMaxWarnings) reasons.push(`警告 ${s.warnings} 处（>${t.passMaxWarnings}）`);
  if (share < t.passMinAspectShare) reasons.push(`重点方面 ${s.aspectsAddressed}/${s.aspectsTotal}`);
  return { verdict: 'revise', why: reasons.join('，') };
}

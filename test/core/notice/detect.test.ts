/** Auto-detection picks the built-in for each framework's reports, generic for the others, and says why. */
import { existsSync, readFileSync, readdirSync, statSync } from 'fs';
import * as path from 'path';
import { detectProfile } from '../../../src/core/detect';
import { modelFromLines } from '../../../src/core/model';
import { builtinProfiles } from '../../../src/profiles';
import { docFromReport } from '../../eval/corpus';

const CORPUS = path.join(__dirname, '../../corpus');
const reports: [string, string, string][] = [];
if (existsSync(CORPUS))
  for (const group of readdirSync(CORPUS)) {
    const dir = path.join(CORPUS, group);
    if (!statSync(dir).isDirectory()) continue;
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.txt'))) {
      const label = path.join(dir, f.replace(/\.txt$/, '.label.json'));
      if (existsSync(label)) reports.push([`${group}/${f}`, readFileSync(path.join(dir, f), 'utf8'), JSON.parse(readFileSync(label, 'utf8')).expectProfile]);
    }
  }

describe('detectProfile', () => {
  it('has corpus reports of every built-in framework', () => {
    for (const id of ['minzhu-2024', 'zhuti-2023', 'zuzhi-zhibu']) expect(reports.filter((r) => r[2] === id).length).toBeGreaterThanOrEqual(2);
  });

  it.each(reports)('%s', (_name, text, expected) => {
    expect(detectProfile(docFromReport(text), builtinProfiles).profile.id).toBe(expected);
  });

  it('still picks zuofeng-2022 for the seed, with a short reason', () => {
    const seed = readFileSync(path.join(__dirname, '../../../../shared/seed/000_4dd790f7e1adbf19.txt'), 'utf8');
    const d = detectProfile(modelFromLines(seed.split(/\r?\n/)), builtinProfiles);
    expect(d.profile.id).toBe('zuofeng-2022');
    expect(d.reason).toMatch(/^自动识别：识别为“.*五个聚焦.*”（依据：“五个聚焦”/);
  });

  it('names the framework it recognised, and what it saw in the headings', () => {
    const doc = modelFromLines([
      '个人对照检查材料',
      '按照县委的安排，我查摆了问题。现报告如下：',
      '一、存在的问题',
      '（一）在带头严守政治纪律和政治规矩，维护党的团结统一方面',
      '贯彻决策部署打了折扣。',
      '（二）在带头增强党性、严守纪律、砥砺作风方面',
      '形式主义问题仍有表现。',
    ]);
    const d = detectProfile(doc, builtinProfiles);
    expect(d.profile.id).toBe('minzhu-2024');
    expect(d.reason).toContain('识别为“2024年度民主生活会对照检查材料（四个带头）”');
  });

  it('falls back to generic for a report of a framework it does not know', () => {
    const doc = modelFromLines(['个人对照检查材料', '我对照“七个着力”查摆了问题。现报告如下：', '一、存在的问题', '（一）着力提升数字化履职能力方面', '数字化平台用得少。']);
    const d = detectProfile(doc, builtinProfiles);
    expect(d.profile.id).toBe('generic');
    expect(d.reason).toContain('未检测到特定会议的标志');
  });
});

/**
 * A report checked against the profile made from its notice gets the same status per item (addressed / weak /
 * missing) as against the hand-made profile of the same framework: the built-ins on the labelled corpus, and an
 * invented framework (“三比三看”, notice 09) against a profile written by hand.
 */
import { existsSync, readFileSync, readdirSync } from 'fs';
import * as path from 'path';
import { check } from '../../../src/core/engine';
import { buildProfileFromNotice, readNotice } from '../../../src/core/notice';
import { parseProfileJson, type Profile } from '../../../src/core/profile';
import { modelFromLines } from '../../../src/core/model';
import { domainLexicon, getBuiltinProfile } from '../../../src/profiles';
import { docFromReport } from '../../eval/corpus';

const NOTICES = path.join(__dirname, '../../fixtures/notices');
const CORPUS = path.join(__dirname, '../../corpus');
const base = getBuiltinProfile('generic')!;

function derived(notice: string, list = 1): Profile {
  return buildProfileFromNotice(readNotice(readFileSync(path.join(NOTICES, `${notice}.txt`), 'utf8')), { base, lexicon: domainLexicon, list }).profile;
}

const statuses = (text: string, p: Profile, doc = docFromReport(text)) => check(doc, p).focusAreas.map((f) => f.status);

/** Corpus reports of a group (those whose label kind is in `kinds`, when given). */
function corpus(group: string, kinds?: string[]): [string, string][] {
  const dir = path.join(CORPUS, group);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .filter((f) => !kinds || kinds.includes(JSON.parse(readFileSync(path.join(dir, f.replace(/\.txt$/, '.label.json')), 'utf8')).kind))
    .map((f) => [f, readFileSync(path.join(dir, f), 'utf8')]);
}

describe.each([
  ['minzhu-2024', '01-minzhu-2024-semicolon', 1, undefined],
  ['zhuti-2023', '02-zhuti-2023-numbered', 1, undefined],
  ['zuzhi-zhibu', '07-two-lists', 1, ['支部', '班子']],
] as const)('%s: derived from notice %s', (id, notice, list, kinds) => {
  const builtin = getBuiltinProfile(id)!;
  const made = derived(notice, list);
  const reports = corpus(id, kinds as string[] | undefined);
  it('has reports in the corpus to compare on', () => expect(reports.length).toBeGreaterThanOrEqual(2));
  it('has the built-in’s items, worded the same', () => expect(made.focusAreas.map((f) => f.title)).toEqual(builtin.focusAreas.map((f) => f.title)));
  it.each(reports)('%s: same status per item', (_name, text) => {
    expect(statuses(text, made)).toEqual(statuses(text, builtin));
  });
});

describe('invented framework “三比三看” (notice 09) against a hand-made profile', () => {
  const made = derived('09-invented-kan-subpoints');
  const hand = parseProfileJson(readFileSync(path.join(NOTICES, 'sanbi-handmade.profile.json'), 'utf8'), 'sanbi-handmade.profile.json');
  const report = (name: string) => modelFromLines(readFileSync(path.join(NOTICES, 'reports', `${name}.txt`), 'utf8').split(/\r?\n/));

  it('a complete report: every item addressed with both profiles', () => {
    const doc = report('sanbi-clean');
    expect(statuses('', made, doc)).toEqual(['addressed', 'addressed', 'addressed']);
    expect(statuses('', hand, doc)).toEqual(['addressed', 'addressed', 'addressed']);
  });

  it('an incomplete report: the missing item is named and the restated one is weak, with both profiles', () => {
    const doc = report('sanbi-incomplete');
    for (const p of [made, hand]) {
      const r = check(doc, p);
      expect(r.focusAreas.map((f) => f.status)).toEqual(['addressed', 'missing', 'weak']);
      const missing = r.findings.filter((f) => f.ruleId === 'focus/missing').map((f) => f.message).join('\n');
      expect(missing).toContain('比履职实绩');
    }
  });
});

/** The profile built from a notice: schema-valid, one focus area per item, one aspect per sub-point, keywords and signals from the wording. */
import { readFileSync, readdirSync } from 'fs';
import * as path from 'path';
import { buildProfileFromNotice, describeReading, keywordsFor, readNotice } from '../../../src/core/notice';
import { parseProfile } from '../../../src/core/profile';
import { domainLexicon, getBuiltinProfile } from '../../../src/profiles';

const DIR = path.join(__dirname, '../../fixtures/notices');
const base = getBuiltinProfile('generic')!;
const notice = (name: string) => readNotice(readFileSync(path.join(DIR, `${name}.txt`), 'utf8'));
const build = (name: string, list = 1) => buildProfileFromNotice(notice(name), { base, lexicon: domainLexicon, list });

describe('buildProfileFromNotice', () => {
  const names = readdirSync(DIR).filter((f) => f.endsWith('.txt')).map((f) => f.replace(/\.txt$/, ''));

  it.each(names)('%s: a valid profile whose focus areas and aspects are the notice’s items and sub-points', (name) => {
    const reading = notice(name);
    reading.lists.forEach((list, i) => {
      const { profile, data } = build(name, i + 1);
      expect(() => parseProfile(JSON.parse(JSON.stringify(data)))).not.toThrow();
      expect(profile.focusFromDocument).toBe(false);
      expect(profile.focusAreas.map((f) => f.title)).toEqual(list.items.map((it) => it.title));
      profile.focusAreas.forEach((f, k) => {
        const subs = list.items[k].subPoints;
        expect(f.aspects.map((a) => a.requirement)).toEqual(subs.length ? subs : [list.items[k].title]);
        expect(f.skeleton.join('')).toContain(list.items[k].title);
        expect(f.keywords.length).toBeGreaterThan(0);
      });
    });
  });

  it('requires 上年度整改落实情况 and 学习情况 only when the notice asks for them', () => {
    const req = (name: string) => Object.fromEntries(build(name).profile.sections.map((s) => [s.id, s.required]));
    expect(req('01-minzhu-2024-semicolon')).toMatchObject({ prior: true, study: true, problems: true });
    expect(req('03-zhibu-paren-subpoints')).toMatchObject({ prior: false, study: false });
    expect(req('02-zhuti-2023-numbered')).toMatchObject({ prior: false, study: true });
  });

  it('draws keywords from content words and the lexicon: stems of 政治纪律和政治规矩, synonyms, no function words', () => {
    const ks = keywordsFor('带头严守政治纪律和政治规矩，维护党的团结统一', domainLexicon).map((k) => k.text);
    expect(ks).toEqual(expect.arrayContaining(['政治纪律', '政治规矩', '团结统一', '纪律规矩']));
    for (const w of ['的', '和', '带头', '严守', '维护', '情况', '是否', '方面']) expect(ks).not.toContain(w);
    const sub = keywordsFor('落实“三会一课”、主题党日等制度的情况', domainLexicon).map((k) => k.text);
    expect(sub).toEqual(expect.arrayContaining(['三会一课', '主题党日']));
  });

  it('gives auto-detection the framework name and distinctive item words', () => {
    const sig = build('01-minzhu-2024-semicolon').profile.signals.map((s) => s.text);
    expect(sig).toContain('四个带头');
    expect(sig.length).toBeGreaterThan(2);
    // a bare count ("6个方面") identifies nothing
    expect(build('02-zhuti-2023-numbered').profile.signals.map((s) => s.text)).not.toContain('6个方面');
  });

  it('takes --list N, names the other lists in a note, and refuses a list that is not there', () => {
    const first = build('07-two-lists');
    expect(first.list.for).toBe('支部班子');
    expect(first.notes.join('')).toMatch(/第2个（党员个人，4 项）/);
    const second = build('07-two-lists', 2);
    expect(second.profile.focusAreas.map((f) => f.title)).toEqual(['理想信念', '党性修养', '纪律作风', '发挥先锋模范作用']);
    expect(second.profile.id).not.toBe(first.profile.id);
    expect(() => build('07-two-lists', 3)).toThrow(RangeError);
  });

  it('uses --id and --name, and the same items always give the same default id', () => {
    const r = notice('06-duizhao-kan');
    const p = buildProfileFromNotice(r, { base, lexicon: domainLexicon, id: 'my-unit-2026', name: '我单位组织生活会' }).profile;
    expect([p.id, p.name]).toEqual(['my-unit-2026', '我单位组织生活会']);
    expect(build('06-duizhao-kan').profile.id).toBe(build('06-duizhao-kan').profile.id);
  });

  it('describes in zh-CN what it found and what it could not read', () => {
    const text = describeReading(notice('07-two-lists'), 2);
    expect(text).toContain('找到 2 个清单');
    expect(text).toContain('【选用】第2个清单：适用于党员个人');
    expect(text).toContain('  4. 发挥先锋模范作用');
    const none = readNotice('关于召开组织生活会的通知\n请各支部围绕“五个带头”认真准备。');
    expect(none.lists).toEqual([]);
    expect(describeReading(none)).toMatch(/未能在通知中找到/);
    expect(none.unread.join('')).toContain('五个带头');
  });

  it('reports a count that the items do not bear out', () => {
    const r = readNotice('对照检查内容\n班子成员要重点对照“四个带头”进行对照检查：带头严守政治纪律和政治规矩，维护党的团结统一；带头增强党性、严守纪律、砥砺作风；带头履行全面从严治党政治责任。');
    expect(r.lists[0].items).toHaveLength(3);
    expect(r.unread.join('')).toMatch(/“四个带头”，但只读到 3 项/);
  });
});

import { parseProfile, parseProfileJson, ProfileError, profileSchema } from '../../src/core/profile';
import { detectProfile } from '../../src/core/detect';
import { modelFromLines } from '../../src/core/model';
import { builtinProfiles } from '../../src/profiles';
import zuofengJson from '../../src/profiles/zuofeng-2022.json';
import { readFileSync } from 'fs';
import * as path from 'path';
import { seedDoc } from '../helpers/docs';

function problemsOf(fn: () => unknown): { path: string; message: string }[] {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(ProfileError);
    return (e as ProfileError).problems;
  }
  throw new Error('expected a ProfileError');
}

describe('profile schema', () => {
  it('accepts the built-in profiles, with the ids and aspects the issue fixes', () => {
    expect(builtinProfiles.map((p) => p.id)).toEqual(['zuofeng-2022', 'minzhu-2024', 'zhuti-2023', 'zuzhi-zhibu', 'generic']);
    const z = builtinProfiles[0];
    expect(z.sections.map((s) => s.id)).toEqual(['preamble', 'study', 'problems', 'causes', 'measures']);
    expect(z.focusAreas.map((f) => f.id)).toEqual(['f1', 'f2', 'f3', 'f4', 'f5']);
    expect(z.focusAreas.flatMap((f) => f.aspects.map((a) => `${a.id}:${a.title}`))).toEqual(['f1a:学习贯彻', 'f1b:工作落实', 'f2a:思想观念', 'f2b:工作推动', 'f3a:为民服务', 'f4a:思想意识', 'f4b:工作标准', 'f5a:思想认识', 'f5b:具体执行']);
  });

  it('words every aspect exactly as the seed does', () => {
    const seed = readFileSync(path.join(__dirname, '../fixtures/text/seed.txt'), 'utf8');
    for (const f of builtinProfiles[0].focusAreas) for (const a of f.aspects) expect(seed).toContain(a.requirement);
  });

  it('names the path of each bad field', () => {
    const bad = JSON.parse(JSON.stringify(zuofengJson));
    bad.sections[2].required = 'yes';
    bad.focusAreas[1].aspects[0].keywords = [];
    bad.focusAreas[3].id = 'Bad Id';
    delete bad.name;
    const problems = problemsOf(() => parseProfile(bad, 'my.json'));
    const paths = problems.map((p) => p.path);
    expect(paths).toEqual(expect.arrayContaining(['sections[2].required', 'focusAreas[1].aspects[0].keywords', 'focusAreas[3].id', 'name']));
    // zod's own messages are zh-CN too
    expect(problems.find((p) => p.path === 'sections[2].required')!.message).toMatch(/期望/);
  });

  it('rejects duplicate ids, unknown fields and invalid regular expressions', () => {
    const bad = JSON.parse(JSON.stringify(zuofengJson));
    bad.focusAreas[1].id = 'f1';
    bad.sections[0].colour = 'red';
    bad.signals[0] = { label: 'x', regex: '([', weight: 1 };
    const problems = problemsOf(() => parseProfile(bad));
    expect(problems.find((p) => p.path === 'focusAreas[1].id')!.message).toContain('重复');
    expect(problems.some((p) => p.path.startsWith('sections[0]'))).toBe(true);
    expect(problems.find((p) => p.path.startsWith('signals[0]'))!.message).toContain('正则');
  });

  it('reports malformed JSON as a ProfileError with a readable message', () => {
    expect(() => parseProfileJson('{"id": "x",', 'broken.json')).toThrow(/broken\.json 不是有效的 JSON/);
  });

  it('ships a JSON Schema file that matches the zod schema', () => {
    const file = JSON.parse(readFileSync(path.join(__dirname, '../../src/profiles/profile.schema.json'), 'utf8'));
    expect(file.properties.sections).toBeDefined();
    expect(Object.keys(file.properties).sort()).toEqual(Object.keys(profileSchema.shape).sort());
  });
});

describe('detectProfile', () => {
  it('picks zuofeng-2022 for the seed and says why', () => {
    const d = detectProfile(seedDoc(), builtinProfiles);
    expect(d.profile.id).toBe('zuofeng-2022');
    expect(d.reason).toContain('五个聚焦');
  });

  it('falls back to generic for another meeting', () => {
    const d = detectProfile(modelFromLines(['按照要求，我对照“六个带头”进行对照检查，现将检视剖析情况报告如下：', '一、存在的问题']), builtinProfiles);
    expect(d.profile.id).toBe('generic');
    expect(d.reason).toContain('未检测到');
  });
});

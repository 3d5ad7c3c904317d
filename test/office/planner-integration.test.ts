/** The engine's skeleton plan, applied to a Word document through the fake: same result as the in-memory applyPlan. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { planSkeleton, applyPlan } from '../../src/core/planner';
import { modelFromLines } from '../../src/core/model';
import { getBuiltinProfile } from '../../src/profiles';
import { WordHost } from '../../src/office/word-host';
import { FakeWordDocument, installFakeWord, type InstalledFake } from '../fakes/fake-word';

let fake: InstalledFake;
afterEach(() => fake?.uninstall());

const SEED = join(__dirname, '../../../shared/seed/000_4dd790f7e1adbf19.txt');

describe('planSkeleton applied through the Word host', () => {
  it('re-inserts a removed section 三 where the engine says, in two syncs, idempotently', async () => {
    const lines = readFileSync(SEED, 'utf8').split(/\r?\n/).filter((l) => l.trim() !== '');
    const start = lines.findIndex((l) => l.startsWith('三、'));
    const end = lines.findIndex((l) => l.startsWith('四、'));
    expect(start).toBeGreaterThan(0);
    const without = [...lines.slice(0, start), ...lines.slice(end)];
    const profile = getBuiltinProfile('zuofeng-2022')!;

    fake = installFakeWord(new FakeWordDocument(without));
    const host = new WordHost();
    const doc = await host.read();
    expect(doc.paragraphs.map((p) => p.text)).toEqual(without);
    const plan = planSkeleton(doc, profile);
    const causes = plan.ops.find((op) => op.key === 'section:causes');
    expect(causes).toBeDefined();

    fake.doc.resetCounters();
    const report = await host.apply(plan);
    expect(report.syncs).toBe(2);
    expect(report.inserted).toContain('section:causes');
    // The Word document now reads exactly as the engine's own applyPlan says it should.
    expect(fake.doc.texts).toEqual(applyPlan(modelFromLines(without), plan).paragraphs.map((p) => p.text));
    const heading = fake.doc.texts.findIndex((t) => t.includes('原因分析'));
    expect(heading).toBeGreaterThan(fake.doc.texts.findIndex((t) => t.startsWith('二、')));
    expect(heading).toBeLessThan(fake.doc.texts.findIndex((t) => t.includes('今后的努力方向')));

    const again = await host.apply(planSkeleton(doc, profile));
    expect(again.inserted).toEqual([]);
    expect(fake.doc.texts).toEqual(applyPlan(modelFromLines(without), plan).paragraphs.map((p) => p.text));
  });
});

/** xingshen check --explain: the decisions of the analysis with their evidence, after the report. */
import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { main } from '../../src/cli/main';
import { formatExplanations } from '../../src/cli/explain';

async function run(args: string[], cwd: string): Promise<{ code: number; out: string }> {
  let out = '';
  const code = await main(args, { stdout: { write: (s: string) => (out += s) }, stderr: { write: () => undefined }, cwd, env: {} });
  return { code, out };
}

describe('--explain', () => {
  it('prints 判断依据 grouped by subject, each with where it is', () => {
    const text = formatExplanations({
      explanations: [
        { subject: 'section', id: 'problems', paragraph: 1, zh: '第2段判为“存在的问题”。', en: 'p2 is problems' },
        { subject: 'claim', paragraph: null, zh: '没有数量表述。', en: 'no claims' },
      ],
    });
    expect(text).toBe('判断依据：\n  各部分\n    - [第2段] 第2段判为“存在的问题”。\n  数量表述\n    - [全文] 没有数量表述。\n');
    expect(formatExplanations({}, 'en')).toBe('Why (evidence of each decision):\n  (none recorded)\n');
  });

  it('check --explain adds the decisions to the text report; without it they are not printed', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'xingshen-explain-'));
    writeFileSync(path.join(dir, 'a.txt'), ['按照要求，我对照“三个方面”认真查摆问题，现汇报如下：', '一、存在的主要问题', '（一）在学习方面。我今年只写了3篇笔记。', '二、原因分析', '理想信念松懈。', '三、下步打算', '一是2025年底前完成学习。'].join('\n'));
    const withIt = await run(['check', '--explain', 'a.txt'], dir);
    expect(withIt.out).toContain('判断依据：');
    expect(withIt.out).toContain('第2段“存在的主要问题”判为“存在的问题”：含“问题”和“存在”（“存在的问题”概念）。');
    expect(withIt.out).toContain('“三个方面”与正文的分项数核对：正文有 1 个，不一致。');
    const without = await run(['check', 'a.txt'], dir);
    expect(without.out).not.toContain('判断依据');
  }, 60_000);
});

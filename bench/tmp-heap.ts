import * as fs from 'fs';
import { Session } from 'inspector';
import { check, type Profile } from '../src/core';
import { readDocx } from '../src/docx';
import { useZlibInflate } from '../src/docx/node-inflate';
import { getBuiltinProfile } from '../src/profiles';
useZlibInflate();
const profile = getBuiltinProfile('zuofeng-2022') as Profile;
const bytes = fs.readFileSync('/work/main/bench/out/bench-50000.docx');
check(readDocx(bytes), profile);
const s = new Session(); s.connect();
const post = (m: string, p?: object) => new Promise<any>((res, rej) => s.post(m, p ?? {}, (e, r) => (e ? rej(e) : res(r))));
(async () => {
  await post('HeapProfiler.startSampling', { samplingInterval: 16384, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
  check(readDocx(bytes), profile);
  const { profile: hp } = await post('HeapProfiler.stopSampling');
  const self = new Map<string, number>();
  let total = 0;
  const walk = (n: any, path: string[]) => {
    const k = `${n.callFrame.functionName}:${n.callFrame.url.split('/').slice(-1)[0]}:${n.callFrame.lineNumber}`;
    const sz = n.selfSize; total += sz;
    const key = k + '  <  ' + path.slice(-2).join(' < ');
    self.set(key, (self.get(key) ?? 0) + sz);
    for (const c of n.children) walk(c, [...path, k]);
  };
  walk(hp.head, []);
  console.log('total MB', (total / 1e6).toFixed(0));
  for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log((v / 1e6).toFixed(1).padStart(7), k);
})();

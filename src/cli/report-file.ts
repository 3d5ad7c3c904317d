/** Node side of `check --output`: writes a report atomically (temp file in the same folder, then rename). */
import { promises as fs } from 'fs';
import * as path from 'path';
import { UsageError } from './io';

/** Writes `text` (UTF-8) to `file`; on any failure no partial report and no temp file are left behind. */
export async function writeReportFile(file: string, cwd: string, text: string): Promise<string> {
  const target = path.resolve(cwd, file);
  const st = await fs.stat(target).catch(() => null);
  if (st?.isDirectory()) throw new UsageError(`输出路径是一个文件夹：${file}（output is a directory）`);
  const tmp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${Date.now()}.tmp`);
  try {
    await fs.writeFile(tmp, text, 'utf8');
    await fs.rename(tmp, target);
  } catch (e) {
    await fs.rm(tmp, { force: true }).catch(() => undefined);
    throw new UsageError(`无法写入报告 ${file}：${(e as NodeJS.ErrnoException).code ?? (e as Error).message}（cannot write the report）`);
  }
  return target;
}

/** Local date and time as "2025-01-31 14:05", for the report header. */
export function stamp(d = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}

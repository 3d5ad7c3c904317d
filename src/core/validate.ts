/** Validation of data files (profiles, rule packs): every problem named by the JSON path of the bad field. */
import { z } from 'zod';

// Messages for people are zh-CN first: zod's own messages (wrong type, invalid option…) in Chinese too.
z.config(z.locales.zhCN());

export interface DataProblem {
  path: string;
  message: string;
}

/** A data file that failed validation. ProfileError and PackError extend it. */
export class DataFileError extends Error {
  constructor(
    message: string,
    readonly problems: DataProblem[] = [],
  ) {
    super(message);
    this.name = 'DataFileError';
  }
}

/** `focusAreas[1].aspects[0].keywords` from zod's path array. */
export function pathString(path: readonly PropertyKey[]): string {
  let out = '';
  for (const k of path) out += typeof k === 'number' ? `[${k}]` : out ? `.${String(k)}` : String(k);
  return out || '(根)';
}

type ErrorClass = new (message: string, problems: DataProblem[]) => DataFileError;

/** Validates `data` with `schema`; on failure throws `Err` with a message listing every bad field. `what` is e.g. "配置文件 my.json". */
export function validateData<S extends z.ZodType>(schema: S, data: unknown, what: string, Err: ErrorClass): z.output<S> {
  const r = schema.safeParse(data);
  if (r.success) return r.data;
  const problems = r.error.issues.map((i) => ({ path: pathString(i.path), message: i.message }));
  throw new Err(`${what} 不符合格式要求：\n${problems.map((p) => `  ${p.path}: ${p.message}`).join('\n')}`, problems);
}

/** Parses JSON text (a BOM is fine); malformed JSON throws `Err`, never a raw SyntaxError. */
export function parseJsonText(text: string, what: string, Err: ErrorClass): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new Err(`${what} 不是有效的 JSON：${(e as Error).message}`, [{ path: '(根)', message: (e as Error).message }]);
  }
}

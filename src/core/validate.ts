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
  const problems = r.error.issues.map((i) => ({ path: pathString(i.path), message: plainMessage(i) }));
  throw new Err(`${what} 不符合格式要求：\n${problems.map((p) => `  ${p.path}: ${p.message}`).join('\n')}`, problems);
}

/** What a field is, for people: 缺少必填项“requirement”（要求原文）. */
const FIELD_NAMES: Record<string, string> = {
  id: '标识',
  name: '名称',
  title: '标题',
  requirement: '要求原文',
  sections: '部分清单',
  focusAreas: '重点方面',
  aspects: '方面',
  keywords: '关键词',
  required: '是否必备',
  schemaVersion: '格式版本',
  entries: '词条',
  rule: '规则',
  severity: '级别',
  source: '出处',
  examples: '示例',
  wrong: '错误写法',
  right: '正确写法',
  expected: '正确写法',
  note: '说明',
};

/** A zod issue in plain zh-CN: a missing field says which one and what it is. */
function plainMessage(i: z.core.$ZodIssue): string {
  const last = i.path[i.path.length - 1];
  if (i.code === 'invalid_type' && /undefined$/.test(i.message) && typeof last === 'string') {
    const what = FIELD_NAMES[last];
    return `缺少必填项“${last}”${what ? `（${what}）` : ''}`;
  }
  return i.message;
}

/** The cause of a JSON syntax error in words (V8's messages), e.g. 缺少引号. */
function jsonCause(msg: string): string {
  if (/double-quoted property name/i.test(msg)) return '缺少引号（名称要用英文双引号 " 括起来），或多了一个逗号';
  if (/Unterminated string/i.test(msg)) return '字符串缺少结尾的引号';
  if (/Bad control character/i.test(msg)) return '引号中有换行等不能直接出现的字符';
  if (/Unexpected end of JSON input/i.test(msg)) return '内容不完整（可能缺少 } 或 ]）';
  if (/Expected ',' or '}'/i.test(msg)) return '缺少逗号或 }';
  if (/Expected ',' or ']'/i.test(msg)) return '缺少逗号或 ]';
  if (/Expected ':'/i.test(msg)) return '缺少冒号';
  if (/Unexpected non-whitespace character after JSON/i.test(msg)) return '末尾有多余的内容';
  const tok = /Unexpected token '?(.)'?/i.exec(msg);
  if (tok) return `这里不应出现“${tok[1]}”（中文引号、逗号要改成英文的 " 和 ,）`;
  return '格式有误';
}

/** 第 1 行第 54 列附近：缺少引号 — from a JSON.parse error and the text it parsed. */
export function jsonErrorMessage(text: string, e: unknown): string {
  const msg = e instanceof Error ? e.message : String(e);
  let line: number | undefined;
  let col: number | undefined;
  const lc = /line (\d+) column (\d+)/.exec(msg);
  if (lc) [line, col] = [Number(lc[1]), Number(lc[2])];
  else {
    const pos = /position (\d+)/.exec(msg);
    const at = pos ? Number(pos[1]) : /end of JSON input/i.test(msg) ? text.length : -1;
    if (at >= 0) {
      const before = text.slice(0, at).split(/\r?\n/);
      line = before.length;
      col = before[before.length - 1].length + 1;
    }
  }
  const where = line !== undefined ? `第 ${line} 行第 ${col} 列附近：` : '';
  return where + jsonCause(msg);
}

/** Parses JSON text (a BOM is fine); malformed JSON throws `Err`, never a raw SyntaxError or parser English. */
export function parseJsonText(text: string, what: string, Err: ErrorClass): unknown {
  const body = text.replace(/^\uFEFF/, '');
  try {
    return JSON.parse(body);
  } catch (e) {
    const plain = jsonErrorMessage(body, e);
    throw new Err(`${what} 不是有效的 JSON：${plain}`, [{ path: '', message: plain }]);
  }
}

/** Field types shared by the profile and pack schemas. */
export const nonEmpty = z.string().min(1, '不能为空');
export const idString = z.string().regex(/^[a-z0-9][a-z0-9._-]*$/, '只能含小写字母、数字、点、下划线和连字符');
/** A JavaScript regular expression source (no slashes), compiled with the "u" flag. */
export const regexSource = nonEmpty.refine(
  (s) => {
    try {
      new RegExp(s, 'u');
      return true;
    } catch {
      return false;
    }
  },
  { message: '不是有效的正则表达式' },
);

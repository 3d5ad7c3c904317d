/**
 * Option parsing for the CLI's commands: util.parseArgs, with its English errors ("Unknown option
 * '--formt'…") turned into zh-CN usage errors that name the option and suggest the closest real one.
 */
import { parseArgs, type ParseArgsConfig } from 'util';
import { UsageError } from './io';

/** The options table of a command (util.parseArgs' shape). */
export type ParseArgsOptionsConfig = NonNullable<ParseArgsConfig['options']>;
type Options = ParseArgsOptionsConfig;

/** Levenshtein distance, for "did you mean". */
function distance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
  return d[a.length][b.length];
}

function suggestion(bad: string, options: Options | undefined): string {
  if (!options) return '';
  const name = bad.replace(/^-+/, '').split('=')[0];
  let best = '';
  let bestD = Infinity;
  for (const o of Object.keys(options)) {
    const dd = distance(name, o);
    if (dd < bestD) [best, bestD] = [o, dd];
  }
  return best && bestD <= Math.max(2, Math.floor(best.length / 3)) ? `；是不是要用 --${best}？` : '';
}

/** Turns a parseArgs error into a zh-CN UsageError; anything else is returned as it is. */
export function translateArgsError(e: unknown, command?: string, options?: Options): unknown {
  const err = e as Error & { code?: string };
  if (!err?.code?.startsWith('ERR_PARSE_ARGS')) return e;
  const help = command ? `运行 xingshen ${command} --help 查看用法` : '运行 xingshen --help 查看用法';
  const quoted = /'([^']+)'/.exec(err.message)?.[1] ?? '';
  if (err.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return new UsageError(`未知选项“${quoted}”${suggestion(quoted, options) || '。'}${help}`);
  if (err.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    const opt = /(--[\w-]+)/.exec(err.message)?.[1] ?? quoted;
    if (/argument missing/.test(err.message)) return new UsageError(`选项 ${opt} 后面缺少值。${help}`);
    return new UsageError(`选项 ${opt} 不需要值（如 --force 直接写即可）。${help}`);
  }
  if (err.code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') return new UsageError(`多余的参数“${quoted}”。${help}`);
  return new UsageError(`参数有误。${help}`);
}

/** parseArgs with positionals allowed and zh-CN errors. */
export function parseCommandArgs<T extends Options>(command: string, args: string[], options: T) {
  try {
    return parseArgs({ args, allowPositionals: true, options, strict: true });
  } catch (e) {
    throw translateArgsError(e, command, options);
  }
}

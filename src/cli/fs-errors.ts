/**
 * File-system faults as zh-CN sentences that say what happened and what to do. Every place the CLI
 * touches the disk turns a Node error into one of these; a bare errno code ("EACCES") never reaches
 * the user. The code is kept at the end in parentheses, for a support request.
 */

export type FsAction = 'read' | 'write' | 'list';

const VERB: Record<FsAction, string> = { read: '读取', write: '写出', list: '打开文件夹' };

interface Advice {
  what: string;
  todo: string;
}

/** What each errno means for the user, by action. */
function advice(code: string, action: FsAction): Advice | null {
  const verb = VERB[action];
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return action === 'write'
        ? { what: `没有权限写入`, todo: '请换一个有写入权限的位置，或请管理员开放该文件夹的写入权限' }
        : { what: `没有权限${verb}`, todo: '请检查文件权限，或复制到自己的文件夹后再试' };
    case 'ENOENT':
      return action === 'write'
        ? { what: '目标文件夹不存在', todo: '请先创建该文件夹，或换一个已有的位置' }
        : { what: '找不到文件或文件夹', todo: '请检查路径和文件名是否写对' };
    case 'ENOTDIR':
      return { what: '路径中有一段不是文件夹', todo: '请检查路径是否写对' };
    case 'EISDIR':
      return action === 'write'
        ? { what: '该位置是一个文件夹，不能作为输出文件', todo: '请在 -o 后写文件名（如 报告.html），而不是文件夹' }
        : { what: '这是一个文件夹，不是文件', todo: '如要检查文件夹里的全部材料，请用 xingshen check 加文件夹路径' };
    case 'ENOSPC':
    case 'EDQUOT':
      return { what: '磁盘空间已满（或超出配额）', todo: '请清理磁盘空间或换一个磁盘后再试；未写出任何内容' };
    case 'ELOOP':
      return { what: '符号链接形成了循环（链接指向自身或互相指向）', todo: '请检查并修正该链接' };
    case 'EROFS':
      return { what: '该位置所在的磁盘是只读的', todo: '请换一个可写的位置' };
    case 'EMFILE':
    case 'ENFILE':
      return { what: '同时打开的文件过多', todo: '请稍后重试，或分批检查' };
    case 'ENAMETOOLONG':
      return { what: '文件路径过长', todo: '请把文件移到路径较短的文件夹后再试' };
    case 'EBUSY':
    case 'ETXTBSY':
      return { what: '文件正被其他程序占用', todo: '请关闭正在使用它的程序（如 Word、WPS）后再试' };
    case 'EEXIST':
      return { what: '文件已存在', todo: '请换一个文件名' };
    case 'EIO':
      return { what: '磁盘读写出错', todo: '请检查磁盘或网络盘是否正常连接' };
    case 'EXDEV':
      return { what: '无法跨磁盘移动临时文件', todo: '请换一个位置后再试' };
    default:
      return null;
  }
}

/** "无法读取 a.docx：没有权限读取。请检查文件权限，或复制到自己的文件夹后再试（EACCES）". */
export function fsMessage(e: unknown, action: FsAction, shown?: string): string {
  const code = (e as NodeJS.ErrnoException | null)?.code;
  const head = `无法${VERB[action]}${shown ? ` ${shown}` : ''}`;
  const a = code ? advice(code, action) : null;
  if (a) return `${head}：${a.what}。${a.todo}（${code}）`;
  const detail = code ? `错误代码 ${code}` : (e as Error | null)?.message ?? String(e);
  return `${head}：系统报告了一个文件错误，请检查该文件或位置后重试（${detail}）`;
}

/** The errno code of an error, if it is a Node file-system error. */
export function errnoOf(e: unknown): string | undefined {
  return (e as NodeJS.ErrnoException | null)?.code ?? undefined;
}

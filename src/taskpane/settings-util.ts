/** Small helpers of 设置: reading a chosen file as text, sizes in KB, hints that must not promise saving. */

export { readFile } from './browser-files';

export const KB = (n: number) => Math.round(n / 1024);

/** Without document settings the hints must not promise 随文档保存 (the warning above says they are not kept). */
export function savedHint(hint: string, persistent: boolean): string {
  return persistent ? hint : hint.replace(/[；;]\s*随文档保存。$/, '。').replace(/[;.]\s*saved with the document\.$/i, '.');
}

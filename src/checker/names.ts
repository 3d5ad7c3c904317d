/** File names of the browser checker: which reader a file needs, and what the fixed copy is called. Pure, tiny (first-paint bundle). */

export function isDocx(name: string): boolean {
  return !/\.txt$/i.test(name);
}

/** `报告.docx` → `报告-修改.docx` (a name that already ends in -修改 keeps it once). */
export function fixedName(name: string): string {
  const dot = name.lastIndexOf('.');
  const base = (dot > 0 ? name.slice(0, dot) : name).replace(/-修改$/, '');
  const ext = dot > 0 ? name.slice(dot + 1).toLowerCase() : 'docx';
  return `${base}-修改.${ext === 'doc' ? 'docx' : ext}`;
}

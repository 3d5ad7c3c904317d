/**
 * The JSON report, written piece by piece: byte for byte what `JSON.stringify({ version: 1, results },
 * null, 2)` gives, but produced as a sequence of small strings (one per finding at most), so that a
 * 50,000-paragraph file's ~40,000 findings never exist as one 40 MB string plus its UTF-8 copy.
 */

/** JSON.stringify(value, null, 2) as it appears nested `depth` levels deep (continuation lines indented). */
function nested(value: unknown, depth: number): string {
  const s = JSON.stringify(value, null, 2);
  return depth === 0 ? s : s.replace(/\n/g, '\n' + '  '.repeat(depth));
}

/** One result object (from toJson), its `findings` array (the last key) streamed entry by entry. */
function* resultChunks(obj: Record<string, unknown>, depth: number): Generator<string> {
  const findings = obj.findings;
  if (!Array.isArray(findings) || findings.length === 0) {
    yield nested(obj, depth);
    return;
  }
  const keys = Object.keys(obj);
  if (keys[keys.length - 1] !== 'findings') {
    yield nested(obj, depth); // not the shape we stream; still exact
    return;
  }
  const head = nested({ ...obj, findings: [] }, depth);
  // head ends with `"findings": []` + newline + indent + `}`
  const tail = head.lastIndexOf('[]');
  yield head.slice(0, tail) + '[\n';
  const pad = '  '.repeat(depth + 2);
  for (let i = 0; i < findings.length; i++) yield pad + nested(findings[i], depth + 2) + (i < findings.length - 1 ? ',\n' : '\n');
  yield '  '.repeat(depth + 1) + ']' + head.slice(tail + 2);
}

/** The whole report, `{ "version": 1, "results": [...] }` pretty-printed, plus a final newline. */
export function* jsonReportChunks<T = Record<string, unknown>>(results: readonly T[], convert: (r: T) => unknown = (r) => r): Generator<string> {
  if (results.length === 0) {
    yield JSON.stringify({ version: 1, results: [] }, null, 2) + '\n';
    return;
  }
  yield '{\n  "version": 1,\n  "results": [\n';
  for (let i = 0; i < results.length; i++) {
    yield '    ';
    yield* resultChunks(convert(results[i]) as Record<string, unknown>, 2); // converted one at a time
    yield i < results.length - 1 ? ',\n' : '\n';
  }
  yield '  ]\n}\n';
}

/** Joins small chunks into pieces of about `size` characters (fewer, larger writes). */
export function* batched(chunks: Iterable<string>, size = 1 << 16): Generator<string> {
  let buf = '';
  for (const c of chunks) {
    buf += c;
    if (buf.length >= size) {
      yield buf;
      buf = '';
    }
  }
  if (buf) yield buf;
}

/**
 * Audit H1: Office 2019 (and any Word using Internet Explorer 11 or EdgeHTML) cannot run the pane. The
 * page's inline legacy-safe script must PARSE in IE11 (ES5) and then say so plainly, in zh-CN, naming
 * the Word versions needed and pointing to the browser checker and the CLI.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as vm from 'node:vm';
import { parse } from 'acorn';

const html = readFileSync(join(__dirname, '..', '..', 'src', 'taskpane', 'taskpane.html'), 'utf8');
/** Inline scripts (no src) of the page template. */
const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);

interface El {
  innerHTML: string;
  querySelector(sel: string): El | null;
}

function runIn(globals: Record<string, unknown>) {
  const container: El = { innerHTML: '<div class="xs-boot">正在加载…</div>', querySelector: () => null };
  const timers: (() => void)[] = [];
  const window: Record<string, unknown> = {};
  const sandbox = {
    window,
    document: { getElementById: (id: string) => (id === 'container' ? container : null) },
    setTimeout: (f: () => void) => timers.push(f),
    Function,
    ...globals,
  };
  for (const code of inline) vm.runInNewContext(code, sandbox);
  return { container, window, timers };
}

const IE11 = { Promise: undefined, fetch: undefined, Symbol: undefined, Map: undefined, Object: { assign: undefined } };

describe('the legacy-safe script in taskpane.html', () => {
  it('H1: parses as ES5 (what Internet Explorer 11 understands)', () => {
    expect(inline.length).toBeGreaterThan(0);
    for (const code of inline) expect(() => parse(code, { ecmaVersion: 5 })).not.toThrow();
  });

  it('the ES5 check can fail: an arrow function is refused at ecmaVersion 5', () => {
    expect(() => parse('var f = (a) => a;', { ecmaVersion: 5 })).toThrow();
  });

  it('H1: in a simulated IE11 it shows the zh-CN message: the Word needed, Office 2019 excluded, the browser checker and the CLI', () => {
    const { container, window } = runIn(IE11);
    expect(window.__xingshenUnsupported).toBe(true);
    const text = container.innerHTML;
    expect(text).toMatch(/Internet Explorer 11/);
    expect(text).toMatch(/Word 2021/);
    expect(text).toMatch(/Microsoft 365/);
    expect(text).toMatch(/Office 2019 及更早版本不能运行/);
    expect(text).toMatch(/浏览器检查页/);
    expect(text).toMatch(/xingshen check/);
  });

  it('H1: in a web view that has ES2015 built-ins but not ES2020 syntax (EdgeHTML 18) it shows the same message', () => {
    const edgeHtml = (...args: string[]) => {
      const body = args[args.length - 1];
      if (/\?\.|\?\?/.test(body)) throw new SyntaxError('Expected identifier');
      return () => undefined;
    };
    const { window } = runIn({ Function: edgeHtml, fetch: () => undefined });
    expect(window.__xingshenUnsupported).toBe(true);
  });

  it('in a current web view it leaves the page to the bundle, and explains a pane that has not started after a while', () => {
    const { container, window, timers } = runIn({ fetch: () => undefined });
    expect(window.__xingshenUnsupported).toBeUndefined();
    expect(container.innerHTML).toMatch(/xs-boot/);
    const boot: El = { innerHTML: '正在加载…', querySelector: () => null };
    container.querySelector = () => boot;
    window.__xingshenOfficeJsFailed = true;
    timers.forEach((t) => t());
    expect(boot.innerHTML).toMatch(/无法加载 Office\.js/);
  });
});

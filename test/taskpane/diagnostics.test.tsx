/** @jest-environment jsdom */
/** The 诊断 panel: what it shows about the Word host, and that the copy button puts exactly that text on the clipboard. */
import * as React from 'react';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Diagnostics, diagnosticsText, webViewName } from '../../src/taskpane/Diagnostics';
import { WordHost } from '../../src/office/word-host';
import { MemoryHost } from '../../src/core/memory-host';
import { FakeWordDocument, installFakeWord, type InstalledFake } from '../fakes/fake-word';

let fake: InstalledFake | undefined;
afterEach(() => {
  fake?.uninstall();
  fake = undefined;
});

const EDGE = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36 Edg/126.0.2592.87';

describe('webViewName', () => {
  it('names the web views Word uses', () => {
    expect(webViewName('Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; rv:11.0) like Gecko')).toMatch(/Internet Explorer 11/);
    expect(webViewName('Mozilla/5.0 (Windows NT 10.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0 Safari/537.36 Edge/18.17763')).toMatch(/EdgeHTML 18/);
    expect(webViewName(EDGE)).toMatch(/WebView2 126/);
    expect(webViewName('Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko)')).toMatch(/WKWebView/);
  });
});

describe('Diagnostics', () => {
  it('shows host, platform, version, requirement sets, web view, settings, the last read and every Word error — and copies it', async () => {
    const doc = new FakeWordDocument(['一、学习情况', '正文']);
    doc.apiVersion = '1.4';
    doc.host = 'mac';
    doc.officeVersion = '16.89';
    doc.viewing = true;
    fake = installFakeWord(doc);
    const host = new WordHost();
    await host.read();
    await host.flag([{ paragraph: 0, message: '较弱' }]).catch(() => undefined); // refused in 查看 mode
    const writeText = jest.fn(async () => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });

    render(<Diagnostics host={host} userAgent={EDGE} />);
    const text = screen.getByTestId('diagnostics-text').textContent ?? '';
    expect(text).toContain('宿主: Word');
    expect(text).toContain('平台: Mac');
    expect(text).toContain('Office 版本: 16.89');
    expect(text).toMatch(/支持的接口集: WordApi 1.1, WordApi 1.2, WordApi 1.3, WordApi 1.4\n/);
    expect(text).toContain('浏览器内核: Edge / WebView2');
    expect(text).toContain('文档设置: 可用');
    expect(text).toMatch(/最近一次读取: 2 段，\d+ 毫秒，1 次同步/);
    expect(text).toMatch(/flag read-only \(GeneralException\)/);
    expect(text).not.toContain('学习情况'); // no document text

    await userEvent.click(screen.getByRole('button', { name: '复制诊断信息' }));
    await waitFor(() => expect(writeText).toHaveBeenCalledWith(text));
    expect(screen.getByRole('button', { name: '已复制' })).toBeTruthy();
  });

  it('works on the in-memory host (preview) and in English', () => {
    const host = new MemoryHost({ paragraphs: [{ text: '甲' }] });
    render(<Diagnostics host={host} locale="en" userAgent={EDGE} />);
    expect(screen.getByTestId('diagnostics-text').textContent).toContain('Host: memory');
    expect(diagnosticsText(host.diagnostics(), 'x', 'en')).toContain('Word errors since the pane opened: none');
  });
});

describe('host warnings reach the pane', () => {
  it('shows a warning the Word host reported (H2: list numbers unreadable on the web under 修订)', async () => {
    const { StatusNotes } = await import('../../src/taskpane/Notices');
    const doc = new FakeWordDocument([{ text: '一、学习情况', list: { id: 1, level: 0, listString: '一、' }, revised: true }, '正文']);
    doc.host = 'web';
    fake = installFakeWord(doc);
    const host = new WordHost();
    await host.read();
    const status = await host.status();
    render(<StatusNotes locale="zh-CN" preview={false} status={status} caps={host.capabilities()} dismissed={[]} onDismiss={() => undefined} />);
    expect(screen.getByTestId('note-host-lists-unreadable').textContent).toMatch(/自动编号/);
  });
});

import { describe, expect, it } from 'vitest';
import { isNavigation, mayChangePreview } from './may-change';

const req = (headers: Record<string, string>, method = 'GET') => new Request('http://localhost:3000/api/preview/exit', { method, headers: { host: '127.0.0.1:3000', ...headers } });

describe('which requests may change preview state', () => {
  it('a navigation from our own pages, one typed by the editor, or a client that is not a browser', () => {
    expect(mayChangePreview(req({ 'sec-fetch-site': 'same-origin', 'sec-fetch-mode': 'navigate', origin: 'http://127.0.0.1:3000' }, 'POST'))).toBe(true);
    expect(mayChangePreview(req({ 'sec-fetch-site': 'none', 'sec-fetch-mode': 'navigate' }))).toBe(true);
    expect(mayChangePreview(req({}))).toBe(true);
  });

  it('never another site, nor a picture, frame script or fetch, even of our own', () => {
    expect(mayChangePreview(req({ 'sec-fetch-site': 'cross-site', 'sec-fetch-mode': 'navigate' }))).toBe(false);
    expect(mayChangePreview(req({ 'sec-fetch-site': 'same-site', 'sec-fetch-mode': 'navigate' }))).toBe(false);
    expect(mayChangePreview(req({ origin: 'https://evil.example' }, 'POST'))).toBe(false);
    for (const mode of ['no-cors', 'cors', 'same-origin', 'websocket']) expect(mayChangePreview(req({ 'sec-fetch-site': 'same-origin', 'sec-fetch-mode': mode })), mode).toBe(false);
    expect(isNavigation(req({ 'sec-fetch-mode': 'no-cors', 'sec-fetch-site': 'same-origin' }))).toBe(false);
    // Node's fetch sends `Sec-Fetch-Mode: cors` alone on every request: not a browser.
    expect(isNavigation(req({ 'sec-fetch-mode': 'cors' }))).toBe(true);
    expect(isNavigation(req({ 'sec-fetch-mode': 'navigate', 'sec-fetch-site': 'cross-site' }))).toBe(true);
  });
});

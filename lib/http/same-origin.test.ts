import { afterEach, describe, expect, it } from 'vitest';
import { foreignOrigin } from './same-origin';

const saved = process.env.SITE_URL;
afterEach(() => {
  if (saved === undefined) delete process.env.SITE_URL;
  else process.env.SITE_URL = saved;
});

const post = (headers: Record<string, string>, url = 'http://127.0.0.1:3000/api/views') => new Request(url, { method: 'POST', headers });

describe('foreignOrigin', () => {
  it('lets our own pages and clients that are not browsers through', () => {
    process.env.SITE_URL = 'https://sahifa.example';
    expect(foreignOrigin(post({ 'sec-fetch-site': 'same-origin', origin: 'http://127.0.0.1:3000' }))).toBeUndefined();
    expect(foreignOrigin(post({ origin: 'https://sahifa.example' }))).toBeUndefined();
    expect(foreignOrigin(post({}))).toBeUndefined();
  });

  it('refuses another site: by Sec-Fetch-Site, or by an Origin that is not ours', () => {
    process.env.SITE_URL = 'https://sahifa.example';
    expect(foreignOrigin(post({ 'sec-fetch-site': 'cross-site' }))).toBeDefined();
    expect(foreignOrigin(post({ origin: 'https://evil.example' }))).toBeDefined();
    expect(foreignOrigin(post({ origin: 'https://sahifa.example.evil.example' }))).toBeDefined();
    expect(foreignOrigin(post({ origin: 'http://sahifa.example' }))).toBeDefined(); // another scheme is another origin
    expect(foreignOrigin(post({ origin: 'null' }))).toBeDefined();
    expect(foreignOrigin(post({ 'sec-fetch-site': 'same-site', origin: 'https://blog.sahifa.example' }))).toBeDefined();
  });
});

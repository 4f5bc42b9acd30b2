import { describe, expect, it } from 'vitest';
import { mintReaderToken, readerCookie, readerCookieLine, verifyReaderToken } from './reader-token';

const KEY = 'k'.repeat(43);

describe('reader tokens', () => {
  it('are random ids signed with the server key', () => {
    const a = mintReaderToken(KEY);
    const b = mintReaderToken(KEY);
    expect(a).not.toBe(b);
    expect(verifyReaderToken(a, KEY)).toBe(a.split('.')[0]);
    expect(verifyReaderToken(a, 'another key')).toBeUndefined();
  });

  it('cannot be forged or altered', () => {
    const [id, mac] = mintReaderToken(KEY).split('.') as [string, string];
    const other = `${id.slice(0, -1)}${id.endsWith('A') ? 'B' : 'A'}`;
    for (const junk of [undefined, '', '.', id, `${other}.${mac}`, `${id}.${mac}x`, `${id}.${'a'.repeat(22)}`, `${id}.${mac}.x`]) expect(verifyReaderToken(junk, KEY), String(junk)).toBeUndefined();
  });

  it('travel in an HttpOnly, SameSite=Lax cookie sent to the beacon route only, Secure on https', () => {
    const line = readerCookieLine('t.v', false);
    expect(line).toMatch(/^sahifa_reader=t\.v; Path=\/api\/views; Max-Age=\d+; HttpOnly; SameSite=Lax$/);
    expect(readerCookieLine('t.v', true)).toMatch(/; Secure$/);
    expect(readerCookie(new Headers({ cookie: 'NEXT_LOCALE=ar; sahifa_reader=abc.def; x=1' }))).toBe('abc.def');
    expect(readerCookie(new Headers({ cookie: 'NEXT_LOCALE=ar' }))).toBeUndefined();
  });
});

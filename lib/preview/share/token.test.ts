import { describe, expect, it } from 'vitest';
import { parseHours, signShare, verifyShare } from './token';

const HOUR = 3_600_000;
const NOW = Date.parse('2026-12-01T10:00:00Z');
const SECRET = 'a-share-test-secret-of-32-characters-at-least';

describe('share tokens', () => {
  it('hold the story, expiry and link id, signed with the secret, until they expire', () => {
    const { token, claim } = signShare(SECRET, 'a-story', 2, NOW);
    expect(verifyShare(token, SECRET, NOW)).toEqual(claim);
    expect(claim.id).toBe('a-story');
    expect(verifyShare(token, SECRET, NOW + 2 * HOUR - 1000)).toEqual(claim);
    expect(verifyShare(token, SECRET, NOW + 2 * HOUR)).toBeUndefined();
  });

  it('end when the secret changes or goes', () => {
    const { token } = signShare(SECRET, 'a-story', 2, NOW);
    expect(verifyShare(token, `${SECRET}-new`, NOW)).toBeUndefined();
    expect(verifyShare(token, undefined, NOW)).toBeUndefined();
  });

  it('cannot be altered, stretched or forged', () => {
    const { token } = signShare(SECRET, 'a-story', 2, NOW);
    const [id, exp, link, mac] = token.split('.') as [string, string, string, string];
    const flip = (s: string) => s.slice(0, -1) + (s.endsWith('A') ? 'B' : 'A');
    for (const bad of [`other.${exp}.${link}.${mac}`, `${id}.${Number(exp) + 3600}.${link}.${mac}`, `${id}.${exp}.${flip(link)}.${mac}`, `${id}.${exp}.${link}.${flip(mac)}`, '', 'x', `${id}.${exp}.${link}`, `${token}.x`, token.toUpperCase()])
      expect(verifyShare(bad, SECRET, NOW), bad).toBeUndefined();
    // Validly signed, but claiming more than a week: refused.
    expect(verifyShare(signShare(SECRET, 'a-story', 200, NOW).token, SECRET, NOW)).toBeUndefined();
  });

  it('take hours 1 to 168, 48 when none is given', () => {
    expect(parseHours(null)).toBe(48);
    expect(parseHours('')).toBe(48);
    expect(parseHours('1')).toBe(1);
    expect(parseHours('168')).toBe(168);
    for (const bad of ['0', '169', '-1', '2.5', '1e2', 'x', '0x10', ' 12a']) expect(parseHours(bad), bad).toBeUndefined();
  });
});

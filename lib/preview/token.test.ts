import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_SESSION_HOURS, MAX_SESSION_HOURS, previewSecretProblem, sessionTtlMs, signSession, verifySession } from './token';

const HOUR = 3_600_000;
const NOW = Date.parse('2026-12-01T10:00:00Z');
const saved = process.env.PREVIEW_SESSION_HOURS;
afterEach(() => {
  if (saved === undefined) delete process.env.PREVIEW_SESSION_HOURS;
  else process.env.PREVIEW_SESSION_HOURS = saved;
});

describe('preview session cookie', () => {
  it('is good with the secret it was signed with, until it expires', () => {
    const v = signSession('s3cret', NOW, 8 * HOUR);
    expect(verifySession(v, 's3cret', NOW)).toBe(true);
    expect(verifySession(v, 's3cret', NOW + 8 * HOUR - 1000)).toBe(true);
    expect(verifySession(v, 's3cret', NOW + 8 * HOUR)).toBe(false);
  });

  it('ends when the secret changes or goes', () => {
    const v = signSession('s3cret', NOW);
    expect(verifySession(v, 'another', NOW)).toBe(false);
    expect(verifySession(v, undefined, NOW)).toBe(false);
    expect(verifySession(v, '', NOW)).toBe(false);
  });

  it('cannot be stretched or forged', () => {
    const v = signSession('s3cret', NOW, HOUR);
    const [exp, mac] = v.split('.') as [string, string];
    expect(verifySession(`${Number(exp) + 86_400}.${mac}`, 's3cret', NOW)).toBe(false);
    expect(verifySession(`${exp}.${mac.slice(0, -1)}${mac.endsWith('A') ? 'B' : 'A'}`, 's3cret', NOW)).toBe(false);
    for (const junk of ['', '.', 'x', `${exp}`, `${exp}.`, `${exp}.${mac}.x`, `-1.${mac}`, `${exp}.${'a'.repeat(43)}`]) expect(verifySession(junk, 's3cret', NOW), junk).toBe(false);
    // Even a validly signed value is refused when it claims more than the longest session.
    expect(verifySession(signSession('s3cret', NOW, (MAX_SESSION_HOURS + 1) * HOUR), 's3cret', NOW)).toBe(false);
  });

  it('lasts hours, not weeks: PREVIEW_SESSION_HOURS between 1 and 24', () => {
    delete process.env.PREVIEW_SESSION_HOURS;
    expect(sessionTtlMs()).toBe(DEFAULT_SESSION_HOURS * HOUR);
    process.env.PREVIEW_SESSION_HOURS = '2';
    expect(sessionTtlMs()).toBe(2 * HOUR);
    for (const bad of ['0', '25', '720', 'x', '1.5']) {
      process.env.PREVIEW_SESSION_HOURS = bad;
      expect(sessionTtlMs(), bad).toBe(DEFAULT_SESSION_HOURS * HOUR);
    }
  });

  it('needs a PREVIEW_SECRET of 32 characters or more, and says how to make one; unset is preview off', () => {
    expect(previewSecretProblem(undefined)).toBeUndefined();
    expect(previewSecretProblem('')).toBeUndefined();
    expect(previewSecretProblem('x'.repeat(32))).toBeUndefined();
    const problem = previewSecretProblem('x'.repeat(31));
    expect(problem).toMatch(/31 characters; it needs at least 32/);
    expect(problem).toMatch(/openssl rand -hex 32/);
  });
});

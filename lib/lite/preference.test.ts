import { describe, expect, it } from 'vitest';
import { landing, preferenceCookie, safeBack } from './preference';

describe('the lite preference', () => {
  it('sends the reader back only to a path of this site', () => {
    for (const ok of ['/ar', '/en/lite', '/ar/lite/news', '/ar/lite/news?page=2', '/en/news/some-story']) expect(safeBack(ok), ok).toBe(ok);
    for (const bad of ['//evil.example', 'https://evil.example/ar', '/ar//evil', '/fr/lite', '/ar/lite?next=//x', '/ar/<x>', '', null, 42, '/ar/' + 'a'.repeat(600)])
      expect(safeBack(bad), String(bad)).toBeNull();
  });

  it('sets a year-long cookie for "always", clears it for "never"', () => {
    expect(preferenceCookie('always')).toMatch(/^sahifa_lite=1; Path=\/; Max-Age=31536000; SameSite=Lax; HttpOnly$/);
    expect(preferenceCookie('never')).toMatch(/^sahifa_lite=; Path=\/; Max-Age=0;/);
  });

  it('lands "full by default" on the full twin of a lite page', () => {
    expect(landing('never', '/ar/lite/news/x')).toBe('/ar/news/x');
    expect(landing('never', '/en/lite')).toBe('/en');
    expect(landing('never', '/en/lite/sports?page=2')).toBe('/en/sports?page=2');
    expect(landing('always', '/en/lite/sports')).toBe('/en/lite/sports');
    expect(landing('always', '/en/sports')).toBe('/en/sports');
  });
});

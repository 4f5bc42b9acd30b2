import { describe, expect, it } from 'vitest';
import { isSiteMedia, optimiserMedia } from './optimiser-source';

describe('optimiserMedia', () => {
  it('names the store picture the optimiser resizes, decoded, without a query', () => {
    expect(optimiserMedia('/media/2026/hospital%20ward.jpg')).toBe('2026/hospital ward.jpg');
    expect(optimiserMedia('/media/x.jpg?v=2')).toBe('x.jpg');
    expect(optimiserMedia('/media/x.jpg#a')).toBe('x.jpg');
  });
  it('leaves other addresses to the optimiser', () => {
    for (const url of [null, '', '/icons/a.png', 'https://elsewhere.example/media/x.jpg', '//elsewhere.example/media/x.jpg', '/mediax/y.jpg']) expect(optimiserMedia(url), String(url)).toBeUndefined();
  });
  it('gives back an address that does not decode as it is (the media route refuses it)', () => {
    expect(optimiserMedia('/media/%E0%A4%A.jpg')).toBe('%E0%A4%A.jpg');
  });
});

describe('isSiteMedia', () => {
  it('knows the site’s own files in public/media, and nothing outside the folder', () => {
    expect(isSiteMedia('og-default.jpg')).toBe(true);
    expect(isSiteMedia('not-there.jpg')).toBe(false);
    expect(isSiteMedia('../icons')).toBe(false);
    expect(isSiteMedia('../../package.json')).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { MEDIA_MAX_BYTES, contentProblem, nameProblem, sniffs } from './media-rules';

const bytes = (...parts: (string | number[])[]) => Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.from(p))));

describe('media rules', () => {
  const real = {
    'image/jpeg': bytes([0xff, 0xd8, 0xff, 0xe0], 'JFIF'),
    'image/png': bytes([0x89], 'PNG\r\n\x1a\n'),
    'image/gif': bytes('GIF87a'),
    'image/webp': bytes('RIFF', [1, 2, 3, 4], 'WEBPVP8 '),
    'image/avif': bytes([0, 0, 0, 0x20], 'ftypavif'),
  };

  it("knows each type by its first bytes, and no type by another's", () => {
    for (const type of Object.keys(real)) {
      for (const [other, otherHead] of Object.entries(real)) expect(sniffs(type, otherHead), `${type} of ${other}`).toBe(type === other);
    }
    expect(sniffs('image/avif', bytes([0, 0, 0, 0x20], 'ftypavis'))).toBe(true); // an AVIF sequence
    expect(sniffs('image/avif', bytes([0, 0, 0, 0x20], 'ftypheic'))).toBe(false);
    expect(sniffs('image/webp', bytes('RIFF', [1, 2, 3, 4], 'WAVEfmt '))).toBe(false);
    expect(sniffs('image/jpeg', bytes([0xff, 0xd8]))).toBe(false);
    expect(sniffs('image/svg+xml', bytes('<svg'))).toBe(false);
  });

  it('says why a picture is left out: its size, its bytes or its name', () => {
    expect(contentProblem('a.jpg', 100, real['image/jpeg'])).toBeUndefined();
    expect(contentProblem('a.JPEG', MEDIA_MAX_BYTES, real['image/jpeg'])).toBeUndefined();
    expect(contentProblem('a.jpg', MEDIA_MAX_BYTES + 1, real['image/jpeg'])).toBe('is 20.0 MB, over the 20 MB limit for a picture: left out');
    expect(contentProblem('a.gif', 100, real['image/png'])).toMatch(/^is not a GIF image, as its extension says/);
    expect(contentProblem('a.svg', 100, bytes('<svg'))).toMatch(/^is not a picture type that is served/);
    expect(nameProblem('2026/12/a b-c_d.jpg')).toBeUndefined();
    expect(nameProblem('صور/مستشفى.jpg')).toBeUndefined();
    for (const bad of ['a$b.jpg', 'a/../b.jpg', "it's.jpg", 'a;b.png', '<x>.gif', 'a\\b.jpg']) expect(nameProblem(bad), bad).toMatch(/^has a name outside the allowed characters/);
  });
});

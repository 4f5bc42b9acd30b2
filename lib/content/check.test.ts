import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkStore } from './check';
import { article, makeStore } from './test-store';

const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]);

describe('checkStore (content:check)', () => {
  it('reports missing images as warnings, with path and field', () => {
    const pub = fs.mkdtempSync(path.join(os.tmpdir(), 'sahifa-public-'));
    fs.mkdirSync(path.join(pub, 'media'));
    fs.writeFileSync(path.join(pub, 'media/site.jpg'), 'x');
    fs.writeFileSync(path.join(pub, 'logo.png'), 'x');
    const dir = makeStore({
      'a.json': article({
        id: 'a',
        image: { src: '/media/here.jpg', alt: 'x', width: 10, height: 10 },
        body: [
          { type: 'paragraph', text: 'x' },
          { type: 'image', src: '/media/missing.jpg', alt: 'y', width: 10, height: 10 },
          { type: 'image', src: '/media/site.jpg', alt: 'y', width: 10, height: 10 },
          { type: 'image', src: '/logo.png', alt: 'y', width: 10, height: 10 },
          { type: 'image', src: '/gone.png', alt: 'y', width: 10, height: 10 },
        ],
      }),
    });
    fs.mkdirSync(path.join(dir, 'media'));
    fs.writeFileSync(path.join(dir, 'media/here.jpg'), JPEG);
    expect(checkStore(dir, pub)).toEqual([
      { file: 'articles/a.json', field: 'body.1.src', reason: "names /media/missing.jpg, which is neither in the store's media/ folder nor in public/", level: 'warning' },
      { file: 'articles/a.json', field: 'body.4.src', reason: 'names /gone.png, which is not in public/', level: 'warning' },
    ]);
  });

  it("warns when an unpublished story's picture is in public/, where anyone can fetch it", () => {
    const pub = fs.mkdtempSync(path.join(os.tmpdir(), 'sahifa-public-'));
    fs.mkdirSync(path.join(pub, 'media'));
    fs.writeFileSync(path.join(pub, 'media/scoop.jpg'), 'x');
    const dir = makeStore({
      'a.json': article({ id: 'a', status: 'draft', image: { src: '/media/scoop.jpg', alt: 'x', width: 10, height: 10 } }),
      'b.json': article({ id: 'b', image: { src: '/media/scoop.jpg', alt: 'x', width: 10, height: 10 } }),
    });
    expect(checkStore(dir, pub)).toEqual([
      { file: 'articles/a.json', field: 'image.src', reason: "names /media/scoop.jpg, which is in public/: anyone can fetch it before the story is published; move it to the store's media/ folder", level: 'warning' },
    ]);
  });

  it("reports each store picture that would not be served, with its path and reason: not its type's bytes, over the size limit, a name outside the allowed characters", () => {
    const img = (src: string) => ({ type: 'image', src, alt: 'x', width: 10, height: 10 });
    const dir = makeStore({
      'a.json': article({
        id: 'a',
        image: { src: '/media/fine.jpg', alt: 'x', width: 10, height: 10 },
        body: [img('/media/photo.png'), img('/media/huge.webp'), img('/media/bad%24name.jpg'), img('/media/anim.gif'), img('/media/still.avif'), img('/media/fine.webp')],
      }),
    });
    const media = path.join(dir, 'media');
    fs.mkdirSync(media);
    fs.writeFileSync(path.join(media, 'fine.jpg'), JPEG);
    fs.writeFileSync(path.join(media, 'photo.png'), JPEG);
    fs.writeFileSync(path.join(media, 'huge.webp'), Buffer.from('RIFF\0\0\0\0WEBPVP8 '));
    fs.truncateSync(path.join(media, 'huge.webp'), 21 * 1024 * 1024);
    fs.writeFileSync(path.join(media, 'bad$name.jpg'), JPEG);
    fs.writeFileSync(path.join(media, 'anim.gif'), 'GIF89a');
    fs.writeFileSync(path.join(media, 'still.avif'), Buffer.from('\0\0\0\x1cftypavif'));
    fs.writeFileSync(path.join(media, 'fine.webp'), Buffer.from('RIFF\0\0\0\0WEBPVP8 '));
    expect(checkStore(dir, os.tmpdir())).toEqual([
      { file: 'media/bad$name.jpg', field: '', level: 'error', reason: expect.stringMatching(/^has a name outside the allowed characters/) },
      { file: 'media/huge.webp', field: '', level: 'error', reason: 'is 21.0 MB, over the 20 MB limit for a picture: left out' },
      { file: 'media/photo.png', field: '', level: 'error', reason: expect.stringMatching(/^is not a PNG image, as its extension says/) },
    ]);
  });

  it('lists errors and warnings of the whole store together', () => {
    const dir = makeStore({ 'a.json': '{', 'b.json': article({ id: 'b', seeAlso: ['gone'] }) });
    const problems = checkStore(dir, os.tmpdir());
    expect(problems.map((p) => [p.file, p.level])).toEqual([
      ['articles/a.json', 'error'],
      ['articles/b.json', 'warning'],
    ]);
  });
});

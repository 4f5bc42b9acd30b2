import { describe, expect, it } from 'vitest';
import { FilesSource } from './files/source';
import { FileStore } from './files/store';
import { mediaOf } from './media';
import { article, makeStore, writeFile } from './test-store';

const NOW = Date.parse('2026-12-01T12:00:00Z');
const readers = (now = NOW) => ({ preview: false, now });
const editors = { preview: true, now: NOW };
const img = (src: string) => ({ src, alt: 'x', width: 10, height: 10 });

function source() {
  const dir = makeStore({
    'live.json': article({ id: 'live', image: img('/media/live.jpg'), body: [{ type: 'paragraph', text: 'x' }, { type: 'image', ...img('/media/inline.jpg') }] }),
    'live-en.json': article({ id: 'live-en', locale: 'en', image: img('/media/shared.jpg') }),
    'draft.json': article({ id: 'draft', status: 'draft', image: img('/media/scoop.jpg') }),
    'draft-shares.json': article({ id: 'draft-shares', status: 'draft', image: img('/media/shared.jpg') }),
    'later.json': article({ id: 'later', publishedAt: '2026-12-01T13:00:00Z', image: img('/media/later%20one.jpg') }),
    'remote.json': article({ id: 'remote', image: img('https://images.example/x.jpg') }),
    'same-id.json': article({ id: 'live', image: img('/media/impostor.jpg') }), // a repeated id: left out
  });
  const store = new FileStore(dir).load();
  return { dir, store, s: new FilesSource(store) };
}

describe('mediaShown', () => {
  it('is true once a story that shows the file is visible, and not before', async () => {
    const { s } = source();
    expect(await s.mediaShown('live.jpg', readers())).toBe(true);
    expect(await s.mediaShown('inline.jpg', readers())).toBe(true); // a picture in the body
    expect(await s.mediaShown('shared.jpg', readers())).toBe(true); // a draft shows it too, but so does a visible story
    expect(await s.mediaShown('scoop.jpg', readers())).toBe(false); // a draft's
    expect(await s.mediaShown('later one.jpg', readers())).toBe(false); // scheduled for 13:00
    expect(await s.mediaShown('later one.jpg', readers(Date.parse('2026-12-01T13:00:00Z')))).toBe(true);
    expect(await s.mediaShown('unused.jpg', readers())).toBe(false); // uploaded before its story: nobody's yet
    expect(await s.mediaShown('impostor.jpg', editors)).toBe(false); // its story is not in the store
  });

  it('is true for editors when any story shows the file, and for no one when none does', async () => {
    const { s } = source();
    expect(await s.mediaShown('scoop.jpg', editors)).toBe(true);
    expect(await s.mediaShown('later one.jpg', editors)).toBe(true);
    expect(await s.mediaShown('unused.jpg', editors)).toBe(false);
  });

  it('follows the store: a story published, an edit that changes or drops a picture', async () => {
    const { dir, store, s } = source();
    writeFile(dir, 'draft.json', article({ id: 'draft', status: 'published', publishedAt: '2026-11-30T00:00:00Z', image: img('/media/scoop.jpg') }));
    store.refreshFile('articles/draft.json');
    expect(await s.mediaShown('scoop.jpg', readers())).toBe(true);
    // Same filing, other picture: swapped in place.
    const live = article({ id: 'live', publishedAt: '2026-01-01T00:00:00Z', image: img('/media/new.jpg') });
    writeFile(dir, 'live.json', { ...live, publishedAt: (store.article('live', editors) as { publishedAt: string }).publishedAt });
    store.refreshFile('articles/live.json');
    expect(await s.mediaShown('live.jpg', readers())).toBe(false);
    expect(await s.mediaShown('inline.jpg', readers())).toBe(false);
    expect(await s.mediaShown('new.jpg', readers())).toBe(true);
  });
});

describe('mediaOf', () => {
  it('lists the /media/ files a story shows, decoded, once each', () => {
    const a = { image: img('/media/a%20b.jpg'), body: [{ type: 'image' as const, ...img('/media/a%20b.jpg') }, { type: 'image' as const, ...img('/media/c.jpg?v=2') }, { type: 'image' as const, ...img('/logo.png') }, { type: 'image' as const, ...img('/media/%E0%A4%A.jpg') }] };
    expect(mediaOf(a)).toEqual(['a b.jpg', 'c.jpg']);
  });
});

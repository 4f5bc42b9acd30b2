// A scheduled story's picture appears when the story does, on a running server, and not
// a moment before. Edits the demo server's store, so it runs with the editing tests.
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { DEMO_DIR, demoStore, reader } from './fixtures';

test('a scheduled story’s picture is a 404 until its time, then public', async ({ request }) => {
  test.setTimeout(120_000);
  const store = demoStore();
  const section = store.sections()[0]!;
  const donor = store.all({}, reader).find((a) => a.image?.src.startsWith('/media/'))!;
  const id = `e2e-scheduled-picture-${Date.now()}`;
  const picture = `${id}.jpg`;
  const at = Date.now() + 20_000;
  fs.copyFileSync(path.join(DEMO_DIR, 'media', donor.image!.src.slice('/media/'.length)), path.join(DEMO_DIR, 'media', picture));
  const file = path.join(DEMO_DIR, 'articles', 'e2e', `${id}.json`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(
    file,
    JSON.stringify({
      id,
      locale: 'en',
      status: 'published',
      section: section.id,
      title: 'A story scheduled a few seconds ahead',
      publishedAt: new Date(at).toISOString(),
      image: { src: `/media/${picture}`, alt: 'A picture kept for the story', width: donor.image!.width, height: donor.image!.height },
      body: [{ type: 'paragraph', text: 'Its picture must wait for it.' }],
    }),
  );
  try {
    // Before its time (the store sees the new file within a few seconds): never a 200.
    const before: number[] = [];
    while (Date.now() < at - 2_000) {
      before.push((await request.get(`/media/${picture}`)).status());
      await new Promise((r) => setTimeout(r, 1_000));
    }
    expect(before.length).toBeGreaterThan(5);
    expect(before.every((s) => s === 404)).toBe(true);
    await expect.poll(async () => (await request.get(`/media/${picture}`)).status(), { timeout: 60_000, intervals: [1_000] }).toBe(200);
    expect((await request.get(`/en/${section.id}/${id}`)).status()).toBe(200);
  } finally {
    fs.rmSync(file, { force: true });
    fs.rmSync(path.join(DEMO_DIR, 'media', picture), { force: true });
  }
});

// PREVIEW_SECRET is the key of every preview session: changing it, or removing it, ends
// them all, though Next's draft cookie stays valid until the next build. Servers of its
// own, restarted with another secret on the same build; desktop project only.
import { expect, test } from '@playwright/test';
import type { Server } from '../scripts/lib/server';
import { demoStore } from './fixtures';
import { send, setCookies } from './http';
import { startApp } from './servers';

test.skip(({ isMobile }) => isMobile, 'HTTP only: once is enough');

const FIRST = 'the-first-secret-0123456789abcdef';
const HTTPS = 'https-secret-0123456789abcdefghij';

test('changing or removing PREVIEW_SECRET ends every session', async () => {
  test.setTimeout(180_000);
  const draft = demoStore().unpublished().find((a) => a.status === 'draft')!;
  const page = `/${draft.locale}/${draft.section}/${draft.id}`;
  let app: Server | undefined;
  try {
    app = await startApp('secret', { PREVIEW_SECRET: FIRST });
    const on = await send(`${app.url}/api/preview`, { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: `secret=${FIRST}&id=${draft.id}` });
    const cookie = [...setCookies(on.headers).values()].map((l) => l.split(';')[0]).join('; ');
    const as = (url: string) => send(`${app!.url}${url}`, { headers: { Cookie: cookie } });
    expect((await as(page)).status).toBe(200);
    expect((await as('/en/preview')).status).toBe(200);
    await app.stop();

    for (const secret of ['a-new-secret-0123456789abcdefghij', '']) {
      app = await startApp('secret', { PREVIEW_SECRET: secret });
      expect((await as(page)).status, `secret "${secret}"`).toBe(404);
      expect((await as('/en/preview')).status, `secret "${secret}"`).toBe(404);
      expect((await as(`/api/preview/version?id=${draft.id}`)).status, `secret "${secret}"`).toBe(401);
      await app.stop();
      app = undefined;
    }
  } finally {
    await app?.stop();
  }
});

test('the session cookie is Secure when the site is on https', async () => {
  test.setTimeout(120_000);
  const draft = demoStore().unpublished()[0]!;
  const app = await startApp('secret-https', { PREVIEW_SECRET: HTTPS, SITE_URL: 'https://sahifa.example' });
  try {
    const on = await send(`${app.url}/api/preview?secret=${HTTPS}&id=${draft.id}`);
    expect(setCookies(on.headers).get('sahifa_preview')).toMatch(/;\s*Secure/i);
  } finally {
    await app.stop();
  }
});

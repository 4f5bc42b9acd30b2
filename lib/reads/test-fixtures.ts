// A tiny content store on disk for the views tests: two visible stories per locale,
// a draft and a scheduled one.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { installPeerStamp } from '@/lib/http/peer-address';

const DAY = 86_400_000;

export const FIXTURE_IDS = {
  arOld: 'ar-older-story',
  arNew: 'ar-newer-story',
  en: 'en-story',
  draft: 'draft-story',
  scheduled: 'scheduled-story',
} as const;

export function makeFileStore(now = Date.now()): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'views-content-'));
  fs.mkdirSync(path.join(root, 'articles'));
  fs.writeFileSync(path.join(root, 'sections.json'), JSON.stringify([{ id: 'news', name: { ar: 'أخبار', en: 'News' } }]));
  const write = (id: string, locale: 'ar' | 'en', publishedAt: number, status = 'published') =>
    fs.writeFileSync(
      path.join(root, 'articles', `${id}.json`),
      JSON.stringify({
        id,
        locale,
        status,
        section: 'news',
        title: `Title of ${id}`,
        publishedAt: new Date(publishedAt).toISOString(),
        body: [{ type: 'paragraph', text: 'Text.' }],
      }),
    );
  write(FIXTURE_IDS.arOld, 'ar', now - 3 * DAY);
  write(FIXTURE_IDS.arNew, 'ar', now - DAY);
  write(FIXTURE_IDS.en, 'en', now - DAY);
  write(FIXTURE_IDS.draft, 'ar', now - DAY, 'draft');
  write(FIXTURE_IDS.scheduled, 'ar', now + DAY);
  return root;
}

export const BROWSER_UA = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/140.0 Safari/537.36';

/**
 * A beacon as a browser sends it (text/plain) over a connection from `socket`: the route
 * finds that address where the server's stamp (lib/http/peer-address.ts) puts it.
 */
export function beacon(body: unknown, socket: string, headers: Record<string, string> = {}): Request {
  return new Request('http://localhost/api/views', {
    method: 'POST',
    headers: { 'content-type': 'text/plain;charset=UTF-8', 'user-agent': BROWSER_UA, [installPeerStamp()]: socket, ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

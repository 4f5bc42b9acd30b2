// What the edge (deploy/nginx.conf in front of `next start`) must do, checked over HTTP on a
// fresh, empty cache: cache what the app marks cacheable, never what belongs to one reader.
import http from 'node:http';
import { gunzipSync } from 'node:zlib';
import type { FileStore } from '../../lib/content/files/store';
import type { Article } from '../../lib/content/types';
import { articlePath } from './bench-pages';

export type Check = { name: string; ok: boolean; detail?: string };
type Res = { status: number; headers: http.IncomingHttpHeaders; body: Buffer };

function get(url: string, headers: Record<string, string> = {}): Promise<Res> {
  return new Promise((resolve, reject) => {
    const req = http.get(url, { headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.setTimeout(30_000, () => req.destroy(new Error(`timeout: ${url}`)));
  });
}

const cacheStatus = (r: Res) => String(r.headers['x-cache-status'] ?? '');
const cookies = (r: Res) => r.headers['set-cookie'] ?? [];
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const summary = (rs: Res[]) => rs.map((r) => `${r.status} ${cacheStatus(r) || '(no X-Cache-Status)'}`).join(', ');

export async function runEdgeChecks(o: { edge: string; secret: string; store: FileStore; section: string; article: Article; stale: boolean }): Promise<Check[]> {
  const out: Check[] = [];
  const check = (name: string, ok: boolean, detail?: string) => out.push({ name, ok, detail });
  const E = o.edge;
  const page = articlePath(o.article);
  const ar = { cookie: 'NEXT_LOCALE=ar' };

  // 1. Cacheable pages: stored on the first request, served from the cache after.
  const first = await get(E + page, ar);
  const storedAt = Date.now();
  const second = await get(E + page, ar);
  check('article: the first request is a MISS, the second a HIT', first.status === 200 && cacheStatus(first) === 'MISS' && cacheStatus(second) === 'HIT', summary([first, second]));

  // 2. Compression: gzip for those who take it (one cached copy), plain text for the others.
  const gz = await get(E + page, { ...ar, 'accept-encoding': 'gzip' });
  const plain = await get(E + page, ar);
  let gzOk = false;
  try {
    gzOk = gz.headers['content-encoding'] === 'gzip' && gunzipSync(gz.body).toString('utf8').includes('</html>');
  } catch {
    /* not gzip */
  }
  const vary = [gz.headers.vary].flat().join(', ').toLowerCase();
  check('gzip: Content-Encoding gzip when accepted, with Vary: Accept-Encoding', gzOk && vary.includes('accept-encoding'), `${gz.headers['content-encoding']}; ${gz.body.length} bytes; vary: ${vary}`);
  check('gzip: plain HTML for a client that does not accept gzip', !plain.headers['content-encoding'] && /^<!doctype html/i.test(plain.body.toString('utf8', 0, 20)), `${plain.body.length} bytes`);

  // 3. The language cookie: set per reader by the edge, never stored with a page nor replayed.
  const none = await get(E + page);
  const other = await get(E + page, { cookie: 'NEXT_LOCALE=en' });
  const same = await get(E + page, ar);
  check(
    'cookie: a cached page sets NEXT_LOCALE only for a reader whose cookie names another language',
    cacheStatus(none) === 'HIT' &&
      cookies(none).length === 1 &&
      cookies(none)[0]!.startsWith('NEXT_LOCALE=ar;') &&
      cookies(other).length === 1 &&
      cookies(other)[0]!.startsWith('NEXT_LOCALE=ar;') &&
      cookies(same).length === 0,
    `no cookie: ${cookies(none).join(' ') || '–'}; en: ${cookies(other).join(' ') || '–'}; ar: ${cookies(same).join(' ') || '–'}`,
  );
  const enPage = `/en/${o.section}`;
  const enFirst = await get(E + enPage, ar); // the app answers with Set-Cookie: NEXT_LOCALE=en
  const enAgain = await get(E + enPage, { cookie: 'NEXT_LOCALE=en' });
  check(
    "cookie: one reader's Set-Cookie is not served to the next",
    enFirst.status === 200 && cookies(enFirst).some((c) => c.startsWith('NEXT_LOCALE=en;')) && cacheStatus(enAgain) === 'HIT' && cookies(enAgain).length === 0,
    `${summary([enFirst, enAgain])}; second: ${cookies(enAgain).join(' ') || 'no Set-Cookie'}`,
  );

  // 4. `/` goes where the cookie says, every time (never answered from the cache).
  const order = [undefined, 'en', 'ar', 'en', undefined];
  const roots = [];
  for (const l of order) roots.push(await get(`${E}/`, l ? { cookie: `NEXT_LOCALE=${l}` } : {}));
  const wanted = order.map((l) => `/${l ?? 'ar'}`);
  const got = roots.map((r) => new URL(String(r.headers.location ?? ''), E).pathname);
  check('/ redirects by NEXT_LOCALE (none, en, ar, en, none)', roots.every((r) => r.status === 307 && cacheStatus(r) !== 'HIT') && got.join() === wanted.join(), got.join(' '));

  // 5. Preview: the draft and session cookies skip the cache both ways; /api/preview is never cached.
  const drafts = o.store.all({}, { preview: true, now: Date.now() }).filter((a) => a.status === 'draft');
  const draft = drafts.find((a) => a.image?.src.startsWith('/media/')) ?? drafts[0];
  const on = `${E}/api/preview?secret=${o.secret}&id=${draft?.id ?? o.article.id}`;
  const p1 = await get(on);
  const p2 = await get(on);
  const draftCookie = cookies(p1).find((c) => c.startsWith('__prerender_bypass='))?.split(';')[0];
  const session = cookies(p1).find((c) => c.startsWith('sahifa_preview='))?.split(';')[0];
  // What an editor's browser sends: both cookies (the draft one alone shows nothing).
  const bypass = draftCookie && session ? `${draftCookie}; ${session}` : undefined;
  check(
    '/api/preview is never cached and hands out the preview cookies each time',
    [p1, p2].every((r) => r.status === 307 && !cacheStatus(r)) && !!bypass && cookies(p2).some((c) => c.startsWith('sahifa_preview=')),
    summary([p1, p2]),
  );
  if (bypass) {
    const pv = { cookie: `${bypass}; NEXT_LOCALE=ar` };
    const cachedWithCookie = await get(E + page, pv);
    const after = await get(E + page, ar);
    check(
      'preview: a cached page is not served to an editor, and the preview copy is not stored',
      cacheStatus(cachedWithCookie) === 'BYPASS' &&
        /no-store/.test(String(cachedWithCookie.headers['cache-control'])) &&
        cacheStatus(after) === 'HIT' &&
        !after.headers['x-robots-tag'],
      `${summary([cachedWithCookie, after])}; editor's Cache-Control: ${cachedWithCookie.headers['cache-control']}`,
    );
    if (draft) {
      const dPath = articlePath(draft);
      const d1 = await get(E + dPath, { cookie: `${bypass}; NEXT_LOCALE=${draft.locale}` });
      const d2 = await get(E + dPath, { cookie: `${bypass}; NEXT_LOCALE=${draft.locale}` });
      const reader = await get(E + dPath, { cookie: `NEXT_LOCALE=${draft.locale}` });
      check(
        'preview: a draft is shown to the editor (never HIT) and stays a 404 for readers',
        d1.status === 200 && d2.status === 200 && cacheStatus(d1) === 'BYPASS' && cacheStatus(d2) === 'BYPASS' && reader.status === 404,
        `editor: ${summary([d1, d2])}; reader: ${summary([reader])}`,
      );
    } else check('preview: a draft is shown to the editor and stays a 404 for readers', true, 'skipped: the store has no draft');
    const picture = draft?.image?.src.startsWith('/media/') ? draft.image.src : undefined;
    if (picture) {
      const r1 = await get(E + picture);
      const ed = await get(E + picture, pv);
      const r2 = await get(E + picture);
      check(
        "preview: an unpublished story's picture is a 404 for readers, before and after an editor fetched it",
        r1.status === 404 && ed.status === 200 && cacheStatus(ed) === 'BYPASS' && r2.status === 404 && cacheStatus(r2) !== 'HIT',
        `reader: ${summary([r1])}; editor: ${summary([ed])}; reader again: ${summary([r2])}`,
      );
    } else check("preview: an unpublished story's picture stays a 404 for readers", true, 'skipped: the draft has no picture');
    const exit1 = await get(`${E}/api/preview/exit`, pv);
    const exit2 = await get(`${E}/api/preview/exit`, pv);
    check('/api/preview/exit is never cached', [exit1, exit2].every((r) => !cacheStatus(r) && r.status < 500), summary([exit1, exit2]));
  } else check('preview: the preview cookies skip the cache', false, 'no __prerender_bypass or sahifa_preview cookie (is PREVIEW_SECRET set on the server?)');

  // 6. Other API routes are passed through, uncached; "load more" JSON is cached like its page.
  const h1 = await get(`${E}/api/health`);
  const h2 = await get(`${E}/api/health`);
  check('/api/health (and the rest of /api/) is never cached', [h1, h2].every((r) => r.status === 200 && !cacheStatus(r)), summary([h1, h2]));
  const more = `${E}/api/sections/ar/${o.section}?page=1`;
  const m1 = await get(more, ar);
  const m2 = await get(more, ar);
  const m3 = bypass ? await get(more, { cookie: `${bypass}; NEXT_LOCALE=ar` }) : undefined;
  check(
    '/api/sections: cached per its s-maxage (MISS, HIT), skipped in preview (BYPASS)',
    cacheStatus(m1) === 'MISS' && cacheStatus(m2) === 'HIT' && (!m3 || cacheStatus(m3) === 'BYPASS'),
    summary([m1, m2, ...(m3 ? [m3] : [])]),
  );

  // 7. Build assets: cached at the edge, immutable for browsers. Stories' pictures: cached at
  //    the edge for its page time only (editors may withdraw them), a minute in browsers.
  const script = /<script[^>]+src="(\/_next\/static\/[^"]+)"/.exec(plain.body.toString('utf8'))?.[1];
  const image = o.article.image?.src.startsWith('/media/') ? o.article.image.src : '/media/og-default.jpg';
  for (const asset of [script, image]) {
    if (!asset) {
      check('assets: a /_next/static script in the page', false, 'none found');
      continue;
    }
    const a1 = await get(E + asset);
    const a2 = await get(E + asset);
    const cc = String(a2.headers['cache-control']);
    const built = asset.startsWith('/_next/') || asset === '/media/og-default.jpg';
    const lifetime = built ? /max-age=31536000/.test(cc) && /immutable/.test(cc) : /s-maxage=30\b/.test(cc) && !/immutable/.test(cc);
    check(
      `assets: ${asset.startsWith('/_next/') ? '/_next/static' : '/media'}/… cached (second HIT), ${built ? 'immutable for a year' : '30 s at the edge, not immutable'}`,
      a1.status === 200 && cacheStatus(a2) === 'HIT' && lifetime,
      `${summary([a1, a2])}; ${cc}`,
    );
  }

  // 8. The lite edition: cached like any page, whatever the reader's "always lite" cookie; for
  //    that reader a full page comes from the app (a private redirect), never from the cache.
  const lite = `/${o.article.locale}/lite/${o.article.section}/${o.article.id}`;
  const l1 = await get(E + lite, ar);
  const l2 = await get(E + lite, { cookie: 'NEXT_LOCALE=ar; sahifa_lite=1' });
  check('lite: a lite page is cached like any page, also for a reader who chose "always lite"', l1.status === 200 && cacheStatus(l1) === 'MISS' && cacheStatus(l2) === 'HIT', summary([l1, l2]));
  const always = { cookie: 'NEXT_LOCALE=ar; sahifa_lite=1' };
  const r1 = await get(E + page, always);
  const r2 = await get(E + page, ar);
  const r3 = await get(`${E}${page}?full=1`, always);
  check(
    'lite: with "always lite" a cached full page redirects to its lite twin (BYPASS), and the redirect is stored for no one',
    r1.status === 307 && cacheStatus(r1) === 'BYPASS' && new URL(String(r1.headers.location), E).pathname === lite && r2.status === 200 && cacheStatus(r2) === 'HIT' && r3.status === 200,
    `${summary([r1, r2, r3])}; location: ${r1.headers.location}`,
  );
  const sd1 = await get(E + page, { ...ar, 'save-data': 'on' });
  const sd2 = await get(E + page, { cookie: 'NEXT_LOCALE=ar; sahifa_sd=1', 'save-data': 'on' });
  const sd3 = await get(E + page, { cookie: 'NEXT_LOCALE=ar; sahifa_sd=1' });
  check(
    'Save-Data: the cached page is the same for all, the edge mirrors the header in the sahifa_sd cookie',
    [sd1, sd2, sd3].every((r) => cacheStatus(r) === 'HIT') &&
      cookies(sd1).some((c) => c.startsWith('sahifa_sd=1;')) &&
      cookies(sd2).length === 0 &&
      cookies(sd3).some((c) => c.startsWith('sahifa_sd=;') && /Max-Age=0/.test(c)),
    `${summary([sd1, sd2, sd3])}; ${[sd1, sd2, sd3].map((r) => cookies(r).join(' ') || '–').join(' | ')}`,
  );
  const w1 = await get(`${E}/serwist/sw.js`);
  const w2 = await get(`${E}/serwist/sw.js`);
  check('the service worker is never cached at the edge, and browsers revalidate it', [w1, w2].every((r) => r.status === 200 && !cacheStatus(r) && /no-cache/.test(String(r.headers['cache-control']))), `${summary([w1, w2])}; ${w2.headers['cache-control']}`);

  // 9. stale-while-revalidate: once s-maxage (30 s) has passed, the stored copy is still
  //    served at once while one background request refreshes it.
  if (o.stale) {
    await sleep(Math.max(0, storedAt + 31_500 - Date.now()));
    const t = Date.now();
    const s1 = await get(E + page, ar);
    const ms = Date.now() - t;
    await sleep(1_500);
    const s2 = await get(E + page, ar);
    check('stale-while-revalidate: after 30 s a STALE copy at once, then a fresh HIT', ['STALE', 'UPDATING'].includes(cacheStatus(s1)) && cacheStatus(s2) === 'HIT', `${summary([s1, s2])}; stale answer in ${ms} ms`);
  }
  return out;
}

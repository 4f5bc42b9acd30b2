// The bytes a reader page costs, gzipped, measured on the production build:
//   npm run test:weight            (starts `next start` itself; needs `npm run build`)
// Sums the HTML and every script, stylesheet and font the page references, and fails
// when a page is over budget or has a render-blocking script, or when the article's
// text is not in the first HTML response. Deterministic: bytes, not time.
// The lite edition (/{locale}/lite…) has budgets of its own, for everything it loads: 15 KB
// for the heaviest story, 20 KB for the front page and a section; and it may load nothing but
// its HTML: no script that runs, no stylesheet file, no font, no image.
import { gzipSync } from 'node:zlib';
import { FileStore } from '../lib/content/files/store';
// @ts-expect-error: a plain .mjs script, without types
import { REDERIVE, RUNTIME, isPatched } from './patch-next.mjs';
import { startServer } from './lib/server';

const KB = 1024;
const BUDGET = { js: 150 * KB, articleHtml: 40 * KB, liteArticle: 15 * KB, liteList: 20 * KB };

type Weight = { page: string; html: number; js: number; css: number; fonts: number; files: number };

const gz = (buf: Buffer) => gzipSync(buf, { level: 6 }).length;

async function get(url: string): Promise<Buffer> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  return Buffer.from(await res.arrayBuffer());
}

async function weigh(base: string, path: string, problems: string[]): Promise<{ w: Weight; html: string }> {
  const html = (await get(base + path)).toString('utf8');
  const w: Weight = { page: path, html: gz(Buffer.from(html)), js: 0, css: 0, fonts: 0, files: 0 };
  const head = html.slice(0, html.indexOf('</head>'));
  for (const tag of head.match(/<script\b[^>]*\bsrc="[^"]+"[^>]*>/g) ?? [])
    if (!/\basync\b|\bdefer\b|type="module"|noModule/i.test(tag)) problems.push(`${path}: render-blocking script ${tag}`);
  // Every script the page loads; polyfills for old browsers (noModule) are not loaded by the browsers we serve.
  const scripts = new Set([...html.matchAll(/<script\b([^>]*)\bsrc="([^"]+)"([^>]*)>/g)].filter((m) => !/noModule/i.test(m[1]! + m[3]!)).map((m) => m[2]!));
  const styles = new Set([...html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => m[1]!));
  for (const s of scripts) {
    w.js += gz(await get(new URL(s, base).href));
    w.files++;
  }
  const fonts = new Set<string>();
  for (const s of styles) {
    const css = await get(new URL(s, base).href);
    w.css += gz(css);
    w.files++;
    // Fonts this page's language uses: the faces its <html> class names.
    for (const m of css.toString('utf8').matchAll(/url\(([^)]+\.woff2)\)/g)) fonts.add(m[1]!.replace(/["']/g, ''));
  }
  const lang = /<html[^>]*lang="(\w+)"/.exec(html)?.[1];
  for (const f of fonts) {
    // Only the files of the locale's main face are counted: a page downloads a face only when its text uses it.
    const arabic = /-arabic|naskh/i.test(f);
    if ((lang === 'ar') !== arabic) continue;
    w.fonts += (await get(new URL(f, new URL(styles.values().next().value ?? '/', base)).href)).length;
  }
  return { w, html };
}

async function main() {
  const problems: string[] = [];
  // The install never fails on another Next release; this check does, so the change is not lost unseen.
  if (!isPatched(process.cwd())) problems.push(`${RUNTIME} is UNPATCHED (the install warned): the budgets assume it. ${REDERIVE}`);
  const server = await startServer();
  try {
    const store = new FileStore().load();
    const reader = { preview: false, now: Date.now() };
    const pages: string[] = ['/ar', '/en'];
    for (const locale of ['ar', 'en'] as const) {
      const section = store.sections()[0]!;
      pages.push(`/${locale}/${section.id}`);
      // The heaviest article of the locale: the longest body.
      const a = [...store.all({ locale: locale }, reader)].sort((x, y) => JSON.stringify(y.body).length - JSON.stringify(x.body).length)[0]!;
      pages.push(`/${locale}/${a.section}/${a.id}`);
    }
    const rows: Weight[] = [];
    const lite: string[] = [];
    for (const locale of ['ar', 'en'] as const) lite.push(`/${locale}/lite`, `/${locale}/lite/${store.sections()[0]!.id}`, pages.find((p) => p.startsWith(`/${locale}/`) && p.split('/').length === 4)!.replace(`/${locale}/`, `/${locale}/lite/`));
    for (const p of lite) {
      const { w, html } = await weigh(server.url, p, problems);
      rows.push(w);
      const total = w.html + w.js + w.css + w.fonts;
      const budget = p.split('/').length === 5 ? BUDGET.liteArticle : BUDGET.liteList;
      if (total > budget) problems.push(`${p}: ${(total / KB).toFixed(1)} KB is over the lite budget of ${budget / KB} KB`);
      const running = [...html.matchAll(/<script\b([^>]*)>/g)].filter((m) => !/type="application\/ld\+json"/.test(m[1]!));
      if (running.length) problems.push(`${p}: a lite page runs a script (${running.length})`);
      if (/<link\b[^>]*rel="(stylesheet|preload|modulepreload)"/.test(html) || /<(img|picture|video|iframe)\b/.test(html) || /@font-face/.test(html))
        problems.push(`${p}: a lite page loads a file (stylesheet, preload, font or image)`);
      if ((html.match(/<style\b/g) ?? []).length !== 1) problems.push(`${p}: a lite page has one inline stylesheet`);
    }
    for (const p of pages) {
      const { w, html } = await weigh(server.url, p, problems);
      rows.push(w);
      if (w.js > BUDGET.js) problems.push(`${p}: ${(w.js / KB).toFixed(1)} KB of JavaScript is over the ${BUDGET.js / KB} KB budget`);
      const id = p.split('/')[3];
      if (id) {
        const a = store.article(id, reader)!;
        if (w.html > BUDGET.articleHtml) problems.push(`${p}: ${(w.html / KB).toFixed(1)} KB of HTML is over the ${BUDGET.articleHtml / KB} KB budget`);
        const first = a.body.find((b) => b.type === 'paragraph');
        const probe = first && first.type === 'paragraph' ? first.text.slice(0, 40) : a.title;
        if (!html.includes(probe.replace(/&/g, '&amp;'))) problems.push(`${p}: the article's text is not in the first HTML response`);
      }
    }
    const kb = (n: number) => (n / KB).toFixed(1).padStart(6);
    console.log('| page | HTML | JS | CSS | fonts | total | files |');
    console.log('|---|---:|---:|---:|---:|---:|---:|');
    for (const r of rows) console.log(`| ${r.page.length > 48 ? r.page.slice(0, 45) + '…' : r.page} | ${kb(r.html)} | ${kb(r.js)} | ${kb(r.css)} | ${kb(r.fonts)} | ${kb(r.html + r.js + r.css + r.fonts)} | ${r.files} |`);
    console.log(
      `(KB, gzipped; fonts are woff2 as served. Budgets: JS ≤ ${BUDGET.js / KB} KB, article HTML ≤ ${BUDGET.articleHtml / KB} KB; lite, everything: article ≤ ${BUDGET.liteArticle / KB} KB, front page and section ≤ ${BUDGET.liteList / KB} KB.)`,
    );
  } finally {
    await server.stop();
  }
  if (problems.length) {
    console.error(problems.join('\n'));
    console.log(`page weight: ${problems.length} failed`);
    process.exit(1);
  }
  console.log('page weight: all pages within budget');
}
main().catch((e) => {
  console.error(e);
  process.exit(1);
});

// Google News sitemap: stories of the last two days.
import { getTranslations } from 'next-intl/server';
import { locales } from '@/i18n/locales';
import { getStore } from '@/lib/content/store';
import { xmlEscape as x } from '@/lib/seo/xml';
import { siteUrl } from '@/lib/site';

export const revalidate = 30;

const TWO_DAYS = 2 * 86_400_000;

export async function GET() {
  const base = siteUrl();
  const now = Date.now();
  const store = getStore();
  const names = Object.fromEntries(await Promise.all(locales.map(async (l) => [l, (await getTranslations({ locale: l, namespace: 'Site' }))('name')] as const)));
  const recent = store.all(undefined, { preview: false, now }).filter((a) => now - a.published <= TWO_DAYS);
  const xml = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">',
    ...recent.map((a) =>
      [
        '<url>',
        `<loc>${x(`${base}/${a.locale}/${a.section}/${a.id}`)}</loc>`,
        '<news:news>',
        `<news:publication><news:name>${x(names[a.locale] ?? '')}</news:name><news:language>${a.locale}</news:language></news:publication>`,
        `<news:publication_date>${x(a.publishedAt)}</news:publication_date>`,
        `<news:title>${x(a.title)}</news:title>`,
        '</news:news>',
        '</url>',
      ].join(''),
    ),
    '</urlset>',
  ].join('\n');
  return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8', 'Cache-Control': 'public, max-age=0, s-maxage=30, stale-while-revalidate=300' } });
}

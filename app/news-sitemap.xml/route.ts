// Google News sitemap: stories of the last two days.
import { getTranslations } from 'next-intl/server';
import { locales } from '@/i18n/locales';
import { recentStories } from '@/lib/loaders/feeds';
import { storyUrl } from '@/lib/paths';
import { xmlResponse } from '@/lib/seo/sitemap';
import { xmlEscape as x } from '@/lib/seo/xml';

export const revalidate = 30;

const TWO_DAYS = 2 * 86_400_000;

export async function GET() {
  const [names, recent] = await Promise.all([
    Promise.all(locales.map(async (l) => [l, (await getTranslations({ locale: l, namespace: 'Site' }))('name')] as const)).then(Object.fromEntries),
    recentStories(TWO_DAYS),
  ]);
  const xml = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">',
    ...recent.map((a) =>
      [
        '<url>',
        `<loc>${x(storyUrl(a))}</loc>`,
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
  return xmlResponse(xml);
}

// Every visible page: home and section feeds in both languages, and every visible story,
// each with its other-language version where one exists.
import type { MetadataRoute } from 'next';
import { locales, otherLocale } from '@/i18n/locales';
import { getStore } from '@/lib/content/store';
import { siteUrl } from '@/lib/site';

export const revalidate = 30;

export default function sitemap(): MetadataRoute.Sitemap {
  const base = siteUrl();
  const store = getStore();
  const reader = { preview: false };
  const both = (path: string) => ({ languages: Object.fromEntries(locales.map((l) => [l, `${base}/${l}${path}`])) });
  const pages: MetadataRoute.Sitemap = [
    ...locales.map((l) => ({ url: `${base}/${l}`, changeFrequency: 'hourly' as const, priority: 1, alternates: both('') })),
    ...store.sections().flatMap((s) => locales.map((l) => ({ url: `${base}/${l}/${s.id}`, changeFrequency: 'hourly' as const, priority: 0.8, alternates: both(`/${s.id}`) }))),
  ];
  const stories = store.all(undefined, reader).map((a) => {
    const t = store.translation(a, reader);
    const url = `${base}/${a.locale}/${a.section}/${a.id}`;
    return {
      url,
      lastModified: new Date(a.updated ?? a.published),
      alternates: t ? { languages: { [a.locale]: url, [otherLocale(a.locale)]: `${base}/${t.locale}/${t.section}/${t.id}` } } : undefined,
    };
  });
  return [...pages, ...stories];
}

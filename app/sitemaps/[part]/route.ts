import { notFound } from 'next/navigation';
import { sitemapSections, sitemapStories } from '@/lib/loaders/feeds';
import { sitemapPart, xmlResponse } from '@/lib/seo/sitemap';

export const revalidate = 30;

export async function GET(_request: Request, { params }: RouteContext<'/sitemaps/[part]'>) {
  const m = /^(0|[1-9][0-9]{0,4})\.xml$/.exec((await params).part);
  if (!m) notFound();
  const part = Number(m[1]);
  if (part === 0) return xmlResponse(sitemapPart(0, await sitemapSections(), []));
  const stories = await sitemapStories(part);
  if (stories.length === 0) notFound();
  return xmlResponse(sitemapPart(part, [], stories));
}

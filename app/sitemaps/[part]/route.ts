import { notFound } from 'next/navigation';
import { sitemapPart, xmlResponse } from '@/lib/seo/sitemap';

export const revalidate = 30;

export async function GET(_request: Request, { params }: RouteContext<'/sitemaps/[part]'>) {
  const m = /^(0|[1-9][0-9]{0,4})\.xml$/.exec((await params).part);
  const xml = m ? sitemapPart(Number(m[1])) : undefined;
  if (!xml) notFound();
  return xmlResponse(xml);
}

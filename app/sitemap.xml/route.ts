import { sitemapIndex, xmlResponse } from '@/lib/seo/sitemap';

export const revalidate = 30;

export function GET() {
  return xmlResponse(sitemapIndex());
}

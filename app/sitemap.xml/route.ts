import { storyParts } from '@/lib/loaders/feeds';
import { sitemapIndex, xmlResponse } from '@/lib/seo/sitemap';

export const revalidate = 30;

export async function GET() {
  return xmlResponse(sitemapIndex(await storyParts()));
}

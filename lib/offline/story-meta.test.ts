import { describe, expect, it } from 'vitest';
import { jsonLd } from '@/lib/seo/structured-data';
import { storyFromHtml } from './story-meta';

const ld = (data: unknown) => `<script type="application/ld+json">${jsonLd(data)}</script>`;

describe('storyFromHtml', () => {
  it('reads the story from the page’s NewsArticle data', () => {
    const html = `<html>${ld([
      { '@type': 'NewsArticle', headline: 'Title </script> <b>', inLanguage: 'en', articleSection: 'Sports', image: ['https://example.org/media/a.jpg'] },
      { '@type': 'BreadcrumbList' },
    ])}</html>`;
    expect(storyFromHtml(html, '/en/sports/a', 5)).toEqual({ url: '/en/sports/a', title: 'Title </script> <b>', locale: 'en', section: 'Sports', image: '/media/a.jpg', at: 5 });
  });

  it('keeps a remote picture’s whole address', () => {
    const html = ld({ '@type': 'NewsArticle', headline: 'ع', inLanguage: 'ar', image: 'https://cdn.example.org/p.jpg' });
    expect(storyFromHtml(html, '/ar/x/y', 1)?.image).toBe('https://cdn.example.org/p.jpg');
  });

  it('finds no story in a page without one (a preview carries none), or with broken data', () => {
    expect(storyFromHtml('<html><h1>Preview</h1></html>', '/ar/x/y', 1)).toBeNull();
    expect(storyFromHtml('<script type="application/ld+json">{broken</script>', '/ar/x/y', 1)).toBeNull();
    expect(storyFromHtml(ld({ '@type': 'WebPage', headline: 'x', inLanguage: 'en' }), '/ar/x/y', 1)).toBeNull();
  });
});

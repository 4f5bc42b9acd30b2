import { describe, expect, it } from 'vitest';
import { fillOfflinePage, groupHidden, groupMarker } from './offline-page';

const shell = `<section ${groupHidden('saved')}><ul>${groupMarker('saved')}</ul></section><section ${groupHidden('recent')}><ul>${groupMarker('recent')}</ul></section>`;

describe('fillOfflinePage', () => {
  it('fills and shows the lists that have stories, and leaves the empty ones hidden', () => {
    const out = fillOfflinePage(shell, { saved: [{ url: '/ar/news/a', title: 'خبر', locale: 'ar', section: 'أخبار', at: 1 }], recent: [] }, 'ar');
    expect(out).toContain('<section id="kept-saved"><ul><li><a href="/ar/news/a">خبر</a> <span class="meta">أخبار</span></li></ul>');
    expect(out).toContain(groupHidden('recent'));
  });

  it('writes titles as text, even ones that look like markup or replacement patterns', () => {
    const out = fillOfflinePage(shell, { saved: [], recent: [{ url: '/en/x/b', title: '<img src=x onerror=alert(1)> $& $\'', locale: 'en', at: 1 }] }, 'ar');
    expect(out).toContain('&lt;img src=x onerror=alert(1)&gt; $&amp; $&#39;');
    expect(out).not.toContain('<img');
  });

  it('marks a story in the other language with its lang and dir', () => {
    const out = fillOfflinePage(shell, { saved: [], recent: [{ url: '/en/x/b', title: 'Story', locale: 'en', at: 1 }] }, 'ar');
    expect(out).toContain('<a href="/en/x/b" lang="en" dir="ltr">Story</a>');
  });
});

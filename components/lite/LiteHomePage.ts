import { html, type Html } from '@/lib/lite/html';
import type { LiteHomeData } from '@/lib/lite/types';
import { LitePage } from './LitePage';
import { LiteStoryList } from './LiteStoryList';

export function LiteHomePage({ data }: { data: LiteHomeData }): Html {
  const { frame } = data;
  return LitePage({
    frame,
    main: html`<h1>${data.heading}</h1>${LiteStoryList({ list: data.newest, locale: frame.locale, testId: 'newest' })}${data.sections.map((list) =>
      LiteStoryList({ list, locale: frame.locale, testId: 'section-block' }),
    )}`,
  });
}

import { html, type Html } from '@/lib/lite/html';
import type { LiteFrame } from '@/lib/lite/types';
import { LiteDocument } from './LiteDocument';
import { LiteFooter } from './LiteFooter';
import { LiteHeader } from './LiteHeader';

/** A lite page: the shared frame around one page's main content. */
export function LitePage({ frame, main }: { frame: LiteFrame; main: Html }): Html {
  return LiteDocument({
    locale: frame.locale,
    dir: frame.dir,
    title: frame.title,
    canonical: frame.canonical,
    body: html`${LiteHeader({ frame })}<main id="main">${main}</main>${LiteFooter({ frame })}`,
  });
}

import { html, type Html } from '@/lib/lite/html';
import type { LiteFrame } from '@/lib/lite/types';

/**
 * The reader's choice, as a plain form (no script): "always lite" sets a cookie that sends
 * full pages to their lite twins; "full by default" clears it. The page itself is cached
 * for everyone, so it offers both rather than showing the current choice.
 */
export function LiteFooter({ frame }: { frame: LiteFrame }): Html {
  const { labels } = frame;
  return html`<footer><form method="post" action="/api/lite" aria-labelledby="pref-title" data-testid="lite-preference"><p id="pref-title"><strong>${labels.prefTitle}</strong></p><input type="hidden" name="back" value="${frame.back}"><button type="submit" name="lite" value="always">${labels.alwaysLite}</button> <button type="submit" name="lite" value="never">${labels.preferFull}</button><p class="meta">${labels.prefNote}</p></form></footer>`;
}

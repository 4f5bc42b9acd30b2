import { html, type Html } from '@/lib/lite/html';
import type { LiteFrame } from '@/lib/lite/types';
import { LitePage } from './LitePage';

export function LiteNotFoundPage({ frame, title, body, home }: { frame: LiteFrame; title: string; body: string; home: string }): Html {
  return LitePage({ frame, main: html`<h1>${title}</h1><p>${body}</p><p><a href="${frame.home}">${home}</a></p>` });
}

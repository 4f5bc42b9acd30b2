import { attr, html, type Html } from '@/lib/lite/html';
import type { LiteTimeData } from '@/lib/lite/types';

/** A time as the full site shows it (relative while fresh); with the Hijri date where the language shows it. */
export function LiteTime({ time, hijriTitle }: { time: LiteTimeData; hijriTitle?: string }): Html {
  return html`<time datetime="${time.iso}" title="${time.full}">${time.label}</time>${
    hijriTitle && time.hijri ? html` <span${attr('title', hijriTitle)}>· ${time.hijri}</span>` : ''
  }`;
}

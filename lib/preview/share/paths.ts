// Where a share link lives, in one place: the page `/{locale}/shared/{token}` (proxy.ts
// answers it before any section lookup; a token has dots, so the service worker never
// takes it for a story to keep), and its pictures `/media/_shared/{token}/{file}` (app/media lets exactly that story's through).
import type { Locale } from '@/i18n/locales';
import { absoluteUrl } from '@/lib/paths';

export const SHARED_SEGMENT = 'shared';
export const SHARED_MEDIA = '_shared';
/** The folder of the ended page's route (app/share-ended/[locale]). */
export const SHARE_ENDED = 'share-ended';

export const sharePath = (locale: Locale, token: string) => `/${locale}/${SHARED_SEGMENT}/${token}`;
export const shareUrl = (locale: Locale, token: string) => absoluteUrl(sharePath(locale, token));

/** A story's picture `/media/<file>` as the shared page shows it. */
export const sharedMediaSrc = (src: string, token: string) => (src.startsWith('/media/') ? `/media/${SHARED_MEDIA}/${token}/${src.slice('/media/'.length)}` : src);

/** The token in a share link's URL or path (any host: the desk may run under another name). */
export function tokenOfUrl(url: string | null | undefined): string | undefined {
  if (!url) return undefined;
  let pathname: string;
  try {
    pathname = new URL(url, 'http://x').pathname;
  } catch {
    return undefined;
  }
  const m = /^\/(?:ar|en)\/shared\/([^/]+)\/?$/.exec(pathname);
  return m?.[1];
}

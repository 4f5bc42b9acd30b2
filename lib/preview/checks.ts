// The warnings that matter before a story goes out: where link previews, search results
// and news surfaces would cut, crop or drop it. Each names the file's field; none blocks
// publishing. Pure: the caller says whether the translation exists.
import type { ArticleSummary, Block } from '@/lib/content/types';

/** The longest headline structured data keeps (schema.org headline, as news surfaces read it). */
export const MAX_HEADLINE = 110;
/** Where search results and link previews cut a description. */
export const MAX_SUMMARY = 160;
/** The narrowest picture link previews and news surfaces take at full size. */
export const MIN_IMAGE_WIDTH = 1200;

export type WarningCode = 'headlineLong' | 'summaryMissing' | 'summaryLong' | 'imageMissing' | 'imageNarrow' | 'altRepeatsCaption' | 'altFileName' | 'titleLatinOnArabic' | 'translationMissing';
export type StoryWarning = { code: WarningCode; field: string; values?: Record<string, number> };

const chars = (s: string) => [...s].length;
const norm = (s: string) => s.normalize('NFKC').toLocaleLowerCase().replace(/[\p{P}\p{S}\s]+/gu, ' ').trim();
/** "IMG_2034.jpg", "photo-1", "DSC0042": what a camera or an upload names a file. */
const FILE_NAME = /^(?:[\w\-.]+\.(?:jpe?g|png|webp|avif|gif|heic)|(?:img|dsc|dscn|photo|image|pic)[\s_-]?\d+)$/i;
const ARABIC = /\p{Script=Arabic}/u;
const LATIN = /\p{Script=Latin}/u;

type Picture = { alt: string; caption?: string; width?: number };

function altWarnings(p: Picture, field: string): StoryWarning[] {
  const alt = p.alt.trim();
  if (FILE_NAME.test(alt)) return [{ code: 'altFileName', field }];
  if (p.caption && norm(alt) === norm(p.caption)) return [{ code: 'altRepeatsCaption', field }];
  return [];
}

export function storyWarnings(a: ArticleSummary & { body?: Block[] }, translationExists: boolean): StoryWarning[] {
  const out: StoryWarning[] = [];
  if (chars(a.title) > MAX_HEADLINE) out.push({ code: 'headlineLong', field: 'title', values: { length: chars(a.title), max: MAX_HEADLINE } });
  if (a.locale === 'ar' && LATIN.test(a.title) && !ARABIC.test(a.title)) out.push({ code: 'titleLatinOnArabic', field: 'title' });
  if (!a.summary) out.push({ code: 'summaryMissing', field: 'summary' });
  else if (chars(a.summary) > MAX_SUMMARY) out.push({ code: 'summaryLong', field: 'summary', values: { length: chars(a.summary), max: MAX_SUMMARY } });
  if (!a.image) out.push({ code: 'imageMissing', field: 'image' });
  else {
    if (a.image.width < MIN_IMAGE_WIDTH) out.push({ code: 'imageNarrow', field: 'image.width', values: { width: a.image.width, min: MIN_IMAGE_WIDTH } });
    out.push(...altWarnings(a.image, 'image.alt'));
  }
  a.body?.forEach((b, i) => {
    if (b.type === 'image') out.push(...altWarnings(b, `body[${i}].alt`));
  });
  if (a.translationOf && !translationExists) out.push({ code: 'translationMissing', field: 'translationOf' });
  return out;
}

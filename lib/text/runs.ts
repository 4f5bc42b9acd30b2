// Splits text into runs of the page's script and runs of the other script, so that a
// Latin name or domain inside Arabic (or Arabic inside English) can be isolated with its
// own lang and dir and keep its order instead of being reordered with its neighbours.

// `whole`: a run that must not be broken across lines (a score or a range of years).
export type Run =
  | { text: string; foreign: false; whole?: true }
  | { text: string; foreign: true; lang: 'ar' | 'en'; dir: 'rtl' | 'ltr' };

const ARABIC = '\\u0600-\\u06FF\\u0750-\\u077F\\u08A0-\\u08FF\\uFB50-\\uFDFF\\uFE70-\\uFEFF';
const LATIN = 'A-Za-z\\u00C0-\\u024F';

// A Latin run: starts and ends with a letter or digit, holds at least one Latin letter,
// and may carry the punctuation that lives inside names, versions and addresses.
const latinRun = new RegExp(`[${LATIN}0-9](?:[${LATIN}0-9 .,'’&+_:/@#%-]*[${LATIN}0-9])?`, 'g');
const hasLatin = new RegExp(`[${LATIN}]`);
// An Arabic run: Arabic letters, with spaces, digits and Arabic punctuation between them.
const arabicRun = new RegExp(`[${ARABIC}](?:[${ARABIC}0-9 ،؛؟.\\-]*[${ARABIC}])?`, 'g');
// A score or a range of numbers: 31-29, 2025–2026. Chromium breaks a line after a hyphen
// between digits (it takes "1234-5678" for part of an address), splitting a score in two.
const numberRange = /[0-9٠-٩]+(?:[-‐‑–][0-9٠-٩]+)+/g;

export function splitRuns(text: string, pageLang: 'ar' | 'en'): Run[] {
  const pattern = pageLang === 'ar' ? latinRun : arabicRun;
  const runs: Run[] = [];
  let last = 0;
  for (const m of text.matchAll(pattern)) {
    const value = m[0];
    if (pageLang === 'ar' && !hasLatin.test(value)) continue; // bare numbers order themselves
    const at = m.index ?? 0;
    if (at > last) runs.push(...ownRuns(text.slice(last, at)));
    runs.push(
      pageLang === 'ar'
        ? { text: value, foreign: true, lang: 'en', dir: 'ltr' }
        : { text: value, foreign: true, lang: 'ar', dir: 'rtl' },
    );
    last = at + value.length;
  }
  if (last < text.length) runs.push(...ownRuns(text.slice(last)));
  return runs;
}

/** Text in the page's script, with its number ranges set apart to be kept whole. */
function ownRuns(text: string): Run[] {
  const runs: Run[] = [];
  let last = 0;
  for (const m of text.matchAll(numberRange)) {
    const at = m.index ?? 0;
    if (at > last) runs.push({ text: text.slice(last, at), foreign: false });
    runs.push({ text: m[0], foreign: false, whole: true });
    last = at + m[0].length;
  }
  if (last < text.length) runs.push({ text: text.slice(last), foreign: false });
  return runs;
}

/** The script a whole string is written in, judged by its letters. */
export function scriptOf(text: string): 'ar' | 'en' {
  const ar = text.match(new RegExp(`[${ARABIC}]`, 'g'))?.length ?? 0;
  const la = text.match(new RegExp(`[${LATIN}]`, 'g'))?.length ?? 0;
  return ar >= la && ar > 0 ? 'ar' : 'en';
}

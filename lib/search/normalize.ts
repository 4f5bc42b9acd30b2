// Folds the ways one word can be written into one spelling, before it is indexed or
// looked up: Arabic without diacritics, tatweel or spelling variants of alef, teh
// marbuta, alef maksura and hamza seats; Latin in lower case without accents; all
// digits Western. Both the index and the query go through here, so they always agree.

// Combining marks (tashkeel, superscript alef, Quranic annotation marks, Latin accents
// once decomposed), tatweel, the small waw/yeh and Quranic signs that are not marks,
// and invisible joiners and direction marks that editors paste inside words.
const STRIP = /[\p{M}\u0640\u06DD\u06DE\u06E5\u06E6\u06E9\u200B-\u200F\u061C\u2060\uFEFF]/gu;

// Characters that only NFKD can simplify: Latin with accents, ligatures, Arabic
// presentation forms, full-width and super/subscript letters. Plain Arabic and ASCII
// text (almost everything) skips the costly normalize() call.
const NEEDS_NFKD = /[\u00A0-\u036F\u1E00-\u1EFF\u2070-\u209F\uFB00-\uFEFE\uFF00-\uFFEF]/;

const LETTERS: Record<string, string> = {
  'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا', 'ٲ': 'ا', 'ٳ': 'ا',
  'ة': 'ه',
  'ى': 'ي', 'ی': 'ي', 'ې': 'ي',
  'ؤ': 'و',
  'ئ': 'ي',
  'ک': 'ك',
};
for (let d = 0; d < 10; d++) {
  LETTERS[String.fromCharCode(0x0660 + d)] = String(d); // Arabic-Indic
  LETTERS[String.fromCharCode(0x06f0 + d)] = String(d); // Extended (Persian, Urdu)
}
const MAPPED = new RegExp(`[${Object.keys(LETTERS).join('')}]`, 'g');

/** The searchable spelling of a text: word boundaries are kept, only letters change. */
export function normalizeText(text: string): string {
  let s = NEEDS_NFKD.test(text) ? text.normalize('NFKD') : text;
  s = s.toLowerCase().replace(STRIP, '');
  return s.replace(MAPPED, (c) => LETTERS[c] ?? c);
}

/** Arabic letters, including the extended and supplement blocks. */
export const ARABIC_LETTER = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF]/;

export function isArabic(word: string): boolean {
  return ARABIC_LETTER.test(word.charAt(0));
}

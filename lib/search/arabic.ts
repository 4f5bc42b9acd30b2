// A light Arabic stemmer for already-normalised words (see normalize.ts): only the
// prefixes a reader leaves off or adds when typing, never suffixes or roots.
//
// A word has one canonical form, without the article and the letters fused to it
// (ال وال بال فال كال لل …). Single attached letters (و ف, then ب ل ك) are ambiguous:
// the ب of «باكستان» is part of the name, the ب of «بباكستان» is not. So instead of
// guessing, the index also stores the forms with those letters taken off, and a query
// looks up its canonical form and the same shorter forms. «الباكستاني», «باكستاني» and
// «والباكستاني» then all meet on «باكستاني».

/** No prefix is taken off when fewer letters than this would be left. */
export const MIN_STEM = 3;

// Longest first: the first one that leaves a long enough stem wins.
const ARTICLES = ['وبال', 'وكال', 'فبال', 'فكال', 'ولل', 'فلل', 'وال', 'فال', 'بال', 'كال', 'لل', 'ال'];
const CONJUNCTIONS = 'وف';
const PREPOSITIONS = 'بلك';

/** The word without the article and what is fused to it. */
export function arabicCanonical(word: string): string {
  for (const p of ARTICLES) {
    if (word.startsWith(p) && word.length - p.length >= MIN_STEM) return word.slice(p.length);
  }
  return word;
}

/** Shorter forms of a canonical word: without a leading و/ف, then without ب/ل/ك. */
export function arabicVariants(canonical: string): string[] {
  const out: string[] = [];
  let rest = canonical;
  if (CONJUNCTIONS.includes(rest.charAt(0)) && rest.length - 1 >= MIN_STEM) {
    rest = rest.slice(1);
    out.push(rest);
  }
  if (PREPOSITIONS.includes(rest.charAt(0)) && rest.length - 1 >= MIN_STEM) out.push(rest.slice(1));
  return out;
}

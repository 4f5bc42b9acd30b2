// A light Arabic stemmer for already-normalised words (see normalize.ts): only the
// prefixes a reader leaves off or adds when typing, never suffixes or roots.
//
// The article is the innermost prefix: what comes before it (و ف ب ك ل) is attached to
// it (وال بال فال كال لل …). So a word that starts with one of those forms has one
// certain stem: «والباكستاني» → «باكستاني». A word without the article may or may not
// start with one attached letter or two (و/ف, then ب/ل/ك): the ب of «باكستان» is part of
// the name, the ب of «بباكستان» is not. Such a word gets the shorter forms too, in the
// index and in the query, and two words match when they share a form:
//   «باكستاني» {باكستاني, اكستاني} meets «الباكستاني» {باكستاني};
//   «بباكستان» {بباكستان, باكستان} meets «باكستان» {باكستان, اكستان}.

/** No prefix is taken off when fewer letters than this would be left. */
export const MIN_STEM = 3;

// Longest first: the first one that leaves a long enough stem wins.
const ARTICLES = ['وبال', 'وكال', 'فبال', 'فكال', 'ولل', 'فلل', 'وال', 'فال', 'بال', 'كال', 'لل', 'ال'];
const CONJUNCTIONS = 'وف';
const PREPOSITIONS = 'بلك';

export type ArabicForms = { term: string; variants: string[] };

export function arabicForms(word: string): ArabicForms {
  for (const p of ARTICLES) {
    if (!word.startsWith(p) || word.length - p.length < MIN_STEM) continue;
    let stem = word.slice(p.length);
    // A stem that itself starts with ال (الالتزام → التزام) loses it too, so that it
    // meets the same word typed without the article (التزام → تزام).
    while (stem.startsWith('ال') && stem.length - 2 >= MIN_STEM) stem = stem.slice(2);
    return { term: stem, variants: [] };
  }
  const variants: string[] = [];
  let rest = word;
  if (CONJUNCTIONS.includes(rest.charAt(0)) && rest.length - 1 >= MIN_STEM) {
    rest = rest.slice(1);
    variants.push(rest);
  }
  if (PREPOSITIONS.includes(rest.charAt(0)) && rest.length - 1 >= MIN_STEM) variants.push(rest.slice(1));
  return { term: word, variants };
}

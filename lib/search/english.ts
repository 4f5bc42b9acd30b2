// A small English suffix stripper for normalised (lower-case, unaccented) words. It does
// not aim at dictionary stems, only at giving the forms a reader may type the same key:
// price, prices, priced, pricing → "pric"; city, cities → "citi"; stop, stopped → "stop".

/** Words shorter than this are left alone; a stem never gets shorter than MIN_STEM. */
const MIN_WORD = 4;
const MIN_STEM = 3;

// Words whose final s is not a plural, and which would collide with another word.
const KEEP = new Set(['news', 'series', 'species', 'always', 'perhaps', 'across', 'whereas']);

const VOWEL = /[aeiouy]/;
// A doubled final consonant left by -ed/-ing (stopped, running), except ll ss zz.
const DOUBLED = /([bdfgkmnprt])\1$/;

export function englishStem(word: string): string {
  let w = word.replace(/['’]s$/, '').replace(/['’]/g, '');
  if (w.length < MIN_WORD || KEEP.has(w) || !/^[a-z]+$/.test(w)) return w;

  let verb = false;
  if (/ie[sd]$/.test(w)) w = w.length - 3 >= 2 ? w.slice(0, -2) : w;
  else if (/(?:s|x|z|ch|sh)es$/.test(w) && w.length - 2 >= MIN_STEM) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(?:ss|us|is)$/.test(w)) w = w.slice(0, -1);
  else {
    const stem = dropVerbEnding(w);
    verb = stem !== w;
    w = stem;
  }

  if (w.length > MIN_STEM) {
    // A final silent e: price/pricing, make/making meet without it. After -ed it is
    // the word's own (agreed → agre, like agree → agre), so it stays.
    if (w.endsWith('e') && !verb) w = w.slice(0, -1);
    // y after a consonant turns to i, as it does before -es/-ed: city/cities, carry/carried.
    else if (/[^aeiou]y$/.test(w)) w = `${w.slice(0, -1)}i`;
  }
  return w;
}

function dropVerbEnding(w: string): string {
  for (const end of ['ing', 'ed']) {
    if (!w.endsWith(end)) continue;
    const stem = w.slice(0, -end.length);
    // "sing", "red", "need": no vowel or too little left means it is no ending.
    if (stem.length < MIN_STEM || !VOWEL.test(stem)) return w;
    return DOUBLED.test(stem) ? stem.slice(0, -1) : stem;
  }
  return w;
}

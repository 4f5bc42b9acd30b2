// Where a search result cuts a story's title and description: the title near 600 px at the
// size results use (about 20 px), the description near 160 characters; both at a word
// boundary, with an ellipsis. Widths are estimated per character class (no font on the
// server): close to what results show, which is itself not fixed.

export const TITLE_PX = 600;
export const DESCRIPTION_CHARS = 160;
const FONT_PX = 20;

/** A character's advance in em, roughly, for a sans-serif at text sizes. */
function em(ch: string): number {
  if (/[\s]/.test(ch)) return 0.28;
  if (/[ilj.,:;'!|ıIf t]/.test(ch)) return 0.3;
  if (/[mwMW@]/.test(ch)) return 0.85;
  if (/[A-Z0-9]/.test(ch)) return 0.65;
  if (/\p{Script=Arabic}/u.test(ch)) return 0.5;
  if (/[\u0300-\u036f\u064b-\u065f\u0670]/.test(ch)) return 0;
  return 0.52;
}

export const textWidthPx = (s: string, px = FONT_PX) => [...s].reduce((w, ch) => w + em(ch) * px, 0);

/** `text` cut where it passes `fits`, at the last word boundary before, with "…". */
function cutWhere(text: string, fits: (s: string) => boolean): string {
  const t = text.replace(/\s+/g, ' ').trim();
  if (fits(t)) return t;
  const chars = [...t];
  let n = chars.length;
  while (n > 0 && !fits(`${chars.slice(0, n).join('')}…`)) n--;
  const head = chars.slice(0, n).join('');
  const space = head.lastIndexOf(' ');
  return `${(space > head.length / 2 ? head.slice(0, space) : head).replace(/[\s,.;:،؛-]+$/u, '')}…`;
}

export const searchTitle = (title: string) => cutWhere(title, (s) => textWidthPx(s) <= TITLE_PX);
export const searchDescription = (text: string) => cutWhere(text, (s) => [...s].length <= DESCRIPTION_CHARS);

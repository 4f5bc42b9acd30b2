/**
 * The optimiser's srcset, cut to the widths a picture really has. next/image lists every
 * configured width up to 1920 whatever the file's own width, and the optimiser never
 * enlarges: a 1200 px picture's 1920w entry is the 1200 px file under another name. Each
 * entry costs ~90 bytes twice (the HTML and the page's hydration data), on pages with
 * dozens of pictures. Keeps every width below the file's and the first at or above it
 * (the whole file); `src` becomes that largest entry.
 */
export function fitSrcSet(srcSet: string, src: string, ownWidth: number): { srcSet: string; src: string } {
  const entries = srcSet.split(', ').map((entry) => {
    const at = entry.lastIndexOf(' ');
    return { url: entry.slice(0, at), w: Number(entry.slice(at + 1).replace(/w$/, '')) };
  });
  // Only a list of width descriptors (`… 360w, … 480w`) is cut; anything else is left as it is.
  if (!entries.length || entries.some((e) => !e.url || !Number.isFinite(e.w) || e.w <= 0)) return { srcSet, src };
  const whole = entries.findIndex((e) => e.w >= ownWidth);
  const kept = whole === -1 ? entries : entries.slice(0, whole + 1);
  return { srcSet: kept.map((e) => `${e.url} ${e.w}w`).join(', '), src: kept[kept.length - 1]!.url };
}

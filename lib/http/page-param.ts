/** A page number from a URL: a positive whole number written plainly, else null. */
export function parsePage(raw: string | null | undefined): number | null {
  if (raw == null || !/^[1-9][0-9]{0,5}$/.test(raw)) return null;
  return Number(raw);
}

/** Stories per section page, for the pages and the "load more" API alike. */
export const SECTION_PAGE_SIZE = 20;

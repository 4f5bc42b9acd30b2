// What a build renders ahead: asked of the content source like any page.
import type { Locale } from '@/i18n/locales';
import { getContentSource } from '@/lib/content/instance';
import { readers } from '@/lib/content/types';

/** The section and id of a locale's newest `n` stories. */
export async function latestIds(locale: Locale, n: number): Promise<{ section: string; id: string }[]> {
  return (await getContentSource().latest({ locale }, n, readers())).map((a) => ({ section: a.section, id: a.id }));
}

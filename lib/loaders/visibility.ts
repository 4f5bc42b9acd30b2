import { draftMode } from 'next/headers';
import { cache } from 'react';
import type { Visibility } from '@/lib/content/types';

/**
 * What this request may see: everything in preview (draft mode), else what readers see,
 * at one `now` for the whole render.
 */
export const requestVisibility = cache(async (): Promise<Visibility> => {
  const { isEnabled } = await draftMode();
  return { preview: isEnabled, now: Date.now() };
});

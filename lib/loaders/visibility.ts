import { cache } from 'react';
import type { Visibility } from '@/lib/content/types';
import { previewActive } from '@/lib/preview/session';

/**
 * What this request may see: everything in an editor's preview (draft mode and a valid
 * session of ours, lib/preview), else what readers see, at one `now` for the whole render.
 */
export const requestVisibility = cache(async (): Promise<Visibility> => {
  return { preview: await previewActive(), now: Date.now() };
});

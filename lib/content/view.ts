import { previewActive } from '@/lib/preview/session';
import type { View } from './types';

/** What the current request may see: everything in an editor's preview (lib/preview), else what readers see. */
export async function currentView(): Promise<View> {
  return { preview: await previewActive(), now: Date.now() };
}

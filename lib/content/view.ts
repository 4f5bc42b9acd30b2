import { draftMode } from 'next/headers';
import type { View } from './types';

/** What the current request may see: everything in preview (draft mode), else what readers see. */
export async function currentView(): Promise<View> {
  const { isEnabled } = await draftMode();
  return { preview: isEnabled, now: Date.now() };
}

// Stories whose times are set from the moment the e2e servers start, never from dates in a
// store: a story "scheduled" in the files becomes published on that date, and every test
// that needed it would fail from then on. scripts/e2e-server.ts writes these into its copy.
import fs from 'node:fs';
import path from 'node:path';

const DAY = 86_400_000;

/** The scheduled story the preview and media tests use: published 30 days after the start. */
export const SCHEDULED = {
  id: 'e2e-scheduled-harbour-lights',
  picture: '/media/e2e-scheduled-harbour-lights.jpg',
  inMs: 30 * DAY,
};

/** `t` as an ISO 8601 date-time with the store's usual offset (+01:00). */
export function isoAt(t: number): string {
  return new Date(t + 3_600_000).toISOString().replace(/\.\d{3}Z$/, '+01:00');
}

/** Writes the scheduled story (and its picture, used by no other story) into `contentDir`. */
export function writeTimedStories(contentDir: string, now = Date.now()): void {
  fs.mkdirSync(path.join(contentDir, 'articles', 'e2e'), { recursive: true });
  fs.mkdirSync(path.join(contentDir, 'media'), { recursive: true });
  fs.copyFileSync(path.resolve('e2e/timed/harbour-lights.jpg'), path.join(contentDir, SCHEDULED.picture));
  const story = {
    id: SCHEDULED.id,
    locale: 'ar',
    status: 'published',
    section: 'news',
    title: 'أضواء جديدة على رصيف الميناء القديم',
    summary: 'تجربة إنارة ليلية على رصيف الصيادين تبدأ الشهر المقبل.',
    publishedAt: isoAt(now + SCHEDULED.inMs),
    image: { src: SCHEDULED.picture, alt: 'رصيف ميناء عند الغسق تحت سماء زرقاء', width: 1200, height: 675 },
    body: [{ type: 'paragraph', text: 'تبدأ البلدية الشهر المقبل تجربة إنارة ليلية على رصيف الصيادين، بمصابيح موفرة للطاقة.' }],
  };
  fs.writeFileSync(path.join(contentDir, 'articles', 'e2e', `${SCHEDULED.id}.json`), JSON.stringify(story, null, 2));
}

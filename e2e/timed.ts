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

const HOUR = 3_600_000;
const paragraph = (text: string) => [{ type: 'paragraph', text }];

/**
 * The fixture store's stories whose age matters (the news sitemap's two days): written with
 * times before the servers' start, newer than every story in e2e/store/articles.
 */
export const FRESH = [
  { id: 'ar-port-night-market', locale: 'ar', section: 'news', agoMs: 2 * HOUR, tags: ['ميناء'], translationOf: 'en-port-night-market', title: 'سوق ليلي جديد على رصيف الميناء', body: paragraph('افتتح سوق ليلي صغير على رصيف الميناء، يفتح من السادسة إلى منتصف الليل.') },
  { id: 'en-port-night-market', locale: 'en', section: 'news', agoMs: 3 * HOUR, translationOf: 'ar-port-night-market', title: 'A night market opens on the harbour quay', body: paragraph('A small night market has opened on the harbour quay, from six until midnight.') },
  { id: 'ar-dirham-steady', locale: 'ar', section: 'economy', agoMs: 26 * HOUR, title: 'سعر صرف الدرهم مستقر أمام الأورو', body: paragraph('بقي سعر صرف الدرهم مستقرا أمام الأورو خلال الأسبوع.') },
  // Older than the news sitemap's two days.
  { id: 'ar-youth-league-final', locale: 'ar', section: 'sports', agoMs: 72 * HOUR, title: 'موعد نهائي دوري الشباب', body: paragraph('حدد موعد المباراة النهائية لدوري الشباب يوم الأحد المقبل.') },
] as const;

/** Writes FRESH into a copy of the fixture store, timed from `now`. */
export function writeFreshStories(contentDir: string, now = Date.now()): void {
  fs.mkdirSync(path.join(contentDir, 'articles', 'e2e'), { recursive: true });
  for (const { agoMs, ...story } of FRESH) {
    const file = path.join(contentDir, 'articles', 'e2e', `${story.id}.json`);
    fs.writeFileSync(file, JSON.stringify({ ...story, status: 'published', publishedAt: isoAt(now - agoMs) }, null, 2));
  }
}

// One test suite for every ContentSource: the files source runs it on a temporary store
// (files/source.test.ts), the PostgreSQL source on a throwaway cluster synced from the
// same kind of store (postgres/source.test.ts). A source passes when it answers every
// question as a reader and an editor expect, whatever it keeps its stories in.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ContentSource } from './source';
import { article, makeStore, writeFile } from './test-store';
import type { Visibility } from './types';

/** A source over the store in `dir`; refresh() makes it see an edit of `file` (as its watcher or sync would). */
export type Opened = { source: ContentSource; refresh(file: string): Promise<void>; close(): Promise<void> };
export type Harness = { open(dir: string): Promise<Opened> };

const at = (h: number) => new Date(Date.UTC(2026, 0, 1, h)).toISOString();
const ms = (h: number) => Date.UTC(2026, 0, 1, h);
/** Readers at 10:00 on the fixture day: the story scheduled for 20:00 is not out yet. */
const NOW = ms(10);
const reader: Visibility = { preview: false, now: NOW };
const editor: Visibility = { preview: true, now: NOW };
const ids = (list: { id: string }[]) => list.map((a) => a.id);

const para = (text: string) => [{ type: 'paragraph', text }];

/** The fixture store's media/ folder: the pictures its stories name (only their first bytes need be real). */
export const fixtureMedia = (): Record<string, Buffer> => ({
  '2026/hospital ward.jpg': Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from('hospital ward')]),
  'secret-plant.jpg': Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xdb]), Buffer.from('secret plant')]),
  'misnamed.png': Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from('a jpeg')]),
});

const bytesOf = async (body: ReadableStream<Uint8Array> | Uint8Array | undefined) => body && Buffer.from(await new Response(body as BodyInit).arrayBuffer());

/** The fixture store: both locales, two sections, drafts, a scheduled story, ties, broken files. */
export function fixtureFiles(): Record<string, unknown> {
  return {
    '2026/01/ar-water.json': article({
      id: 'ar-water', section: 'news', publishedAt: at(1), tags: ['ماء', 'اقتصاد'],
      title: 'الحكومة تعلن خطة جديدة للمياه', summary: 'خطة وطنية لتدبير الموارد المائية.',
      body: para('أعلنت الحكومة اليوم عن خطة جديدة لتحلية مياه البحر في المدن الساحلية.'),
    }),
    '2026/01/ar-dams.json': article({
      id: 'ar-dams', section: 'news', publishedAt: at(2), tags: ['ماء'], seeAlso: ['ar-water', 'ar-ghost'],
      title: 'السدود تمتلئ بعد الأمطار', body: para('ارتفعت نسبة ملء السدود بعد أسبوع من التساقطات.'),
    }),
    '2026/01/ar-match.json': article({
      id: 'ar-match', section: 'sports', publishedAt: at(3), tags: ['كرة'],
      title: 'المنتخب يفوز في المباراة الودية', body: para('فاز المنتخب الوطني بهدفين في مباراة ودية أمام جمهوره.'),
    }),
    '2026/01/ar-hospital.json': article({
      id: 'ar-hospital', section: 'news', publishedAt: at(4), tags: ['صحة'],
      image: { src: '/media/2026/hospital%20ward.jpg', alt: 'جناح المستشفى', width: 1200, height: 675 },
      title: 'افتتاح مستشفى جامعي في أكادير', body: para('يضم المستشفى الجديد أربعمائة سرير وقسما للمستعجلات. وتأمل الأُسَر أن تنتهي أزمة المواعيد.'),
    }),
    // Two stories at the same time: the file's path decides their order.
    '2026/01/ar-tie-a.json': article({ id: 'ar-tie-b', section: 'news', publishedAt: at(5), title: 'خبر أول في الوقت نفسه', body: para('نص قصير.') }),
    '2026/01/ar-tie-b.json': article({ id: 'ar-tie-a', section: 'news', publishedAt: at(5), title: 'خبر ثان في الوقت نفسه', body: para('نص قصير آخر.') }),
    '2026/01/ar-draft.json': article({
      id: 'ar-draft', status: 'draft', section: 'news', publishedAt: at(6), tags: ['ماء'],
      image: { src: '/media/secret-plant.jpg', alt: 'المحطة', width: 1200, height: 675 },
      title: 'مسودة عن محطة التحلية', body: para('مسودة لم تنشر بعد عن محطة التحلية السرية.'),
    }),
    '2026/01/ar-scheduled.json': article({
      id: 'ar-scheduled', section: 'news', publishedAt: at(20), tags: ['ماء'],
      title: 'خبر مبرمج عن محطة التحلية', body: para('سينشر هذا الخبر عن محطة التحلية في المساء.'),
    }),
    '2026/01/en-water.json': article({
      id: 'en-water', locale: 'en', section: 'news', publishedAt: '2026-01-01T01:30:00.000Z', translationOf: 'ar-water', tags: ['water'],
      title: 'Government announces a new water plan', summary: 'A national plan for water.',
      body: para('The government announced new desalination plants for coastal cities and elections next year.'),
    }),
    '2026/01/en-match.json': article({
      id: 'en-match', locale: 'en', section: 'sports', publishedAt: at(3), translationOf: 'ar-match', status: 'draft',
      title: 'The national team wins a friendly', body: para('Two goals in a friendly match.'),
    }),
    '2026/01/en-parliament.json': article({
      id: 'en-parliament', locale: 'en', section: 'news', publishedAt: at(7), tags: ['politics'],
      // A file whose bytes are a JPEG's under a .png name: never served (lib/media/media-rules.ts).
      image: { src: '/media/misnamed.png', alt: 'A chamber', width: 1200, height: 675 },
      title: 'Parliament votes on the election law', body: para('Members of parliament voted on the electoral reform.'),
    }),
    // Broken files: reported, and left out.
    '2026/01/broken-json.json': '{ "id": "half", ',
    '2026/01/no-title.json': (() => { const a = article({ id: 'no-title' }); delete a.title; return a; })(),
    '2026/01/unknown-section.json': article({ id: 'lost', section: 'weather' }),
    '2026/01/zz-repeat.json': article({ id: 'ar-water', title: 'نسخة مكررة' }),
  };
}

export function contentSourceContract(name: string, harness: Harness): void {
  describe(`ContentSource contract: ${name}`, () => {
    let dir: string;
    let opened: Opened;
    let s: ContentSource;
    beforeAll(async () => {
      dir = makeStore(fixtureFiles());
      for (const [rel, bytes] of Object.entries(fixtureMedia())) {
        fs.mkdirSync(path.dirname(path.join(dir, 'media', rel)), { recursive: true });
        fs.writeFileSync(path.join(dir, 'media', rel), bytes);
      }
      opened = await harness.open(dir);
      s = opened.source;
    }, 60_000);
    afterAll(async () => {
      await opened?.close();
    }, 30_000);
    const search = (text: string, vis: Visibility = reader, locale: 'ar' | 'en' = 'ar', page = 1) => s.search({ text, locale, page }, vis);

    it('lists the sections in the editors’ order and says it is healthy', async () => {
      expect((await s.sections()).map((x) => x.id)).toEqual(['news', 'sports']);
      expect((await s.sections())[0]!.name).toEqual({ ar: 'أخبار', en: 'News' });
      expect((await s.health()).ok).toBe(true);
    });

    it('gives a visible story with its body, and nothing readers may not see', async () => {
      const a = await s.article('ar-water', reader);
      expect(a?.title).toBe('الحكومة تعلن خطة جديدة للمياه');
      expect(a?.body).toEqual(para('أعلنت الحكومة اليوم عن خطة جديدة لتحلية مياه البحر في المدن الساحلية.'));
      expect(a?.file).toBe('articles/2026/01/ar-water.json');
      expect(a?.published).toBe(ms(1));
      expect(await s.article('ar-draft', reader)).toBeUndefined();
      expect(await s.article('ar-scheduled', reader)).toBeUndefined();
      expect(await s.article('no-such-story', reader)).toBeUndefined();
      expect((await s.article('ar-draft', editor))?.status).toBe('draft');
      expect((await s.article('ar-scheduled', editor))?.id).toBe('ar-scheduled');
    });

    it('publishes a scheduled story when its time comes, with nothing changed in the store', async () => {
      const later: Visibility = { preview: false, now: ms(20) };
      expect((await s.article('ar-scheduled', later))?.id).toBe('ar-scheduled');
      expect(ids(await s.latest({ locale: 'ar' }, 2, later))).toEqual(['ar-scheduled', 'ar-tie-b']);
      expect(await s.count({ locale: 'ar', section: 'news' }, reader)).toBe(5);
      expect(await s.count({ locale: 'ar', section: 'news' }, later)).toBe(6);
      expect(await s.count({ locale: 'ar' }, later)).toBe(7);
      expect((await s.page({ locale: 'ar', section: 'news' }, 1, 2, later)).total).toBe(6);
    });

    it('lists newest first per locale and section, ties in file order', async () => {
      const news = await s.latest({ locale: 'ar', section: 'news' }, 10, reader);
      expect(ids(news)).toEqual(['ar-tie-b', 'ar-tie-a', 'ar-hospital', 'ar-dams', 'ar-water']);
      expect(ids(await s.latest({ locale: 'en' }, 10, reader))).toEqual(['en-parliament', 'en-water']);
      expect(ids(await s.latest({}, 3, reader))).toEqual(['en-parliament', 'ar-tie-b', 'ar-tie-a']);
      expect(ids(await s.latest({ locale: 'ar' }, 10, editor)).slice(0, 2)).toEqual(['ar-scheduled', 'ar-draft']);
    });

    it("gives each section's newest in one question, as latest() gives them one by one", async () => {
      for (const vis of [reader, editor]) {
        const exclude = ['ar-tie-b'];
        const by = await s.latestBySection({ locale: 'ar', sections: ['news', 'sports', 'nowhere'], exclude }, 2, vis);
        expect([...by.keys()]).toEqual(['news', 'sports', 'nowhere']);
        for (const section of ['news', 'sports', 'nowhere']) expect(ids(by.get(section)!)).toEqual(ids(await s.latest({ locale: 'ar', section, exclude }, 2, vis)));
      }
      expect(ids((await s.latestBySection({ locale: 'ar', sections: ['news'] }, 3, reader)).get('news')!)).toEqual(['ar-tie-b', 'ar-tie-a', 'ar-hospital']);
      expect((await s.latestBySection({ locale: 'ar', sections: ['news'] }, 0, reader)).get('news')).toEqual([]);
    });

    it('leaves out excluded ids and stories before `since`', async () => {
      expect(ids(await s.latest({ locale: 'ar', exclude: ['ar-tie-b', 'ar-hospital'] }, 3, reader))).toEqual(['ar-tie-a', 'ar-match', 'ar-dams']);
      expect(ids(await s.latest({ locale: 'ar', since: ms(3) }, 10, reader))).toEqual(['ar-tie-b', 'ar-tie-a', 'ar-hospital', 'ar-match']);
      expect(await s.count({ locale: 'ar', since: ms(3) }, reader)).toBe(4);
      expect(await s.count({ since: ms(3), exclude: ['ar-match'] }, reader)).toBe(4);
      expect(await s.latest({ locale: 'ar' }, 0, reader)).toEqual([]);
    });

    it('pages a list and counts it', async () => {
      const p1 = await s.page({ locale: 'ar', section: 'news' }, 1, 2, reader);
      expect(ids(p1.items)).toEqual(['ar-tie-b', 'ar-tie-a']);
      expect({ total: p1.total, page: p1.page, pages: p1.pages }).toEqual({ total: 5, page: 1, pages: 3 });
      expect(ids((await s.page({ locale: 'ar', section: 'news' }, 3, 2, reader)).items)).toEqual(['ar-water']);
      expect((await s.page({ locale: 'ar', section: 'news' }, 4, 2, reader)).items).toEqual([]);
      expect(ids((await s.page({ locale: 'ar', section: 'news', exclude: ['ar-tie-b'] }, 1, 2, reader)).items)).toEqual(['ar-tie-a', 'ar-hospital']);
      expect((await s.page({ locale: 'ar', section: 'news' }, 1, 2, editor)).total).toBe(7);
      const empty = await s.page({ locale: 'en', section: 'sports' }, 1, 10, reader);
      expect({ items: empty.items, total: empty.total, pages: empty.pages }).toEqual({ items: [], total: 0, pages: 1 });
      expect(await s.count({ locale: 'ar' }, reader)).toBe(6);
      expect(await s.count({}, reader)).toBe(8);
      expect(await s.count({ section: 'sports' }, editor)).toBe(2);
    });

    it('gives the visible ones of a list of ids, in the order asked (picks, most read)', async () => {
      expect(ids(await s.articles(['ar-match', 'ar-draft', 'ar-water', 'ar-ghost', 'ar-dams'], reader))).toEqual(['ar-match', 'ar-water', 'ar-dams']);
      expect(ids(await s.articles(['ar-draft', 'ar-water'], editor))).toEqual(['ar-draft', 'ar-water']);
      expect(await s.articles([], reader)).toEqual([]);
    });

    it('finds translations both ways, only when visible', async () => {
      const [water, enWater, match] = await s.articles(['ar-water', 'en-water', 'ar-match'], reader);
      const t = await s.translations([water!, enWater!, match!], reader);
      expect(t.get('ar-water')?.id).toBe('en-water');
      expect(t.get('en-water')?.id).toBe('ar-water');
      expect(t.has('ar-match')).toBe(false); // its English version is a draft
      expect((await s.translations([match!], editor)).get('ar-match')?.id).toBe('en-match');
    });

    it('relates stories by shared tags, then section, then time; never the story or its picks', async () => {
      const dams = (await s.article('ar-dams', reader))!;
      const related = await s.related(dams, 3, reader);
      // ar-water shares the tag ماء (but is a pick); ar-hospital and the ties share the section.
      expect(ids(related)).not.toContain('ar-dams');
      expect(ids(related)).not.toContain('ar-water');
      expect(ids(related)).toEqual(['ar-hospital', 'ar-tie-b', 'ar-tie-a']);
      const water = (await s.article('ar-water', reader))!;
      expect(ids(await s.related(water, 2, reader))).toEqual(['ar-dams', 'ar-hospital']);
      // The scheduled and draft stories share ماء, but readers never get them; preview does.
      expect(ids(await s.related(water, 5, reader))).not.toContain('ar-scheduled');
      expect(ids(await s.related(water, 3, editor))).toEqual(['ar-dams', 'ar-draft', 'ar-scheduled']);
      // Too few related: filled with the newest of the locale.
      const match = (await s.article('ar-match', reader))!;
      expect(ids(await s.related(match, 2, reader))).toEqual(['ar-tie-b', 'ar-tie-a']);
    });

    it('says a picture is shown only while a story that shows it is visible', async () => {
      expect(await s.mediaShown('2026/hospital ward.jpg', reader)).toBe(true);
      expect(await s.mediaShown('secret-plant.jpg', reader)).toBe(false);
      expect(await s.mediaShown('secret-plant.jpg', editor)).toBe(true);
      expect(await s.mediaShown('nothing-shows-this.jpg', editor)).toBe(false);
    });

    it("gives a picture's bytes, type, size and time as the store holds them; never a file that is not what its name says", async () => {
      const file = '2026/hospital ward.jpg';
      const m = await s.media(file);
      const st = fs.statSync(path.join(dir, 'media', file));
      expect(m && { type: m.type, size: m.size, mtime: Math.floor(m.mtimeMs) }).toEqual({ type: 'image/jpeg', size: st.size, mtime: Math.floor(st.mtimeMs) });
      expect(await bytesOf(await m!.read())).toEqual(fixtureMedia()[file]);
      const draft = await s.media('secret-plant.jpg');
      await draft?.close();
      expect(draft?.size).toBe(fixtureMedia()['secret-plant.jpg']!.length);
      // A story shows it, but its bytes are not a PNG's: neither source gives it.
      expect(await s.mediaShown('misnamed.png', reader)).toBe(true);
      expect(await s.media('misnamed.png')).toBeUndefined();
      for (const bad of ['nothing-shows-this.jpg', '../sections.json', 'secret-plant.svg', '']) expect(await s.media(bad), bad).toBeUndefined();
    });

    it('lists drafts and scheduled stories for the desk', async () => {
      expect(ids(await s.unpublished(NOW))).toEqual(['ar-scheduled', 'ar-draft', 'en-match']);
      expect(ids(await s.unpublished(ms(21)))).toEqual(['ar-draft', 'en-match']);
    });

    it('reports every broken file with its path, field and reason, and serves the rest', async () => {
      const problems = await s.problems();
      const find = (file: string) => problems.filter((p) => p.file === `articles/2026/01/${file}`);
      expect(find('broken-json.json')).toEqual([expect.objectContaining({ field: '', level: 'error', reason: expect.stringMatching(/not valid JSON/) })]);
      expect(find('no-title.json')).toEqual([expect.objectContaining({ field: 'title', level: 'error', reason: 'is required' })]);
      expect(find('unknown-section.json')).toEqual([expect.objectContaining({ field: 'section', reason: expect.stringMatching(/unknown section "weather"/) })]);
      expect(find('zz-repeat.json')).toEqual([expect.objectContaining({ field: 'id', reason: expect.stringMatching(/repeats the id "ar-water"/) })]);
      expect(find('ar-dams.json')).toEqual([expect.objectContaining({ field: 'seeAlso', level: 'warning' })]);
      expect(await s.article('lost', editor)).toBeUndefined();
      expect((await s.article('ar-water', reader))?.title).toBe('الحكومة تعلن خطة جديدة للمياه');
    });

    describe('search', () => {

      it('folds Arabic spellings: diacritics, tatweel, hamza, ى/ي, ة/ه, the article and attached letters', async () => {
        for (const q of ['الحكومه', 'حكومة', 'الحُكومَة', 'الحكـــومة', 'بالحكومة', 'وحكومة'])
          expect(ids((await search(q)).items), q).toContain('ar-water');
        expect(ids((await search('مستشفي')).items)).toEqual(['ar-hospital']);
        expect(ids((await search('اكادير')).items)).toEqual(['ar-hospital']);
        expect(ids((await search('الاسر')).items)).toEqual(['ar-hospital']);
      });

      it('matches the last word as a prefix, and needs every word', async () => {
        expect(ids((await search('المستشف')).items)).toEqual(['ar-hospital']);
        expect(ids((await search('السدود الأمطار')).items)).toEqual(['ar-dams']);
        // No story has both: any word will do.
        expect(ids((await search('السدود المنتخب')).items).sort()).toEqual(['ar-dams', 'ar-match']);
      });

      it('stems English and keeps the locales apart', async () => {
        expect(ids((await search('elections', reader, 'en')).items)).toEqual(['en-parliament', 'en-water']);
        expect(ids((await search('Parliaments', reader, 'en')).items)).toEqual(['en-parliament']);
        expect(ids((await search('desalinat', reader, 'en')).items)).toEqual(['en-water']);
        expect((await search('government', reader, 'ar')).items).toEqual([]);
      });

      it('puts a title match before a body match, returns whole stories and the words to highlight', async () => {
        const r = await search('الحكومة');
        expect(ids(r.items)[0]).toBe('ar-water');
        expect(r.items[0]!.body).toEqual(para('أعلنت الحكومة اليوم عن خطة جديدة لتحلية مياه البحر في المدن الساحلية.'));
        expect(r.terms).toEqual(['الحكومه']);
        expect({ total: r.total, page: r.page, pages: r.pages }).toEqual({ total: 1, page: 1, pages: 1 });
      });

      it('never gives readers drafts or scheduled stories; preview finds them; time publishes them', async () => {
        expect(ids((await search('التحلية')).items)).toEqual(['ar-water']);
        expect(ids((await search('التحلية', editor)).items).sort()).toEqual(['ar-draft', 'ar-scheduled', 'ar-water']);
        expect(ids((await search('التحلية', { preview: false, now: ms(21) })).items).sort()).toEqual(['ar-scheduled', 'ar-water']);
      });

      it('gives the same results as summaries, for cards, and whole stories, for the search page', async () => {
        for (const [text, vis] of [['خبر', editor], ['التحلية', reader], ['الحكومة', reader]] as const) {
          const whole = await s.search({ text, locale: 'ar', page: 1 }, vis);
          const summaries = await s.searchSummaries({ text, locale: 'ar', page: 1 }, vis);
          expect({ ...summaries, items: ids(summaries.items) }, text).toEqual({ ...whole, items: ids(whole.items) });
          expect(whole.items.every((a) => a.body.length > 0)).toBe(true);
        }
      });

      it('pages results and answers an empty or too long query with nothing', async () => {
        const all = await s.search({ text: 'خبر', locale: 'ar', page: 1, pageSize: 1 }, editor);
        expect(all.total).toBeGreaterThanOrEqual(3);
        expect(all.pages).toBe(all.total);
        const second = await s.search({ text: 'خبر', locale: 'ar', page: 2, pageSize: 1 }, editor);
        expect(second.items).toHaveLength(1);
        expect(second.items[0]!.id).not.toBe(all.items[0]!.id);
        for (const q of ['', '   ', '!!!', 'x'.repeat(500)]) expect((await search(q)).items, q).toEqual([]);
      });
    });

    describe('following edits', () => {
      it('changes a story’s version when its file changes, and serves the new text', async () => {
        const before = await s.version('ar-hospital');
        expect(before).toEqual(expect.any(String));
        expect(await s.version('no-such-story')).toBeUndefined();
        const file = '2026/01/ar-hospital.json';
        const raw = JSON.parse(fs.readFileSync(path.join(dir, 'articles', file), 'utf8')) as Record<string, unknown>;
        // A later mtime and another size: the version must move.
        writeFile(dir, file, { ...raw, title: 'افتتاح مستشفى جامعي حديث في أكادير' });
        fs.utimesSync(path.join(dir, 'articles', file), new Date(), new Date(Date.now() + 5000));
        await opened.refresh(`articles/${file}`);
        expect(await s.version('ar-hospital')).not.toBe(before);
        expect((await s.article('ar-hospital', reader))?.title).toBe('افتتاح مستشفى جامعي حديث في أكادير');
        // Search follows within its recheck time (2 s for the in-memory index).
        await expect.poll(async () => ids((await search('حديث')).items), { timeout: 5000, interval: 250 }).toEqual(['ar-hospital']);
      });

      it('drops a deleted story', async () => {
        fs.rmSync(path.join(dir, 'articles/2026/01/ar-tie-a.json'));
        await opened.refresh('articles/2026/01/ar-tie-a.json');
        expect(await s.article('ar-tie-b', reader)).toBeUndefined();
        expect(ids(await s.latest({ locale: 'ar', section: 'news' }, 2, reader))).toEqual(['ar-tie-a', 'ar-hospital']);
        expect(await s.count({ locale: 'ar', section: 'news' }, reader)).toBe(4);
        expect(await s.count({ locale: 'ar', section: 'news' }, editor)).toBe(6);
      });

      it('keeps the last valid sections while sections.json is broken, and says so in its health', async () => {
        const file = path.join(dir, 'sections.json');
        const good = fs.readFileSync(file, 'utf8');
        const before = (await s.sections()).map((x) => x.id);
        expect(await s.health()).toEqual({ ok: true });
        fs.writeFileSync(file, good.slice(0, Math.floor(good.length / 2))); // caught half-saved
        await opened.refresh('sections.json');
        expect((await s.sections()).map((x) => x.id)).toEqual(before);
        expect(await s.health()).toEqual({ ok: true, detail: expect.stringMatching(/sections\.json/) });
        fs.writeFileSync(file, good);
        await opened.refresh('sections.json');
        expect(await s.health()).toEqual({ ok: true });
      });

      it("serves a picture's new bytes once its file is replaced", async () => {
        const file = path.join(dir, 'media/secret-plant.jpg');
        const next = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe1]), Buffer.from('the plant, retaken')]);
        fs.writeFileSync(file, next);
        fs.utimesSync(file, new Date(), new Date(Date.now() + 5000));
        await opened.refresh('articles/2026/01/ar-draft.json');
        const m = await s.media('secret-plant.jpg');
        expect(m?.size).toBe(next.length);
        expect(await bytesOf(await m!.read())).toEqual(next);
      });

      it('counts a story in its new section after an edit moves it', async () => {
        const file = '2026/01/ar-match.json';
        const raw = JSON.parse(fs.readFileSync(path.join(dir, 'articles', file), 'utf8')) as Record<string, unknown>;
        writeFile(dir, file, { ...raw, section: 'news' });
        fs.utimesSync(path.join(dir, 'articles', file), new Date(), new Date(Date.now() + 5000));
        await opened.refresh(`articles/${file}`);
        expect(await s.count({ locale: 'ar', section: 'news' }, reader)).toBe(5);
        expect(await s.count({ locale: 'ar', section: 'sports' }, reader)).toBe(0);
        expect((await s.page({ locale: 'ar', section: 'sports' }, 1, 10, reader)).total).toBe(0);
        expect(ids((await s.page({ locale: 'ar', section: 'news' }, 3, 2, reader)).items)).toEqual(['ar-water']);
        expect(await s.count({ locale: 'ar' }, reader)).toBe(5);
        expect(await s.count({ locale: 'ar', section: 'news' }, { preview: false, now: ms(20) })).toBe(6);
      });
    });
  });
}

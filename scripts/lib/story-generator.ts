// Synthetic stories for benchmarks and scale tests, one at a time: both locales (about 70%
// Arabic), every section, realistic lengths, tags, editor picks, translations, a few drafts
// and scheduled stories. Deterministic for a seed. content-generate.ts writes them as
// files; bench-archive.ts streams them into PostgreSQL.

export type GeneratedStory = { article: Record<string, unknown> & { id: string; locale: 'ar' | 'en'; publishedAt: string }; published: number };

const words = {
  ar: 'الحكومة المغربية مشروع جديد مدينة الرباط الدار البيضاء طنجة مراكش أكادير فاس وزارة الصحة التعليم الاقتصاد الوطني البرلمان المجلس الجهوي الفلاحة الماء الطاقة الشمسية الرياح الميناء القطار السريع المنتخب الوطني البطولة الاحترافية الملعب المهرجان السينما الموسيقى الفنان المعرض الكتاب الجامعة الطلبة الشباب النساء الأسر الأسعار التضخم الاستثمار الصادرات الواردات السياحة الفنادق المطار الطريق السيار الأمطار الجفاف السدود الزراعة الصيد البحري التكنولوجيا الرقمية المنصة التطبيق الذكاء الاصطناعي الشركات الناشئة البنك المركزي الدرهم الميزانية القانون المحكمة الانتخابات الحزب المعارضة الأغلبية الحوار الاجتماعي النقابات الأجور التقاعد المستشفى الأطباء الدواء التلقيح التغذية الرياضة المدرب اللاعب الهدف المباراة الفوز التعادل الهزيمة القمة الإفريقية العربية الأممية مجلس الأمن القرار الدولي المفاوضات السلام التعاون الشراكة الاتفاقية'.split(' '),
  en: 'government ministry project city council Rabat Casablanca Tangier Marrakech Agadir Fez health education economy parliament region farming water solar wind energy port railway national team league stadium festival cinema music artist exhibition book university students young women families prices inflation investment exports imports tourism hotels airport motorway rain drought dams agriculture fishing technology digital platform app artificial intelligence startups central bank dirham budget law court elections party opposition majority dialogue unions wages pensions hospital doctors medicine vaccination nutrition sport coach player goal match win draw defeat summit African Arab United Nations Security Council resolution talks peace cooperation partnership agreement'.split(' '),
};
const connectors = { ar: ['في', 'على', 'من', 'إلى', 'بعد', 'قبل', 'مع', 'حول', 'خلال', 'و'], en: ['in', 'on', 'of', 'to', 'after', 'before', 'with', 'about', 'during', 'and', 'the', 'a'] };
const latin = ['NovaGrid', 'Qirsh Pay', 'FIFA', 'IMF', 'UNESCO', 'atlaswire.example.com', 'Sawt-Darija', 'OCP', 'CAF'];
const tagPool = { ar: words.ar.slice(0, 60), en: words.en.slice(0, 60) };

export const VOCABULARY = words;

/** Stories one after the other: call next() once per story. */
export function storyGenerator(options: { seed: number; sections: readonly { id: string }[]; now: number; /** Number of the first story (keeps ids apart between generators). */ first?: number }) {
  // A small deterministic PRNG (mulberry32), so the same seed gives the same store.
  let state = options.seed >>> 0 || 1;
  function rand(): number {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const between = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));

  function sentence(locale: 'ar' | 'en', min: number, max: number): string {
    const n = between(min, max);
    const parts: string[] = [];
    for (let i = 0; i < n; i++) {
      const r = rand();
      if (r < 0.25) parts.push(pick(connectors[locale]));
      else if (r < 0.28) parts.push(pick(latin));
      else if (r < 0.31) parts.push(String(between(2, 2030)));
      else parts.push(pick(words[locale]));
    }
    const s = parts.join(' ');
    return locale === 'en' ? s[0]!.toUpperCase() + s.slice(1) + '.' : s + '.';
  }
  const paragraph = (locale: 'ar' | 'en') => Array.from({ length: between(2, 5) }, () => sentence(locale, 10, 24)).join(' ');

  const { sections, now } = options;
  const span = 365 * 86_400_000;
  const ids: { id: string; locale: 'ar' | 'en' }[] = [];
  const arabic: string[] = [];
  let i = options.first ?? 0;

  return function next(): GeneratedStory {
    const locale: 'ar' | 'en' = rand() < 0.7 ? 'ar' : 'en';
    const id = `story-${locale}-${i.toString(36)}-${between(100, 999)}`;
    i++;
    // Spread over the past year; about 1% scheduled in the coming weeks.
    const scheduled = rand() < 0.01;
    const published = scheduled ? now + between(1, 30) * 86_400_000 : now - Math.floor(rand() * span);
    const date = new Date(published);
    const body: unknown[] = [];
    const blocks = between(5, 18);
    for (let b = 0; b < blocks; b++) {
      const r = rand();
      if (b > 2 && r < 0.1) body.push({ type: 'heading', text: sentence(locale, 3, 8).slice(0, -1) });
      else if (r < 0.16) body.push({ type: 'quote', text: sentence(locale, 8, 20), cite: pick(words[locale]) });
      else if (r < 0.2) body.push({ type: 'list', ordered: rand() < 0.5, items: Array.from({ length: between(2, 5) }, () => sentence(locale, 4, 10)) });
      else body.push({ type: 'paragraph', text: paragraph(locale) });
    }
    // (The Arabic ids in order: the same as filtering every id by locale, without the cost.)
    const translationOf = locale === 'en' && ids.length && rand() < 0.3 ? arabic.at(-1 - between(0, 5)) : undefined;
    const article = {
      id,
      locale,
      status: rand() < 0.02 ? 'draft' : 'published',
      section: pick(sections).id,
      title: sentence(locale, 5, rand() < 0.1 ? 30 : 14).slice(0, 290).replace(/\.$/, ''),
      summary: sentence(locale, 12, 25),
      publishedAt: date.toISOString(),
      ...(rand() < 0.2 ? { updatedAt: new Date(published + between(5, 300) * 60_000).toISOString() } : {}),
      byline: pick(words[locale]),
      dateline: pick(words[locale]),
      image: { src: '/media/og-default.jpg', alt: sentence(locale, 4, 8), caption: sentence(locale, 5, 12), width: 1200, height: 630 },
      body,
      tags: Array.from(new Set(Array.from({ length: between(1, 4) }, () => pick(tagPool[locale])))),
      ...(ids.length > 3 && rand() < 0.3 ? { seeAlso: [pick(ids).id, pick(ids).id].filter((x, j, a) => a.indexOf(x) === j) } : {}),
      ...(rand() < 0.3 ? { source: { name: 'Atlas Wire', url: `https://atlaswire.example.com/${id}` } } : {}),
      ...(translationOf ? { translationOf } : {}),
    };
    ids.push({ id, locale });
    if (locale === 'ar') arabic.push(id);
    return { article, published };
  };
}

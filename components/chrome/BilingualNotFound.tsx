import Link from 'next/link';
import type { NotFoundText } from './NotFoundView';

/** A 404 outside any language (an unknown locale or path): said in both, each with a way home. */
export function BilingualNotFound({ versions }: { versions: readonly { lang: 'ar' | 'en'; dir: 'rtl' | 'ltr'; text: NotFoundText }[] }) {
  return (
    <html lang="ar" dir="rtl">
      <body className="min-h-screen bg-paper text-ink">
        <title>{versions.map((v) => v.text.title).join(' | ')}</title>
        <main className="mx-auto grid max-w-xl gap-8 px-4 py-16">
          {versions.map(({ lang, dir, text }, i) => (
            <section key={lang} lang={lang} dir={dir}>
              {i === 0 ? <h1 className="text-3xl font-bold">{text.title}</h1> : <h2 className="text-3xl font-bold">{text.title}</h2>}
              <p className="mt-2">{text.body}</p>
              <Link href={`/${lang}`} prefetch={false} className="mt-4 inline-flex min-h-11 items-center font-bold text-accent underline">
                {text.home}
              </Link>
            </section>
          ))}
        </main>
      </body>
    </html>
  );
}

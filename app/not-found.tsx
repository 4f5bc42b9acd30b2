import type { Metadata } from 'next';
import Link from 'next/link';
import ar from '@/messages/ar.json';
import en from '@/messages/en.json';
import './globals.css';

export const metadata: Metadata = { title: `${ar.NotFound.title} | ${en.NotFound.title}`, robots: { index: false } };

const versions = [
  { lang: 'ar', dir: 'rtl', t: ar.NotFound },
  { lang: 'en', dir: 'ltr', t: en.NotFound },
] as const;

// Outside any language (an unknown locale or path): say it in both, with a way home.
export default function GlobalNotFound() {
  return (
    <html lang="ar" dir="rtl">
      <body className="min-h-screen bg-paper text-ink">
        <main className="mx-auto grid max-w-xl gap-8 px-4 py-16">
          {versions.map(({ lang, dir, t }, i) => (
            <section key={lang} lang={lang} dir={dir}>
              {i === 0 ? <h1 className="text-3xl font-bold">{t.title}</h1> : <h2 className="text-3xl font-bold">{t.title}</h2>}
              <p className="mt-2">{t.body}</p>
              <Link href={`/${lang}`} className="mt-4 inline-flex min-h-11 items-center font-bold text-accent underline">
                {t.home}
              </Link>
            </section>
          ))}
        </main>
      </body>
    </html>
  );
}

import type { Metadata } from 'next';
import Link from 'next/link';
import ar from '@/messages/ar.json';
import en from '@/messages/en.json';
import './globals.css';

export const metadata: Metadata = { title: `${ar.NotFound.title} | ${en.NotFound.title}`, robots: { index: false } };

// Outside any language (an unknown locale or path): say it in both, with a way home.
export default function GlobalNotFound() {
  return (
    <html lang="ar" dir="rtl">
      <body className="min-h-screen bg-paper text-ink">
        <main className="mx-auto grid max-w-xl gap-8 px-4 py-16">
          <section>
            <h1 className="text-3xl font-bold">{ar.NotFound.title}</h1>
            <p className="mt-2">{ar.NotFound.body}</p>
            <Link href="/ar" className="mt-4 inline-flex min-h-11 items-center font-bold text-accent underline">
              {ar.NotFound.home}
            </Link>
          </section>
          <section lang="en" dir="ltr">
            <h2 className="text-3xl font-bold">{en.NotFound.title}</h2>
            <p className="mt-2">{en.NotFound.body}</p>
            <Link href="/en" className="mt-4 inline-flex min-h-11 items-center font-bold text-accent underline">
              {en.NotFound.home}
            </Link>
          </section>
        </main>
      </body>
    </html>
  );
}

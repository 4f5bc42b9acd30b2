'use client';
// A render error in a page: the reader gets a message in their language (from the
// layout, see ErrorText) and a way to retry or go home. No stack trace is shown.
import { useErrorText } from '@/components/chrome/ErrorText';

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useErrorText();
  if (!t) return null;
  return (
    <main id="main" className="mx-auto max-w-6xl px-4 py-16" data-testid="error-page">
      <h1 className="text-3xl font-bold">{t.title}</h1>
      <p className="mt-3 text-lg text-muted">{t.body}</p>
      <div className="mt-6 flex flex-wrap gap-3">
        <button type="button" onClick={reset} className="min-h-11 rounded-full bg-accent px-6 font-bold text-accent-ink">
          {t.retry}
        </button>
        <a href={t.homeHref} className="inline-flex min-h-11 items-center rounded-full border border-line px-6 font-bold">
          {t.home}
        </a>
      </div>
    </main>
  );
}

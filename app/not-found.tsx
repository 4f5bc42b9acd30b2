import type { Metadata } from 'next';
import { BilingualNotFound } from '@/components/chrome/BilingualNotFound';
import { BOTH_LANGUAGES } from '@/lib/not-found-text';
import './globals.css';

export const metadata: Metadata = { robots: { index: false } };

// Reached only through a layout's notFound() (proxy.ts sends made-up addresses to
// global-not-found): the same page, in both languages.
export default function NotFound() {
  return <BilingualNotFound versions={BOTH_LANGUAGES} />;
}

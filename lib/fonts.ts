// Self-hosted faces (no network at build). Arabic pages use Noto Naskh Arabic, a face
// with real Naskh joining and vowel marks, and its own Latin for the digits and Latin names
// inside them; English pages use Source Serif 4. A page downloads only the files its text needs.
import localFont from 'next/font/local';
import { preload } from 'react-dom';
import { localeConfig, type Locale } from '@/i18n/locales';
import { ARABIC_FONT_FILES } from './arabic-font';

// The Arabic face: see arabic-font.ts.

export const latinFont = localFont({
  src: [
    { path: '../node_modules/@fontsource/source-serif-4/files/source-serif-4-latin-400-normal.woff2', weight: '400', style: 'normal' },
    { path: '../node_modules/@fontsource/source-serif-4/files/source-serif-4-latin-700-normal.woff2', weight: '700', style: 'normal' },
  ],
  variable: '--font-latin',
  // No swap after the first paint: the fallback (Times New Roman metrics) is missing on
  // Android and Linux, so a swap would reflow English text. The next page has the font.
  display: 'optional',
  preload: false,
  fallback: ['Georgia', 'Times New Roman', 'serif'],
  adjustFontFallback: 'Times New Roman',
});

/**
 * Arabic pages ask for both weights of the face's Arabic and Latin files at once, not after the
 * stylesheet: the face is `font-display: optional` (app/globals.css), used only if it is there
 * in time; headlines are bold, and every page has a date.
 */
export function preloadFaces(locale: Locale): void {
  if (localeConfig[locale].preloadFace !== 'arabic') return;
  for (const file of Object.values(ARABIC_FONT_FILES)) preload(file, { as: 'font', type: 'font/woff2', crossOrigin: 'anonymous' });
}

// Self-hosted faces (no network at build). Arabic pages use Noto Naskh Arabic, a face
// with real Naskh joining and vowel marks; Latin runs inside them and English pages use
// Source Serif 4. Neither is preloaded on every page: a page only downloads the files
// its text needs, and the size-adjusted fallbacks keep the swap from shifting layout.
import localFont from 'next/font/local';

export const arabicFont = localFont({
  src: [
    // Cut to the letters our stories use by scripts/fonts-subset.sh: 13 KB a weight, not 53.
    { path: './font-files/noto-naskh-arabic-400.woff2', weight: '400', style: 'normal' },
    { path: './font-files/noto-naskh-arabic-700.woff2', weight: '700', style: 'normal' },
  ],
  variable: '--font-arabic',
  display: 'swap',
  preload: false,
  fallback: ['Noto Naskh Arabic', 'Geeza Pro', 'Tahoma', 'serif'],
  adjustFontFallback: 'Times New Roman',
});

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

/**
 * The Arabic face is declared in app/globals.css (@font-face "Sahifa Naskh"), not through
 * next/font, so that Arabic pages, and only they, can preload its files: its Arabic letters
 * (13 KB a weight) and its Latin ones, for digits, punctuation and Latin names (12 KB a
 * weight), that would otherwise start only after the CSS, too late for the first paint. The
 * file names carry their content's hash (arabic-font.test.ts checks it): cached for good.
 */
export const ARABIC_FONT_FILES = {
  regular: '/fonts/noto-naskh-arabic-400.10c441b000.woff2',
  bold: '/fonts/noto-naskh-arabic-700.c0713613f1.woff2',
  latinRegular: '/fonts/noto-naskh-arabic-latin-400.ec2056faaa.woff2',
  latinBold: '/fonts/noto-naskh-arabic-latin-700.f493b218ed.woff2',
} as const;

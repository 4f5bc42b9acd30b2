import ar from '@/messages/ar.json';
import en from '@/messages/en.json';

/** The not-found text of both languages, for a 404 that belongs to neither. */
export const BOTH_LANGUAGES = [
  { lang: 'ar', dir: 'rtl', text: ar.NotFound },
  { lang: 'en', dir: 'ltr', text: en.NotFound },
] as const;

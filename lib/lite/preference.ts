// The "always lite" choice, as the form on lite pages and the Save-Data offer send it.
import { LITE_COOKIE } from '@/lib/routes';

const YEAR = 60 * 60 * 24 * 365;

/** A path inside a locale of this site (`/ar`, `/en/lite/…`, `…?page=2`), or null: never another host. */
export function safeBack(value: unknown): string | null {
  if (typeof value !== 'string' || value.length > 500) return null;
  return /^\/(ar|en)(\/[a-z0-9-]+)*(\?page=[0-9]{1,6})?$/.test(value) ? value : null;
}

/** The Set-Cookie header for a choice: a year of "always lite", or cleared. */
export function preferenceCookie(choice: 'always' | 'never'): string {
  return choice === 'always' ? `${LITE_COOKIE}=1; Path=/; Max-Age=${YEAR}; SameSite=Lax; HttpOnly` : `${LITE_COOKIE}=; Path=/; Max-Age=0; SameSite=Lax; HttpOnly`;
}

/** Where the reader lands: "full by default" from a lite page goes to that page's full twin. */
export function landing(choice: 'always' | 'never', back: string): string {
  return choice === 'never' ? back.replace(/^\/(ar|en)\/lite(?=\/|\?|$)/, '/$1') : back;
}

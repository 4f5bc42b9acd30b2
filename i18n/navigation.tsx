// Navigation for server components. With every URL carrying its locale (localePrefix
// "always", no translated pathnames) a localized path is simply `/{locale}{path}`.
// next-intl's createNavigation() would do the same, but importing it registers its
// client Link, which brings next-intl's client runtime (~13 KB of JavaScript) into
// every page; this file keeps the same API (Link, getPathname, redirect,
// permanentRedirect) without that cost.
import NextLink from 'next/link';
import { permanentRedirect as nextPermanentRedirect, redirect as nextRedirect } from 'next/navigation';
import { getLocale } from 'next-intl/server';
import type { ComponentProps } from 'react';
import type { Locale } from './locales';
import { localePath } from './paths';

type Href = string | { pathname: string; query?: Record<string, string> };

export function getPathname({ href, locale }: { href: Href; locale: Locale }): string {
  if (typeof href === 'string') return localePath(locale, href);
  const query = href.query ? `?${new URLSearchParams(href.query)}` : '';
  return localePath(locale, href.pathname) + query;
}

export function redirect(to: { href: Href; locale: Locale }): never {
  return nextRedirect(getPathname(to));
}

export function permanentRedirect(to: { href: Href; locale: Locale }): never {
  return nextPermanentRedirect(getPathname(to));
}

type Props = Omit<ComponentProps<typeof NextLink>, 'href' | 'locale'> & { href: Href; locale?: Locale };

/** next/link with the locale prefix: the current request's locale unless one is given. */
export async function Link({ href, locale, ...rest }: Props) {
  return <NextLink href={getPathname({ href, locale: locale ?? ((await getLocale()) as Locale) })} {...rest} />;
}

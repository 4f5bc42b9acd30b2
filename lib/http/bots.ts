// User agents that announce a crawler or a link-preview fetcher. Shared by the beacon
// (which then sends nothing) and the route (which then counts nothing). A headless
// browser is not a bot here: the end-to-end tests read pages with one.
export const BOT_UA = /bot|crawl|spider|slurp|facebookexternalhit|preview/i;

/** No user agent at all is a script, not a reader's browser. */
export const isBotUserAgent = (ua: string | null | undefined): boolean => !ua || BOT_UA.test(ua);

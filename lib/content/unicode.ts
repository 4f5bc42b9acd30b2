// Text no story may hold: a NUL character, or half of a surrogate pair without the other half
// (what a "\ud83d" escape alone decodes to). Neither is ever meant by an editor; PostgreSQL
// stores no NUL in text or jsonb and refuses a lone surrogate in jsonb, so one such story
// would make every sync fail. The schema refuses them (path, field, reason), for both sources.
const NUL = /\u0000/;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const ANY = new RegExp(`${NUL.source}|${LONE_SURROGATE.source}`, 'g');

/** Why `s` cannot be stored, or undefined when it can. */
export function textFault(s: string): string | undefined {
  if (NUL.test(s)) return 'holds a NUL character ("\\u0000"), which text may not contain';
  if (LONE_SURROGATE.test(s)) return 'holds a lone surrogate (e.g. "\\ud83d" without its pair), which is not valid Unicode text';
  return undefined;
}

/** Every string inside `value` that cannot be stored, with its path (as zod gives paths). */
export function textFaults(value: unknown, at: (string | number)[] = []): { path: (string | number)[]; reason: string }[] {
  if (typeof value === 'string') {
    const reason = textFault(value);
    return reason ? [{ path: at, reason }] : [];
  }
  if (Array.isArray(value)) return value.flatMap((v, i) => textFaults(v, [...at, i]));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => [...(textFault(k) ? [{ path: [...at, k], reason: `its name ${textFault(k)!}` }] : []), ...textFaults(v, [...at, k])]);
  return [];
}

/** `s` with such characters replaced by U+FFFD: for messages that quote a file (a problem's reason). */
export const storableText = (s: string): string => s.replace(ANY, '\ufffd');

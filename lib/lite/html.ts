// A tiny HTML writer for the pages that must ship no JavaScript (the lite edition and the
// offline page). React cannot render them: every App Router page carries the framework's
// runtime, and `react-dom/server` is not available to route handlers. So these pages are
// strings, written with `html` below, which escapes every value it is given: text from
// the store can never become markup. Only what `html` itself produced passes through raw.

const SAFE = Symbol('html');

/** Markup that `html` produced (or a trusted constant wrapped with `trusted`). */
export type Html = { readonly [SAFE]: true; readonly value: string };

const wrap = (value: string): Html => ({ [SAFE]: true, value });

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

export type Value = Html | string | number | false | null | undefined | readonly Value[];

function render(v: Value): string {
  if (v === false || v === null || v === undefined) return '';
  if (Array.isArray(v)) return v.map(render).join('');
  if (typeof v === 'object' && SAFE in (v as object)) return (v as Html).value;
  return escapeHtml(String(v));
}

/** html`<p>${text}</p>`: values are escaped, nested html`` is kept, arrays are joined, false/null/undefined print nothing. */
export function html(strings: TemplateStringsArray, ...values: Value[]): Html {
  let out = strings[0]!;
  for (let i = 0; i < values.length; i++) out += render(values[i]!) + strings[i + 1]!;
  return wrap(out);
}

/** A constant written in code (a stylesheet, a comment marker): never for data. */
export function trusted(markup: string): Html {
  return wrap(markup);
}

/** ` name="value"` when the value is set, nothing otherwise. */
export function attr(name: string, value: string | undefined | null | false): Html {
  return value === undefined || value === null || value === false ? wrap('') : wrap(` ${name}="${escapeHtml(value)}"`);
}

export function toString(h: Html): string {
  return h.value;
}

// The lite pages' one stylesheet, inlined: no request, no web font. The colours are the
// full site's (same contrast), the dark ones follow the system. Arabic keeps the full
// site's line height (1.9) and article size (1.125rem) in the system's Arabic face.
// Logical properties only, so one sheet serves both directions.
import { createHash } from 'node:crypto';
import { trusted } from '@/lib/lite/html';

const css = `
:root{color-scheme:light dark;--bg:#fff;--fg:#15171a;--mu:#50565f;--ln:#dcd8d0;--ac:#a1161c}
@media (prefers-color-scheme:dark){:root{--bg:#121417;--fg:#ebe8e3;--mu:#b0b6bf;--ln:#343941;--ac:#ff8f86}}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0 auto;max-inline-size:42rem;padding:0 1rem 2rem;background:var(--bg);color:var(--fg);font:1rem/1.6 Georgia,"Times New Roman",serif;overflow-wrap:break-word}
:lang(ar){font-family:"Noto Naskh Arabic","Noto Sans Arabic","Geeza Pro",Tahoma,"Arabic Typesetting",serif}
:lang(ar) :lang(en){font-family:Georgia,"Times New Roman",serif}
html:lang(ar) body{line-height:1.9}
:lang(ar) :is(em,i,cite,blockquote,q){font-style:normal}
a{color:var(--ac);text-underline-offset:.3em;text-decoration-thickness:1px}
:focus-visible{outline:3px solid var(--ac);outline-offset:2px}
.skip{position:absolute;inset-inline-start:-100vw}
.skip:focus{position:static}
header{border-block-end:4px solid var(--ac);padding-block:.5rem;line-height:1.6}
.brand{font-size:1.75rem;font-weight:700;text-decoration:none}
.brand small{font-size:.875rem;font-weight:400;color:var(--mu);margin-inline-start:.5rem}
.tools,nav ul{display:flex;flex-wrap:wrap;gap:.25rem 1rem;margin:0;padding:0;list-style:none}
.tools a,nav a{display:inline-block;padding-block:.3rem}
[aria-current]{color:var(--fg);font-weight:700}
h1{font-size:1.6rem;line-height:1.4;margin-block:1rem .5rem}
h2{font-size:1.2rem;margin-block:1.75rem .25rem;padding-block-start:.5rem;border-block-start:2px solid var(--fg)}
h2.sub{border:0;padding:0;margin-block:1.5rem .5rem}
.list{margin:0;padding:0;list-style:none}
.list li{padding-block:.5rem;border-block-end:1px solid var(--ln)}
.list a{color:var(--fg);font-weight:700;text-decoration:none;margin-inline-end:.5rem}
.list a:hover,.list a:focus-visible{color:var(--ac);text-decoration:underline}
.list p{margin:.25rem 0 0}
time,.meta{color:var(--mu);font-size:.875rem}
.sum{font-size:1.1rem;color:var(--mu);margin-block:0 .75rem}
.meta{margin-block:.25rem}
.body{font-size:1.125rem}
.dl{color:var(--ac)}
.quote{margin:1rem 0;padding-inline-start:1rem;border-inline-start:4px solid var(--ac)}
.quote blockquote{margin:0;font-weight:700}
.quote p{margin:0}
.quote figcaption{color:var(--mu);font-size:.875rem}
.pic{padding:.5rem .75rem;border:1px dashed var(--ln);font-size:.9rem}
.pic a{font-weight:700;margin-inline-end:.5rem}
.pager{display:flex;flex-wrap:wrap;justify-content:space-between;gap:.5rem;margin-block-start:1rem}
footer{margin-block-start:2.5rem;padding-block-start:1rem;border-block-start:1px solid var(--ln);font-size:.9rem}
button{font:inherit;color:inherit;background:none;border:1px solid var(--ln);border-radius:1rem;padding:.35rem .9rem;margin-block:.25rem;cursor:pointer}
.kept li{padding-block:.35rem}
.nw{white-space:nowrap}
`
  .trim()
  .replace(/\n/g, '');

export const liteStyle = trusted(`<style>${css}</style>`);
/** Its hash, the one stylesheet the lite pages' Content-Security-Policy lets in. */
export const liteStyleHash = `sha256-${createHash('sha256').update(css).digest('base64')}`;

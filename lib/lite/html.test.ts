import { describe, expect, it } from 'vitest';
import { attr, html, toString, trusted } from './html';

describe('html', () => {
  it('escapes every value it is given, so store text never becomes markup', () => {
    const title = '<script>alert("x")</script> & \'quotes\'';
    expect(toString(html`<h1 title="${title}">${title}</h1>`)).toBe(
      '<h1 title="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quotes&#39;">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quotes&#39;</h1>',
    );
  });

  it('keeps nested html, joins arrays and prints nothing for false, null and undefined', () => {
    const items = ['a<b', 'c'].map((t) => html`<li>${t}</li>`);
    expect(toString(html`<ul>${items}</ul>${false}${null}${undefined}${0}`)).toBe('<ul><li>a&lt;b</li><li>c</li></ul>0');
  });

  it('does not trust a plain object that looks like markup', () => {
    const fake = { value: '<b>' } as unknown as string;
    expect(toString(html`${fake}`)).toBe('[object Object]');
  });

  it('writes an attribute only when it has a value', () => {
    expect(toString(html`<a${attr('href', '/x?a=1&b="2"')}${attr('title', undefined)}>`)).toBe('<a href="/x?a=1&amp;b=&quot;2&quot;">');
    expect(toString(trusted('<!--kept-->'))).toBe('<!--kept-->');
  });
});

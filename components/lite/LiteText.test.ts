import { describe, expect, it } from 'vitest';
import { toString } from '@/lib/lite/html';
import { LiteText } from './LiteText';

describe('LiteText', () => {
  it('isolates runs of the other script, keeps a score on one line, and escapes the rest', () => {
    const out = toString(LiteText({ text: 'فاز <فريق> NovaGrid بنتيجة 31-29', locale: 'ar' }));
    expect(out).toBe('فاز &lt;فريق&gt; <bdi lang="en" dir="ltr">NovaGrid</bdi> بنتيجة <span class="nw">31-29</span>');
  });
});

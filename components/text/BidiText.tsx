import { splitRuns } from '@/lib/text/runs';
import type { Locale } from '@/i18n/locales';

/**
 * Text from the store, rendered as text. Runs in the other script get their own
 * lang and dir inside a <bdi>, so that names, domains and quotes keep their order; a score
 * or a range of numbers is kept on one line.
 */
export function BidiText({ text, locale }: { text: string; locale: Locale }) {
  const runs = splitRuns(text, locale);
  if (runs.length === 1 && !runs[0]!.foreign && !runs[0]!.whole) return text;
  return runs.map((run, i) =>
    run.foreign ? (
      <bdi key={i} lang={run.lang} dir={run.dir}>
        {run.text}
      </bdi>
    ) : run.whole ? (
      <span key={i} className="whitespace-nowrap">
        {run.text}
      </span>
    ) : (
      run.text
    ),
  );
}

import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/locales';
import type { StoryWarning } from '@/lib/preview/checks';
import { ReaderViews } from './ReaderViews';
import { ShareForm } from './ShareForm';
import { ShareLinks, type ShareLinkItem } from './ShareLinks';

type ViewsProps = Omit<Parameters<typeof ReaderViews>[0], 'locale' | 'warnings'>;

/** Under the preview banner on a story: share it and its live links; see it where readers will meet it. */
export async function StoryTools({ id, locale, share, warnings, views }: { id: string; locale: Locale; share: { editorName: string; links: ShareLinkItem[] }; warnings: StoryWarning[]; views: ViewsProps }) {
  const t = await getTranslations({ locale, namespace: 'ShareDraft' });
  return (
    <div className="bg-banner text-ink" data-testid="story-tools">
      <div className="mx-auto grid max-w-6xl gap-2 px-4 pb-3 text-sm">
        <details>
          <summary className="min-h-11 cursor-pointer py-2 font-bold">{t('share')}</summary>
          <div className="grid gap-3">
            <ShareForm id={id} locale={locale} editorName={share.editorName} />
            <ShareLinks id={id} links={share.links} locale={locale} />
          </div>
        </details>
        <ReaderViews {...views} warnings={warnings} locale={locale} />
      </div>
    </div>
  );
}

import { useI18n } from '../i18n/i18n-context';
import { COUNTER_ACTIONS, shortcutLabels } from '../model/shortcuts';
import type { MessageKey } from '../i18n/vi';

const LABELS: Record<(typeof COUNTER_ACTIONS)[number], MessageKey> = {
  callNext: 'action.callNext',
  recall: 'action.recall',
  startServing: 'action.startServing',
  finish: 'action.finish',
  noShow: 'action.noShow',
  transfer: 'action.transfer',
  callNumber: 'action.callNumber',
  reactivate: 'action.reactivate',
  pauseOrResume: 'action.pause',
  close: 'action.close',
};

/** Every shortcut at a glance, so nobody has to remember them. */
export function ShortcutLegend() {
  const { t } = useI18n();
  return (
    <section className="panel legend" aria-label={t('action.shortcuts')}>
      <h2>{t('action.shortcuts')}</h2>
      <ul>
        {COUNTER_ACTIONS.filter((a) => shortcutLabels(a) !== '').map((a) => (
          <li key={a}>
            <kbd>{shortcutLabels(a)}</kbd> {t(LABELS[a])}
            {a === 'pauseOrResume' ? ` / ${t('action.resume')}` : ''}
          </li>
        ))}
      </ul>
    </section>
  );
}

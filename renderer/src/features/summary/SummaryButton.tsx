// Renderer: the status bar's way into the day summary, beside the queue's button and shaped like
// it (the same chip), so the day's work is reached from one place at every window size.
import { useTranslation } from 'react-i18next';
import { useStores, useUi } from '../../app/stores-context';
import { CalendarIcon } from '../../ui/icons';

export function SummaryButton() {
  const { ui } = useStores();
  const { t } = useTranslation('summary');
  const current = useUi((s) => s.view === 'summary');
  return (
    <button
      type="button"
      className="outbox outbox--button outbox--empty"
      aria-current={current ? 'page' : undefined}
      onClick={() => ui.getState().openSummary()}
    >
      <CalendarIcon size={18} />
      <span>{t('open')}</span>
    </button>
  );
}

// Renderer: how many write-backs (check-ins paid by pass, later sales) this device still has to
// send, as the button that opens the queue ("Queue" when nothing waits).
import { useTranslation } from 'react-i18next';
import { useStores } from '../../app/stores-context';
import { UploadIcon } from '../../ui/icons';

export function OutboxIndicator({ size }: { size: number }) {
  const { t } = useTranslation('status');
  const { ui } = useStores();
  return (
    <button
      type="button"
      className={`outbox outbox--button${size > 0 ? '' : ' outbox--empty'}`}
      data-outbox={size}
      onClick={() => ui.getState().openQueue()}
    >
      <UploadIcon size={18} />
      <span>{size > 0 ? t('outbox.waiting', { count: size }) : t('outbox.queue')}</span>
    </button>
  );
}

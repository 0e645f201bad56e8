// Renderer: the "High contrast" switch, a toggle button (aria-pressed) for the header and the kiosk.
// An icon with its name for assistive tech and as a tooltip: the header has no room for more words.
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import { Button } from '../../ui/Button';
import { ContrastIcon } from '../../ui/icons';
import { effectiveContrast, type ContrastStore } from './contrast-store';

export function ContrastToggle({ store }: { store: ContrastStore }) {
  const high = useStore(store, (s) => effectiveContrast(s) === 'high');
  const { t } = useTranslation('display');
  return (
    <Button
      variant="ghost"
      icon={<ContrastIcon size={20} />}
      aria-pressed={high}
      aria-label={t('highContrast')}
      title={t('highContrast')}
      onClick={() => store.getState().toggle()}
    />
  );
}

// Renderer: the "High contrast" switch, a toggle button (aria-pressed) for the header and the kiosk.
import { useStore } from 'zustand';
import { Button } from '../../ui/Button';
import { ContrastIcon } from '../../ui/icons';
import { effectiveContrast, type ContrastStore } from './contrast-store';

export function ContrastToggle({ store }: { store: ContrastStore }) {
  const high = useStore(store, (s) => effectiveContrast(s) === 'high');
  return (
    <Button
      variant="ghost"
      icon={<ContrastIcon size={20} />}
      aria-pressed={high}
      onClick={() => store.getState().toggle()}
    >
      High contrast
    </Button>
  );
}

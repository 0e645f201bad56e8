// Renderer: the "High contrast" switch, a toggle button (aria-pressed) for the header and the kiosk.
// An icon with its name for assistive tech and as a tooltip: the header has no room for more words.
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
      aria-label="High contrast"
      title="High contrast"
      onClick={() => store.getState().toggle()}
    />
  );
}

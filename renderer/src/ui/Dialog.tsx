// Renderer: a modal dialog on the native <dialog> (inert background, Esc), with focus kept inside and restored.
import { useEffect, useId, useRef, type KeyboardEvent, type ReactNode, type RefObject } from 'react';

const FOCUSABLE =
  'button:not([disabled]), [href], input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

export interface DialogProps {
  title: ReactNode;
  children?: ReactNode;
  actions: ReactNode;
  /** Esc and the close button call this; the parent decides to unmount. */
  onCancel: () => void;
  /** Where focus starts; by default the first focusable element. Cancel is the safe start for destructive dialogs. */
  initialFocus?: RefObject<HTMLElement | null>;
  tone?: 'default' | 'danger';
}

export function Dialog({ title, children, actions, onCancel, initialFocus, tone = 'default' }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const bodyId = useId();
  // Read the latest onCancel from the listener without re-running the open/close effect.
  const cancelRef = useRef(onCancel);
  useEffect(() => {
    cancelRef.current = onCancel;
  }, [onCancel]);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) dialog.showModal();
    const start = initialFocus?.current ?? dialog.querySelector<HTMLElement>(FOCUSABLE);
    start?.focus();
    return () => {
      if (dialog.open) dialog.close();
      opener?.focus();
    };
  }, [initialFocus]);

  // showModal already makes the page behind inert; this keeps Tab from leaving for the browser's own UI.
  const trapTab = (event: KeyboardEvent<HTMLDialogElement>) => {
    if (event.key !== 'Tab' || !ref.current) return;
    const items = [...ref.current.querySelectorAll<HTMLElement>(FOCUSABLE)];
    const first = items[0];
    const last = items[items.length - 1];
    if (!first || !last) return;
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  };

  return (
    <dialog
      ref={ref}
      className={`dialog dialog--${tone}`}
      aria-modal="true"
      aria-labelledby={titleId}
      aria-describedby={children ? bodyId : undefined}
      onKeyDown={trapTab}
      onCancel={(event) => {
        // Keep React in charge of whether the dialog is open: Esc asks, the parent unmounts.
        event.preventDefault();
        cancelRef.current();
      }}
    >
      <h2 className="dialog__title" id={titleId}>
        {title}
      </h2>
      {children && (
        <div className="dialog__body" id={bodyId}>
          {children}
        </div>
      )}
      <div className="dialog__actions">{actions}</div>
    </dialog>
  );
}

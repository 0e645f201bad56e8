// Renderer: how many write-backs (check-ins paid by pass, later sales) this device still has to send
// to the back end (shown only when any wait).
import { plural } from '../../lib/format';
import { UploadIcon } from '../../ui/icons';

export function OutboxIndicator({ size }: { size: number }) {
  if (size <= 0) return null;
  return (
    <p className="outbox" data-outbox={size}>
      <UploadIcon size={18} />
      <span>{plural(size, 'change', 'changes')} waiting to send</span>
    </p>
  );
}

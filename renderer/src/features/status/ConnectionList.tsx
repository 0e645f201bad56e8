// Renderer: one chip per back end in use — online, offline or unknown — in words as well as colour.
import type { BackendStatus, ConnectionState } from '../../../../shared/domain/backend';
import { BACKEND_LABEL } from '../../lib/backends';

const STATE_TEXT: Record<ConnectionState, string> = {
  online: 'Online',
  offline: 'Offline',
  unknown: 'Connecting…',
};

export function ConnectionList({ backends }: { backends: BackendStatus[] }) {
  if (backends.length === 0) return null;
  return (
    <ul className="conn-list" aria-label="Connections">
      {backends.map((b) => {
        const label = BACKEND_LABEL[b.backend];
        return (
          <li
            key={b.backend}
            className={`conn conn--${b.connection}`}
            data-backend={b.backend}
            data-connection={b.connection}
            title={`${label.product}${b.baseUrl ? ` · ${b.baseUrl}` : ''}`}
          >
            <span className="conn__dot" aria-hidden="true" />
            <span className="conn__name">{label.kind}</span>
            <span className="conn__state">{STATE_TEXT[b.connection]}</span>
          </li>
        );
      })}
    </ul>
  );
}

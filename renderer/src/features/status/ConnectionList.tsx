// Renderer: one chip per back end in use — online, offline or unknown — in words as well as colour.
import { useTranslation } from 'react-i18next';
import type { BackendStatus } from '../../../../shared/domain/backend';
import { BACKEND_LABEL } from '../../lib/backends';

export function ConnectionList({ backends }: { backends: BackendStatus[] }) {
  const { t } = useTranslation('status');
  if (backends.length === 0) return null;
  return (
    <ul className="conn-list" aria-label={t('connection.listLabel')}>
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
            <span className="conn__name">{t(`kind.${b.backend}`)}</span>
            <span className="conn__state">{t(`connection.${b.connection}`)}</span>
          </li>
        );
      })}
    </ul>
  );
}

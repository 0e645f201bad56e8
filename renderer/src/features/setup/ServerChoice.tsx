// Renderer: where the back end lives — Production, Sandbox (Resmark only) or a custom address.
import { useTranslation } from 'react-i18next';
import type { BackendId } from '../../../../shared/domain/backend';
import { BASE_URLS, hostOf } from '../../lib/backends';
import { TextField } from '../../ui/TextField';
import { INPUT_LIMITS } from '../../lib/input-limits';

export type ServerKind = 'production' | 'sandbox' | 'custom';

export function baseUrlFor(backend: BackendId, kind: ServerKind, custom: string): string {
  if (kind === 'custom') return custom.trim();
  return (kind === 'sandbox' ? BASE_URLS[backend].sandbox : undefined) ?? BASE_URLS[backend].production;
}

/** Opening Setup for a connected back end starts from the address it uses now. */
export function serverKindOf(backend: BackendId, url: string | null): { kind: ServerKind; custom: string } {
  if (!url || url === BASE_URLS[backend].production) return { kind: 'production', custom: '' };
  if (url === BASE_URLS[backend].sandbox) return { kind: 'sandbox', custom: '' };
  return { kind: 'custom', custom: url };
}

export function ServerChoice({
  backend,
  kind,
  custom,
  error,
  disabled,
  onKind,
  onCustom,
}: {
  backend: BackendId;
  kind: ServerKind;
  custom: string;
  error?: string;
  disabled: boolean;
  onKind: (kind: ServerKind) => void;
  onCustom: (url: string) => void;
}) {
  const { t } = useTranslation('setup');
  const urls = BASE_URLS[backend];
  const options: { kind: ServerKind; label: string; hint: string }[] = [
    { kind: 'production', label: t('server.production'), hint: hostOf(urls.production) },
    ...(urls.sandbox
      ? [{ kind: 'sandbox' as const, label: t('server.sandbox'), hint: hostOf(urls.sandbox) }]
      : []),
    { kind: 'custom', label: t('server.custom'), hint: t('server.customHint') },
  ];
  return (
    <fieldset className="choice-group" disabled={disabled}>
      <legend className="choice-group__legend">{t('server.legend')}</legend>
      <div className="segmented">
        {options.map((o) => (
          <label key={o.kind} className="segmented__option">
            <input
              type="radio"
              name={`${backend}-server`}
              value={o.kind}
              checked={kind === o.kind}
              onChange={() => onKind(o.kind)}
              aria-describedby={`${backend}-server-${o.kind}`}
            />
            <span className="segmented__label">{o.label}</span>
            <span className="segmented__hint" id={`${backend}-server-${o.kind}`}>
              {o.hint}
            </span>
          </label>
        ))}
      </div>
      {kind === 'custom' && (
        <TextField
          label={t('server.address')}
          type="url"
          maxLength={INPUT_LIMITS.baseUrl}
          inputMode="url"
          placeholder="https://"
          autoComplete="off"
          spellCheck={false}
          value={custom}
          error={error}
          hint={t('server.addressHint')}
          onChange={(e) => onCustom(e.target.value)}
        />
      )}
    </fieldset>
  );
}

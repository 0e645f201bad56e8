// Renderer: the sign-in form for one back end — server, credentials, "Verify and save", mapped errors.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import type { BackendId, BackendStatus } from '../../../../shared/domain/backend';
import { useStores } from '../../app/stores-context';
import { BACKEND_LABEL, hostOf } from '../../lib/backends';
import { Banner } from '../../ui/Banner';
import { Button } from '../../ui/Button';
import { Spinner } from '../../ui/Spinner';
import { TextField } from '../../ui/TextField';
import {
  CREDENTIAL_FIELDS,
  emptyValues,
  toCredentials,
  validate,
  withoutSecrets,
  type Values,
} from './credential-fields';
import { configureErrorText, type ConfigureErrorText } from './setup-errors';
import { ServerChoice, baseUrlFor, serverKindOf, type ServerKind } from './ServerChoice';

export interface CredentialsFormProps {
  backend: BackendId;
  /** The live connection this form would replace, if any. */
  current: BackendStatus | undefined;
  onConnected: (status: BackendStatus) => void;
}

export function CredentialsForm({ backend, current, onConnected }: CredentialsFormProps) {
  const { t } = useTranslation('setup');
  const { status } = useStores();
  const [server, setServer] = useState(() => serverKindOf(backend, current?.baseUrl ?? null));
  // Secrets live only here: never in a store, never sent back by the core. They stay in the form
  // while an attempt runs and after it fails for any reason but a refusal (a network failure must
  // not make staff type the secret again); a refused secret is wiped, since it is the likely typo.
  const [values, setValues] = useState<Values>(() => emptyValues(backend));
  const [fieldErrors, setFieldErrors] = useState<Values>({});
  const [formError, setFormError] = useState<(ConfigureErrorText & { attempt: number }) | null>(null);
  const errorRef = useRef<HTMLDivElement>(null);
  const [busy, setBusy] = useState(false);
  const baseUrl = baseUrlFor(backend, server.kind, server.custom);
  const label = BACKEND_LABEL[backend];

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const errors = validate(backend, baseUrl, values, t);
    setFieldErrors(errors);
    setFormError(null);
    if (Object.keys(errors).length > 0) {
      focusFirstInvalid(event.currentTarget);
      return;
    }
    const credentials = toCredentials(backend, baseUrl, values);
    setBusy(true);
    const result = await status.getState().configure(credentials);
    setBusy(false);
    if (result.ok) {
      onConnected(result.value);
      return;
    }
    if (result.error.code === 'UNAUTHORIZED') setValues((v) => withoutSecrets(backend, v));
    setFormError((previous) => ({
      ...configureErrorText(result.error, backend, baseUrl, t),
      attempt: (previous?.attempt ?? 0) + 1,
    }));
  };

  // Each failed attempt moves focus to its message, so keyboard and screen-reader users hear why.
  useEffect(() => {
    if (formError) errorRef.current?.focus();
  }, [formError]);

  return (
    <form className="credentials" onSubmit={(e) => void submit(e)} noValidate aria-busy={busy}>
      {current && (
        <p className="credentials__current">
          <Trans
            t={t}
            i18nKey="credentials.current"
            values={{ account: current.account ?? t('credentials.unnamedAccount') }}
            components={{ b: <strong /> }}
          />
        </p>
      )}
      <ServerChoice
        backend={backend}
        kind={server.kind}
        custom={server.custom}
        error={fieldErrors.baseUrl}
        disabled={busy}
        onKind={(kind: ServerKind) => setServer((s) => ({ ...s, kind }))}
        onCustom={(custom) => setServer((s) => ({ ...s, custom }))}
      />
      <fieldset className="credentials__fields" disabled={busy}>
        <legend className="visually-hidden">{t('credentials.legend')}</legend>
        {CREDENTIAL_FIELDS[backend].map((f) => (
          <TextField
            key={f.name}
            name={f.name}
            label={t(`fields.${f.name}`)}
            type={f.type}
            autoComplete={f.autoComplete}
            maxLength={f.maxLength}
            spellCheck={false}
            hint={f.hint ? t(`fields.${f.hint}`) : undefined}
            value={values[f.name] ?? ''}
            error={fieldErrors[f.name]}
            onChange={(e) => setValues((v) => ({ ...v, [f.name]: e.target.value }))}
          />
        ))}
      </fieldset>

      {formError && (
        <div ref={errorRef} tabIndex={-1} className="credentials__error-focus">
          <Banner tone="danger" urgent title={formError.title} className="credentials__error">
            {formError.detail && (
              <details className="disclosure">
                <summary className="disclosure__summary">{t('credentials.details')}</summary>
                <p className="disclosure__text">{formError.detail}</p>
              </details>
            )}
          </Banner>
        </div>
      )}
      {busy && (
        <p className="credentials__progress" role="status">
          <Spinner size={18} /> {t('credentials.checking', { host: hostOf(baseUrl) })}
        </p>
      )}

      <div className="credentials__actions">
        <Button type="submit" variant="primary" size="lg" busy={busy}>
          {busy ? t('credentials.verifying') : t('credentials.verify')}
        </Button>
        <p className="credentials__note">{t('credentials.note', { product: label.product })}</p>
      </div>
    </form>
  );
}

function focusFirstInvalid(form: HTMLFormElement) {
  // After React re-renders the errors; the next frame is soon enough and never before.
  requestAnimationFrame(() => form.querySelector<HTMLInputElement>('[aria-invalid="true"]')?.focus());
}

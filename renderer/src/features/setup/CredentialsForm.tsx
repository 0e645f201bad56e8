// Renderer: the sign-in form for one back end — server, credentials, "Verify and save", mapped errors.
import { useState, type FormEvent } from 'react';
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
import { configureErrorText } from './setup-errors';
import { ServerChoice, baseUrlFor, serverKindOf, type ServerKind } from './ServerChoice';

export interface CredentialsFormProps {
  backend: BackendId;
  /** The live connection this form would replace, if any. */
  current: BackendStatus | undefined;
  onConnected: (status: BackendStatus) => void;
}

export function CredentialsForm({ backend, current, onConnected }: CredentialsFormProps) {
  const { status } = useStores();
  const [server, setServer] = useState(() => serverKindOf(backend, current?.baseUrl ?? null));
  // Secrets live only here, only until the next submit: never in a store, never sent back by the core.
  const [values, setValues] = useState<Values>(() => emptyValues(backend));
  const [fieldErrors, setFieldErrors] = useState<Values>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const baseUrl = baseUrlFor(backend, server.kind, server.custom);
  const label = BACKEND_LABEL[backend];

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const errors = validate(backend, baseUrl, values);
    setFieldErrors(errors);
    setFormError(null);
    if (Object.keys(errors).length > 0) {
      focusFirstInvalid(event.currentTarget);
      return;
    }
    const credentials = toCredentials(backend, baseUrl, values);
    setValues((v) => withoutSecrets(backend, v));
    setBusy(true);
    const result = await status.getState().configure(credentials);
    setBusy(false);
    if (result.ok) onConnected(result.value);
    else setFormError(configureErrorText(result.error, backend, baseUrl));
  };

  return (
    <form className="credentials" onSubmit={(e) => void submit(e)} noValidate aria-busy={busy}>
      {current && (
        <p className="credentials__current">
          Connected as <strong>{current.account ?? 'an unnamed account'}</strong>. Enter new credentials to
          replace them.
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
        <legend className="visually-hidden">Credentials</legend>
        {CREDENTIAL_FIELDS[backend].map((f) => (
          <TextField
            key={f.name}
            name={f.name}
            label={f.label}
            type={f.type}
            autoComplete={f.autoComplete}
            spellCheck={false}
            hint={f.hint}
            value={values[f.name] ?? ''}
            error={fieldErrors[f.name]}
            onChange={(e) => setValues((v) => ({ ...v, [f.name]: e.target.value }))}
          />
        ))}
      </fieldset>

      {formError && <Banner tone="danger" urgent title={formError} className="credentials__error" />}
      {busy && (
        <p className="credentials__progress" role="status">
          <Spinner size={18} /> Checking these credentials with {hostOf(baseUrl)}…
        </p>
      )}

      <div className="credentials__actions">
        <Button type="submit" variant="primary" size="lg" busy={busy}>
          {busy ? 'Verifying…' : 'Verify and save'}
        </Button>
        <p className="credentials__note">
          Frontdesk signs in to {label.product} to check them, then keeps them encrypted on this device.
        </p>
      </div>
    </form>
  );
}

function focusFirstInvalid(form: HTMLFormElement) {
  // After React re-renders the errors; the next frame is soon enough and never before.
  requestAnimationFrame(() => form.querySelector<HTMLInputElement>('[aria-invalid="true"]')?.focus());
}

// Renderer: find or create the walk-up's customer — the e-mail first (looked up on this desk and
// at Reservie), then either the customer found or, for a new one, the names Reservie requires,
// each wrong field said in words next to it.
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useReservieSale, useStores } from '../../../app/stores-context';
import { Badge } from '../../../ui/Badge';
import { Banner } from '../../../ui/Banner';
import { Button } from '../../../ui/Button';
import { TextField } from '../../../ui/TextField';
import { MailIcon, SearchIcon } from '../../../ui/icons';
import { SaleError } from '../SaleError';
import { EMAIL_MAX, NAME_MAX, type CustomerField, type FormProblem } from './reservie-sale-form';

export function useFieldError() {
  const { t } = useTranslation('sellReservie');
  const problems = useReservieSale((s) => s.problems);
  return (field: CustomerField): string | null => {
    const p = problems.find((x): x is Extract<FormProblem, { field: CustomerField }> => x.field === field);
    return p ? t(`problems.${p.field}.${p.code}`) : null;
  };
}

export function ReservieCustomerStep({ disabled }: { disabled: boolean }) {
  const { t } = useTranslation('sellReservie');
  const { reservieSale } = useStores();
  const email = useReservieSale((s) => s.email);
  const phase = useReservieSale((s) => s.phase);
  const lookupError = useReservieSale((s) => s.lookupError);
  const errorOf = useFieldError();
  const find = (event: FormEvent) => {
    event.preventDefault();
    void reservieSale.getState().findCustomer();
  };
  return (
    <section className="reservie-sale__customer" aria-labelledby="reservie-customer-title">
      <h2 className="reservie-sale__heading" id="reservie-customer-title">
        {t('customer.legend')}
      </h2>
      <form className="reservie-sale__find" onSubmit={find} noValidate>
        <TextField
          label={t('customer.email')}
          hint={t('customer.emailHint')}
          type="email"
          autoComplete="off"
          maxLength={EMAIL_MAX}
          leading={<MailIcon size={20} />}
          value={email}
          error={errorOf('email')}
          disabled={disabled}
          onChange={(e) => reservieSale.getState().setEmail(e.target.value)}
        />
        <Button
          type="submit"
          size="lg"
          icon={<SearchIcon size={20} />}
          busy={phase === 'loading'}
          disabled={disabled}
        >
          {phase === 'loading' ? t('customer.finding') : t('customer.find')}
        </Button>
      </form>
      {phase === 'error' && lookupError && <SaleError error={lookupError} />}
      {phase === 'ready' && <CustomerAnswer disabled={disabled} />}
    </section>
  );
}

function CustomerAnswer({ disabled }: { disabled: boolean }) {
  const { t } = useTranslation('sellReservie');
  const { reservieSale } = useStores();
  const options = useReservieSale((s) => s.options);
  const lookedUp = useReservieSale((s) => s.lookedUp);
  const firstName = useReservieSale((s) => s.firstName);
  const lastName = useReservieSale((s) => s.lastName);
  const errorOf = useFieldError();
  if (!options) return null;
  const { customer } = options;
  if (customer) {
    const name = [customer.firstName, customer.lastName].filter(Boolean).join(' ') || t('customer.noName');
    return (
      <div className="reservie-sale__found" data-found-in={customer.foundIn}>
        <Badge tone="success">
          {customer.foundIn === 'cache' ? t('customer.foundCache') : t('customer.foundReservie')}
        </Badge>
        <p className="reservie-sale__found-text">{t('customer.foundBody', { name })}</p>
      </div>
    );
  }
  return (
    <div className="reservie-sale__new">
      {options.checkedLive ? (
        <Banner tone="info" title={t('customer.newTitle')}>
          {t('customer.newBody', { email: lookedUp ?? '' })}
        </Banner>
      ) : (
        <Banner tone="offline" title={t('customer.offlineTitle')}>
          {t('customer.newBody', { email: lookedUp ?? '' })} {t('customer.offlineBody')}
        </Banner>
      )}
      <div className="reservie-sale__names">
        <TextField
          label={t('customer.firstName')}
          autoComplete="off"
          maxLength={NAME_MAX + 1}
          value={firstName}
          error={errorOf('firstName')}
          disabled={disabled}
          required
          onChange={(e) => reservieSale.getState().setName('firstName', e.target.value)}
        />
        <TextField
          label={t('customer.lastName')}
          autoComplete="off"
          maxLength={NAME_MAX + 1}
          value={lastName}
          error={errorOf('lastName')}
          disabled={disabled}
          required
          onChange={(e) => reservieSale.getState().setName('lastName', e.target.value)}
        />
      </div>
    </div>
  );
}

// Renderer: the lead guest of a Resmark sale — first and last name, e-mail, phone — and whether
// Resmark e-mails the confirmation; each wrong field says what is wrong, in words.
import type { ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useResmarkSale, useStores } from '../../app/stores-context';
import { TextField } from '../../ui/TextField';
import {
  customerProblems,
  NAME_MAX,
  type CustomerField,
  type CustomerInput,
  type CustomerProblem,
} from './resmark-sale-view';

export function ResmarkCustomerForm({ disabled }: { disabled: boolean }) {
  const { t } = useTranslation('sell');
  const { resmarkSale } = useStores();
  const customer = useResmarkSale((s) => s.customer);
  const send = useResmarkSale((s) => s.sendConfirmationEmail);
  const show = useResmarkSale((s) => s.showProblems);
  const problems = show ? customerProblems(customer, send) : {};
  const errorFor = (field: CustomerField): string | null => {
    const p = problems[field];
    if (!p) return null;
    return t(problemKey(field, p), { max: NAME_MAX });
  };
  const set = (field: keyof CustomerInput) => (e: ChangeEvent<HTMLInputElement>) =>
    resmarkSale.getState().setCustomer(field, e.target.value);
  return (
    <fieldset className="rsale__customer" disabled={disabled}>
      <legend className="choice__legend">{t('customer.legend')}</legend>
      <div className="rsale__names">
        <TextField
          label={t('customer.firstName')}
          autoComplete="off"
          value={customer.firstName}
          onChange={set('firstName')}
          error={errorFor('firstName')}
          maxLength={200}
        />
        <TextField
          label={t('customer.lastName')}
          autoComplete="off"
          value={customer.lastName}
          onChange={set('lastName')}
          error={errorFor('lastName')}
          maxLength={200}
        />
      </div>
      <TextField
        label={t('customer.email')}
        type="email"
        autoComplete="off"
        value={customer.email}
        onChange={set('email')}
        error={errorFor('email')}
        hint={send ? t('customer.emailNeeded') : t('customer.emailOptional')}
        maxLength={254}
      />
      <TextField
        label={t('customer.phone')}
        type="tel"
        autoComplete="off"
        value={customer.phone}
        onChange={set('phone')}
        hint={t('customer.phoneOptional')}
        maxLength={40}
      />
      <label className="rsale__check">
        <input
          type="checkbox"
          checked={send}
          onChange={(e) => resmarkSale.getState().setSendConfirmationEmail(e.target.checked)}
        />
        <span>{t('customer.sendConfirmation')}</span>
      </label>
      {show && Object.keys(problems).length > 0 && (
        <p className="rsale__problems" role="alert">
          {t('customer.fixFields', { count: Object.keys(problems).length })}
        </p>
      )}
    </fieldset>
  );
}

type ProblemKey =
  | 'customer.problem.firstNameRequired'
  | 'customer.problem.firstNameTooLong'
  | 'customer.problem.lastNameRequired'
  | 'customer.problem.lastNameTooLong'
  | 'customer.problem.emailRequired'
  | 'customer.problem.emailInvalid';

function problemKey(field: CustomerField, problem: CustomerProblem): ProblemKey {
  if (field === 'email')
    return problem === 'required' ? 'customer.problem.emailRequired' : 'customer.problem.emailInvalid';
  if (field === 'firstName')
    return problem === 'tooLong' ? 'customer.problem.firstNameTooLong' : 'customer.problem.firstNameRequired';
  return problem === 'tooLong' ? 'customer.problem.lastNameTooLong' : 'customer.problem.lastNameRequired';
}

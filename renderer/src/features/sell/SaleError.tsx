// Renderer: a refused sale step in plain words — a translated title by code, the core's sentence under it.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../../../shared/ipc/result';
import { Banner } from '../../ui/Banner';
import { saleErrorKey } from './sale-errors';
import { useErrorText } from '../../i18n/error-text';

export function SaleError({ error, actions }: { error: AppError; actions?: ReactNode }) {
  const { t } = useTranslation('sell');
  const errorText = useErrorText();
  return (
    <Banner tone="danger" urgent title={t(saleErrorKey(error.code))} actions={actions}>
      {errorText(error)}
    </Banner>
  );
}

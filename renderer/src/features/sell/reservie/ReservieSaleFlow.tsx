// Renderer: the Reservie walk-up sale — session, customer by e-mail (found or made, never twice),
// how they pay, the waiting list when the session is full — then the shared checkout sends it
// (`sales:sell`) and shows the shared Receipt (sent, or queued with its reference when offline).
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useReservieSale, useSale, useStores } from '../../../app/stores-context';
import { Banner } from '../../../ui/Banner';
import { Button } from '../../../ui/Button';
import { TicketIcon } from '../../../ui/icons';
import { Receipt } from '../Receipt';
import { SaleError } from '../SaleError';
import type { SaleFlowProps } from '../sale-flows';
import { ReservieCustomerStep } from './ReservieCustomerStep';
import { ReserviePaymentStep } from './ReserviePaymentStep';
import { ReservieSessionChoice } from './ReservieSessionChoice';
import { reservieDraft, waitingListOffer } from './reservie-sale-form';

export function ReservieSaleFlow({ sessionId, onDone }: SaleFlowProps) {
  const { reservieSale, sale } = useStores();
  const receipt = useSale((s) => s.receipt);
  const current = useReservieSale((s) => s.sessionId);

  // A fresh form each time the screen opens, on the session its row's Sell button named.
  useEffect(() => {
    sale.getState().reset();
    reservieSale.getState().start(sessionId);
  }, [sale, reservieSale, sessionId]);

  if (receipt) {
    return (
      <Receipt
        receipt={receipt}
        onNewSale={() => {
          sale.getState().reset();
          reservieSale.getState().start(current);
        }}
        onDone={onDone}
      />
    );
  }
  return <ReservieForm />;
}

function ReservieForm() {
  const { t } = useTranslation('sellReservie');
  const { reservieSale, sale } = useStores();
  const sessionId = useReservieSale((s) => s.sessionId);
  const phase = useReservieSale((s) => s.phase);
  const options = useReservieSale((s) => s.options);
  const submitting = useSale((s) => s.submitting);
  const error = useSale((s) => s.error);
  const ready = phase === 'ready' && options !== null && options.session.id === sessionId;
  const offer = ready ? waitingListOffer(options.session) : 'open';
  const blocked = offer === 'none' || offer === 'unknown';

  const submit = async () => {
    const s = reservieSale.getState();
    if (!s.sessionId || !s.options || !s.kind || s.lookedUp === null) return;
    const built = reservieDraft({
      sessionId: s.sessionId,
      email: s.lookedUp,
      known: s.options.customer !== null,
      firstName: s.firstName,
      lastName: s.lastName,
      kind: s.kind,
      customerPassId: s.customerPassId,
      passId: s.passId,
      tender: sale.getState().tender,
      joinWaitingList: offer === 'join',
    });
    if (!built.ok) {
      s.showProblems(built.problems);
      return;
    }
    s.showProblems([]);
    await sale.getState().submit(built.draft);
  };

  return (
    <div className="reservie-sale" data-phase={phase}>
      <ReservieSessionChoice value={sessionId} onChange={(id) => reservieSale.getState().chooseSession(id)} />
      {sessionId && <ReservieCustomerStep disabled={submitting} />}
      {ready && offer === 'join' && (
        <Banner tone="warning" title={t('waitingList.joinTitle')}>
          {t('waitingList.joinBody')}
        </Banner>
      )}
      {ready && offer === 'none' && (
        <Banner tone="warning" title={t('waitingList.noneTitle')}>
          {t('waitingList.noneBody')}
        </Banner>
      )}
      {ready && offer === 'unknown' && (
        <Banner tone="offline" title={t('waitingList.unknownTitle')}>
          {t('waitingList.unknownBody')}
        </Banner>
      )}
      {ready && !blocked && <ReserviePaymentStep options={options} disabled={submitting} />}
      {error && <SaleError error={error} />}
      {ready && !blocked && (
        <div className="reservie-sale__actions">
          <Button
            variant="primary"
            size="lg"
            icon={<TicketIcon size={20} />}
            busy={submitting}
            onClick={() => void submit()}
          >
            {submitting ? t('sell.selling') : offer === 'join' ? t('sell.joinSubmit') : t('sell.submit')}
          </Button>
        </div>
      )}
    </div>
  );
}

// Renderer: staff's answer to one item that needs attention: send it with another of the
// customer's valid passes, move a Resmark sale to another slot of the same tour that day (change
// and retry: it keeps its reference, so it is still made once), record that they paid by cash or
// card, or dismiss it with a reason (required). The core checks the choice again; its refusal is
// shown here and nothing changes.
import { useEffect, useId, useState, type FormEvent } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import type { CheckInPassOption } from '../../../../shared/domain/checkin';
import type { OutboxEntry, OutboxResolve, OutboxSlot } from '../../../../shared/domain/outbox';
import type { AvailabilityAnswer, SlotAvailability } from '../../../../shared/domain/sales';
import { MAX_RESOLUTION_REASON_LENGTH } from '../../../../shared/domain/limits';
import { useStores } from '../../app/stores-context';
import { formatDate, formatTime } from '../../lib/format';
import { Banner } from '../../ui/Banner';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { Spinner } from '../../ui/Spinner';
import { TextField } from '../../ui/TextField';
import { useErrorText } from '../../i18n/error-text';
import { useSay } from '../../i18n/say';

export type DialogAction = 'otherPass' | 'otherSlot' | 'recordPayment' | 'dismiss';

export function ResolveDialog(props: {
  entry: OutboxEntry;
  title: string;
  action: DialogAction;
  onClose: (message: string | null) => void;
}) {
  const { t } = useTranslation('outbox');
  const errorText = useErrorText();
  const { entry, action, onClose } = props;
  const { outbox } = useStores();
  const formId = useId();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [input, setInput] = useState<OutboxResolve | null>(null);
  const [invalid, setInvalid] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!input) {
      setInvalid(action === 'dismiss' ? t('resolve.needReason') : t('resolve.needChoice'));
      return;
    }
    setBusy(true);
    setError(null);
    const result = await outbox.getState().resolve(input);
    setBusy(false);
    // The core's own words, either way (free text, not translated).
    if (result.ok) onClose(result.value.message);
    else setError(errorText(result.error));
  };

  return (
    <Dialog
      title={t(`resolve.title.${action}`)}
      onCancel={() => onClose(null)}
      actions={
        <>
          <Button variant="ghost" onClick={() => onClose(null)}>
            {t('resolve.cancel')}
          </Button>
          <Button
            variant={action === 'dismiss' ? 'danger' : 'primary'}
            type="submit"
            form={formId}
            busy={busy}
          >
            {t(`resolve.submit.${action}`)}
          </Button>
        </>
      }
    >
      <form id={formId} className="resolve" onSubmit={(e) => void submit(e)} noValidate>
        <p className="resolve__what">{props.title}</p>
        {action === 'otherPass' && <PassPick entry={entry} onPick={setInput} />}
        {action === 'otherSlot' && <SlotPick entry={entry} onPick={setInput} />}
        {action === 'recordPayment' && <TenderPick itemId={entry.id} onPick={setInput} />}
        {action === 'dismiss' && (
          <ReasonField
            itemId={entry.id}
            onChange={setInput}
            error={invalid}
            clearError={() => setInvalid(null)}
          />
        )}
        {invalid && action !== 'dismiss' && (
          <p className="field__error" role="alert">
            {invalid}
          </p>
        )}
        {error && (
          <Banner tone="danger" urgent title={t('resolve.failed')}>
            {error}
          </Banner>
        )}
      </form>
    </Dialog>
  );
}

function PassPick({ entry, onPick }: { entry: OutboxEntry; onPick: (i: OutboxResolve) => void }) {
  const { t } = useTranslation('outbox');
  const errorText = useErrorText();
  const say = useSay();
  const { outbox } = useStores();
  const [passes, setPasses] = useState<CheckInPassOption[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [picked, setPicked] = useState<string | null>(null);
  const name = useId();
  useEffect(() => {
    if (!entry.customerId) return;
    let live = true;
    void outbox
      .getState()
      .passesOf(entry.customerId)
      .then((r) => {
        if (!live) return;
        if (r.ok) setPasses(r.value);
        else setError(errorText(r.error));
      });
    return () => {
      live = false;
    };
  }, [entry.customerId, outbox, errorText]);

  if (!entry.customerId) return <p>{t('resolve.noCustomer')}</p>;
  if (error)
    return (
      <Banner tone="danger" title={t('resolve.passesFailed')}>
        {error}
      </Banner>
    );
  if (!passes) return <Spinner label={t('resolve.readingPasses')} />;
  if (!passes.some((p) => p.valid)) return <p className="resolve__none">{t('resolve.noValidPass')}</p>;
  return (
    <fieldset className="choice">
      <legend className="choice__legend">{t('resolve.payWith')}</legend>
      <ul className="choice__list">
        {passes.map((p) => (
          <li key={p.id}>
            <label className={`choice__option${p.valid ? '' : ' choice__option--closed'}`}>
              <input
                type="radio"
                name={name}
                value={p.id}
                checked={picked === p.id}
                disabled={!p.valid}
                onChange={() => {
                  setPicked(p.id);
                  onPick({ itemId: entry.id, action: 'otherPass', customerPassId: p.id });
                }}
              />
              <span className="choice__text">
                <span className="choice__title">{p.passName}</span>
                <span className="choice__detail">
                  {(p.problemSaid && say(p.problemSaid)) ??
                    (p.expiryDate
                      ? t('resolve.expires', { date: formatDate(p.expiryDate) })
                      : t('resolve.noExpiry'))}
                </span>
              </span>
              <span className="choice__uses">
                <Trans
                  t={t}
                  i18nKey="resolve.usesLeft"
                  count={p.remainingUses}
                  components={{ n: <span className="num" /> }}
                />
              </span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

function SlotPick({ entry, onPick }: { entry: OutboxEntry; onPick: (i: OutboxResolve) => void }) {
  const { t } = useTranslation('outbox');
  if (!entry.slot) return <p className="resolve__none">{t('otherSlot.noSlot')}</p>;
  return <SlotList itemId={entry.id} slot={entry.slot} onPick={onPick} />;
}

function SlotList(props: { itemId: number; slot: OutboxSlot; onPick: (i: OutboxResolve) => void }) {
  const { itemId, slot, onPick } = props;
  const { outbox } = useStores();
  const { t } = useTranslation('outbox');
  const errorText = useErrorText();
  const [answer, setAnswer] = useState<AvailabilityAnswer | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [picked, setPicked] = useState<string | null>(null);
  const name = useId();
  useEffect(() => {
    let live = true;
    void outbox
      .getState()
      .slotsFor(slot)
      .then((r) => {
        if (!live) return;
        if (r.ok) setAnswer(r.value);
        else setError(errorText(r.error));
      });
    return () => {
      live = false;
    };
  }, [slot, outbox, errorText]);

  if (error)
    return (
      <Banner tone="danger" title={t('otherSlot.readFailed')}>
        {error}
      </Banner>
    );
  if (!answer) return <Spinner label={t('otherSlot.reading')} />;
  const others = answer.slots.filter((s) => s.activityId !== slot.activityId);
  const left = (s: SlotAvailability) =>
    s.seatsLeft ?? s.tiers.reduce((sum, tier) => sum + (tier.seatsLeft ?? 0), 0);
  if (!others.some((s) => left(s) > 0)) return <p className="resolve__none">{t('otherSlot.none')}</p>;
  return (
    <fieldset className="choice">
      <legend className="choice__legend">{t('otherSlot.legend')}</legend>
      <p className="choice__note">{t('otherSlot.note')}</p>
      {answer.provisional && <p className="choice__note">{t('otherSlot.provisional')}</p>}
      <ul className="choice__list">
        {others.map((s) => {
          const seats = left(s);
          return (
            <li key={s.activityId}>
              <label className={`choice__option${seats > 0 ? '' : ' choice__option--closed'}`}>
                <input
                  type="radio"
                  name={name}
                  value={s.activityId}
                  checked={picked === s.activityId}
                  disabled={seats === 0}
                  onChange={() => {
                    setPicked(s.activityId);
                    onPick({ itemId, action: 'otherSlot', activityId: s.activityId });
                  }}
                />
                <span className="choice__text">
                  <span className="choice__title">{formatTime(s.startTime)}</span>
                </span>
                <span className="choice__uses">
                  {seats > 0 ? t('otherSlot.seatsLeft', { count: seats }) : t('otherSlot.full')}
                </span>
              </label>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}

function TenderPick({ itemId, onPick }: { itemId: number; onPick: (i: OutboxResolve) => void }) {
  const { t } = useTranslation('outbox');
  const [tender, setTender] = useState<'cash' | 'card' | null>(null);
  const name = useId();
  return (
    <fieldset className="choice">
      <legend className="choice__legend">{t('resolve.paidBy')}</legend>
      <p className="choice__note">{t('resolve.paidNote')}</p>
      <ul className="choice__list">
        {(['cash', 'card'] as const).map((option) => (
          <li key={option}>
            <label className="choice__option">
              <input
                type="radio"
                name={name}
                value={option}
                checked={tender === option}
                onChange={() => {
                  setTender(option);
                  onPick({ itemId, action: 'recordPayment', tender: option });
                }}
              />
              <span className="choice__text">
                <span className="choice__title">{t(`resolve.${option}`)}</span>
              </span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

function ReasonField(props: {
  itemId: number;
  onChange: (i: OutboxResolve | null) => void;
  error: string | null;
  clearError: () => void;
}) {
  const { t } = useTranslation('outbox');
  const [reason, setReason] = useState('');
  return (
    <TextField
      label={t('resolve.reason')}
      hint={t('resolve.reasonHint')}
      value={reason}
      required
      maxLength={MAX_RESOLUTION_REASON_LENGTH}
      error={props.error}
      onChange={(e) => {
        setReason(e.target.value);
        props.clearError();
        const trimmed = e.target.value.trim();
        props.onChange(trimmed ? { itemId: props.itemId, action: 'dismiss', reason: trimmed } : null);
      }}
    />
  );
}

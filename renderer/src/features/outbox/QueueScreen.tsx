// Renderer: the queue screen: every change this desk has to send, its state, attempts, last error
// in plain words and age, and, on one that needs attention, what staff can do about it (the
// actions the core lists for it). "Send now" tries everything waiting at once.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OutboxAction, OutboxEntry } from '../../../../shared/domain/outbox';
import { useOutbox, useStatus, useStores } from '../../app/stores-context';
import { BACKEND_LABEL } from '../../lib/backends';
import { formatTime } from '../../lib/format';
import { useNow } from '../../lib/use-now';
import { Banner } from '../../ui/Banner';
import { Button } from '../../ui/Button';
import { EmptyState } from '../../ui/EmptyState';
import { ArrowLeftIcon, CheckCircleIcon, ErrorIcon, UploadIcon } from '../../ui/icons';
import { Spinner } from '../../ui/Spinner';
import { QueueItem } from './QueueItem';
import { ResolveDialog, type DialogAction } from './ResolveDialog';
import { entryTitle, isUnsent, queueOrder } from './outbox-view';
import { useErrorText } from '../../i18n/error-text';

/** How often the queue is re-read while an item is being sent. */
const SENDING_REREAD_MS = 2_000;

export function QueueScreen() {
  const { t, i18n } = useTranslation('outbox');
  const errorText = useErrorText();
  const { outbox, ui } = useStores();
  const state = useOutbox((s) => s.state);
  const items = useOutbox((s) => s.items);
  const error = useOutbox((s) => s.error);
  const sending = useOutbox((s) => s.sending);
  const status = useStatus((s) => s.status);
  const now = useNow(30_000);
  const [open, setOpen] = useState<{ entry: OutboxEntry; action: DialogAction } | null>(null);
  const [notice, setNotice] = useState<{ tone: 'success' | 'danger'; text: string } | null>(null);
  const [retrying, setRetrying] = useState<number | null>(null);

  useEffect(() => {
    void outbox.getState().load();
  }, [outbox]);

  // "Sending" never lasts: the attempt ends sent, back in the queue or needing attention, and
  // only the first and last of those move the unsent count the core pushes. Re-read while any
  // item shows it, so the screen does not keep saying "Sending" after the attempt gave up.
  const anySending = items.some((i) => i.state === 'sending');
  useEffect(() => {
    if (!anySending) return;
    const timer = setInterval(() => void outbox.getState().load(), SENDING_REREAD_MS);
    return () => clearInterval(timer);
  }, [anySending, outbox]);

  const offline = (status?.backends ?? []).filter((b) => b.connection === 'offline');
  const unsent = items.filter(isUnsent).length;

  const act = async (entry: OutboxEntry, action: OutboxAction) => {
    setNotice(null);
    if (action !== 'retry') return setOpen({ entry, action });
    setRetrying(entry.id);
    const r = await outbox.getState().resolve({ itemId: entry.id, action: 'retry' });
    setRetrying(null);
    // The core's own words, either way (free text, not translated).
    setNotice(
      r.ok ? { tone: 'success', text: r.value.message } : { tone: 'danger', text: errorText(r.error) },
    );
  };

  return (
    <div className="queue">
      <div className="queue__top">
        <Button variant="ghost" icon={<ArrowLeftIcon size={20} />} onClick={() => ui.getState().openHome()}>
          {t('screen.back')}
        </Button>
        <h1 className="queue__title">{t('screen.title')}</h1>
        <Button
          variant="primary"
          icon={<UploadIcon size={20} />}
          busy={sending}
          disabled={unsent === 0}
          onClick={() => void outbox.getState().sendNow()}
        >
          {t('screen.sendNow')}
        </Button>
      </div>
      <p className="queue__lead">
        {unsent === 0 ? t('screen.nothingWaiting') : t('screen.notSent', { count: unsent })}
      </p>

      {offline.length > 0 && (
        <Banner tone="offline" title={t('screen.offlineTitle')}>
          {t('screen.offlineBody', {
            count: offline.length,
            products: new Intl.ListFormat(i18n.resolvedLanguage ?? i18n.language, {
              style: 'long',
              type: 'conjunction',
            }).format(offline.map((b) => BACKEND_LABEL[b.backend].product)),
          })}
        </Banner>
      )}
      <SendResult />
      {notice && (
        <Banner
          tone={notice.tone}
          urgent={notice.tone === 'danger'}
          title={notice.text}
          onDismiss={() => setNotice(null)}
        />
      )}
      {error && state === 'ready' && (
        <Banner tone="danger" urgent title={t('screen.refreshFailed')} actions={<Retry />}>
          {errorText(error)}
        </Banner>
      )}

      {(state === 'idle' || state === 'loading') && (
        <div className="app__center">
          <Spinner size={28} />
          <p className="app__center-text">{t('screen.reading')}</p>
        </div>
      )}
      {state === 'error' && (
        <EmptyState
          tone="danger"
          icon={<ErrorIcon size={40} />}
          title={t('screen.readFailed')}
          action={<Retry />}
        >
          {error && errorText(error)}
        </EmptyState>
      )}
      {state === 'ready' && items.length === 0 && (
        <EmptyState icon={<CheckCircleIcon size={40} />} title={t('screen.emptyTitle')}>
          {t('screen.emptyBody')}
        </EmptyState>
      )}
      {state === 'ready' && items.length > 0 && (
        <ul className="queue__list" aria-label={t('screen.listLabel')}>
          {queueOrder(items).map((entry) => (
            <QueueItem
              key={entry.id}
              entry={entry}
              now={now}
              retrying={retrying === entry.id}
              onAction={(a) => void act(entry, a)}
            />
          ))}
        </ul>
      )}

      {open && (
        <ResolveDialog
          entry={open.entry}
          title={entryTitle(open.entry, formatTime)}
          action={open.action}
          onClose={(message) => {
            setOpen(null);
            if (message) setNotice({ tone: 'success', text: message });
          }}
        />
      )}
    </div>
  );
}

function Retry() {
  const { t } = useTranslation('outbox');
  const { outbox } = useStores();
  return (
    <Button variant="secondary" onClick={() => void outbox.getState().load()}>
      {t('screen.tryAgain')}
    </Button>
  );
}

function SendResult() {
  const { t } = useTranslation('outbox');
  const errorText = useErrorText();
  const { outbox } = useStores();
  const result = useOutbox((s) => s.sendResult);
  if (!result) return null;
  const dismiss = () => outbox.getState().dismissSendResult();
  if ('error' in result)
    return (
      <Banner tone="danger" urgent title={t('screen.sendFailed')} onDismiss={dismiss}>
        {errorText(result.error)}
      </Banner>
    );
  const { sent, needsAttention, waiting, unreachable } = result.report;
  const parts = [t('screen.sent', { count: sent })];
  if (needsAttention > 0) parts.push(t('screen.needAttention', { count: needsAttention }));
  if (waiting > 0) parts.push(t('screen.stillWaiting', { count: waiting }));
  return (
    <Banner
      tone={unreachable || needsAttention > 0 ? 'warning' : 'success'}
      title={t('screen.sendSummary', { parts: parts.join(', ') })}
      onDismiss={dismiss}
    >
      {unreachable ? t('screen.unreachable') : null}
    </Banner>
  );
}

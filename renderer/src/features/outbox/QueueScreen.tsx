// Renderer: the queue screen: every change this desk has to send, its state, attempts, last error
// in plain words and age, and, on one that needs attention, what staff can do about it (the
// actions the core lists for it). "Send now" tries everything waiting at once.
import { useEffect, useState } from 'react';
import type { OutboxAction, OutboxEntry } from '../../../../shared/domain/outbox';
import { useOutbox, useStatus, useStores } from '../../app/stores-context';
import { BACKEND_LABEL } from '../../lib/backends';
import { formatTime, plural } from '../../lib/format';
import { useNow } from '../../lib/use-now';
import { Banner } from '../../ui/Banner';
import { Button } from '../../ui/Button';
import { EmptyState } from '../../ui/EmptyState';
import { ArrowLeftIcon, CheckCircleIcon, ErrorIcon, UploadIcon } from '../../ui/icons';
import { Spinner } from '../../ui/Spinner';
import { QueueItem } from './QueueItem';
import { ResolveDialog, type DialogAction } from './ResolveDialog';
import { entryTitle, isUnsent, queueOrder } from './outbox-view';

export function QueueScreen() {
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

  const offline = (status?.backends ?? []).filter((b) => b.connection === 'offline');
  const unsent = items.filter(isUnsent).length;

  const act = async (entry: OutboxEntry, action: OutboxAction) => {
    setNotice(null);
    if (action !== 'retry') return setOpen({ entry, action });
    setRetrying(entry.id);
    const r = await outbox.getState().resolve({ itemId: entry.id, action: 'retry' });
    setRetrying(null);
    setNotice(r.ok ? { tone: 'success', text: r.value.message } : { tone: 'danger', text: r.error.message });
  };

  return (
    <div className="queue">
      <div className="queue__top">
        <Button variant="ghost" icon={<ArrowLeftIcon size={20} />} onClick={() => ui.getState().openHome()}>
          Back to the desk
        </Button>
        <h1 className="queue__title">Queue</h1>
        <Button
          variant="primary"
          icon={<UploadIcon size={20} />}
          busy={sending}
          disabled={unsent === 0}
          onClick={() => void outbox.getState().sendNow()}
        >
          Send now
        </Button>
      </div>
      <p className="queue__lead">
        {unsent === 0
          ? 'Nothing is waiting to send.'
          : `${plural(unsent, 'change', 'changes')} not sent yet.`}
      </p>

      {offline.length > 0 && (
        <Banner
          tone="offline"
          title="Offline: changes wait here and are sent when the booking system answers again."
        >
          {offline.map((b) => BACKEND_LABEL[b.backend].product).join(' and ')} can't be reached right now.
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
        <Banner tone="danger" urgent title="Couldn't refresh the queue." actions={<Retry />}>
          {error.message}
        </Banner>
      )}

      {(state === 'idle' || state === 'loading') && (
        <div className="app__center">
          <Spinner size={28} />
          <p className="app__center-text">Reading the queue…</p>
        </div>
      )}
      {state === 'error' && (
        <EmptyState
          tone="danger"
          icon={<ErrorIcon size={40} />}
          title="Couldn't read the queue"
          action={<Retry />}
        >
          {error?.message}
        </EmptyState>
      )}
      {state === 'ready' && items.length === 0 && (
        <EmptyState icon={<CheckCircleIcon size={40} />} title="The queue is empty">
          Check-ins paid by pass, and later sales, wait here until the booking system has them.
        </EmptyState>
      )}
      {state === 'ready' && items.length > 0 && (
        <ul className="queue__list" aria-label="Queued changes">
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
  const { outbox } = useStores();
  return (
    <Button variant="secondary" onClick={() => void outbox.getState().load()}>
      Try again
    </Button>
  );
}

function SendResult() {
  const { outbox } = useStores();
  const result = useOutbox((s) => s.sendResult);
  if (!result) return null;
  const dismiss = () => outbox.getState().dismissSendResult();
  if ('error' in result)
    return (
      <Banner tone="danger" urgent title="Couldn't send." onDismiss={dismiss}>
        {result.error.message}
      </Banner>
    );
  const { sent, needsAttention, waiting, unreachable } = result.report;
  const parts = [`${plural(sent, 'change', 'changes')} sent`];
  if (needsAttention > 0) parts.push(`${needsAttention} need attention`);
  if (waiting > 0) parts.push(`${waiting} still waiting`);
  return (
    <Banner
      tone={unreachable || needsAttention > 0 ? 'warning' : 'success'}
      title={`${parts.join(', ')}.`}
      onDismiss={dismiss}
    >
      {unreachable ? "The booking system couldn't be reached; the rest waits here." : null}
    </Banner>
  );
}

// Core (pure): how a walk-up sale was paid at the desk, and the words Resmark records for it in
// `billing.memo` (the order is recorded as paid externally, resmark.md §8.6).

export const TENDERS = ['cash', 'card', 'comp'] as const;
export type Tender = (typeof TENDERS)[number];

const LABEL: Record<Tender, string> = {
  cash: 'cash',
  card: 'card at the desk',
  comp: 'complimentary',
};

export function isTender(value: string): value is Tender {
  return (TENDERS as readonly string[]).includes(value);
}

export function tenderLabel(tender: Tender): string {
  return LABEL[tender];
}

/** e.g. "Walk-up at Front desk 1: card at the desk". The desk name is optional and trimmed. */
export function tenderMemo(tender: Tender, deskName?: string): string {
  const desk = deskName?.trim();
  return `Walk-up${desk ? ` at ${desk}` : ''}: ${LABEL[tender]}`;
}

/** Reservie's paymentMethod for a desk tender (reservie.md §10.1 [A]); comp is `free`. */
export function reserviePaymentMethod(tender: Tender): 'cash' | 'card' | 'free' {
  return tender === 'comp' ? 'free' : tender;
}

// Renderer: which back ends can sell at the desk, and the screen that takes each one's sale.
// A back end's flow registers here (one line); the Sell entry points offer only these.
import type { ComponentType } from 'react';
import type { BackendId } from '../../../../shared/domain/backend';
import { ResmarkSale } from './ResmarkSale';

export interface SaleFlowProps {
  /** The session or slot staff started from (the Sell button on its row), or null. */
  sessionId: string | null;
  /** Back to the desk: the flow lets go of anything it holds (seats) before it is left. */
  onDone: () => void;
}

export const SALE_FLOWS: Partial<Record<BackendId, ComponentType<SaleFlowProps>>> = {
  resmark: ResmarkSale,
};

export const hasSaleFlow = (backend: BackendId): boolean => SALE_FLOWS[backend] !== undefined;

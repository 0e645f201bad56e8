// Core (plain Node): the options every back-end call takes, whichever client makes it.
import type { Lane } from '../http/request-budget';

export interface CallOptions {
  /** interactive (the desk is waiting) or background (sync); the budget serves the first first. */
  lane?: Lane;
  signal?: AbortSignal;
}

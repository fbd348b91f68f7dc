import type { Adaptation, DocumentEntryInput } from '@mutasi/transfers';

/** The evaluation after the evaluation period. */
export interface EvaluateTransferRequest {
  performanceScore: number;
  adaptation: Adaptation;
  notes?: string;
  documents?: DocumentEntryInput[];
}

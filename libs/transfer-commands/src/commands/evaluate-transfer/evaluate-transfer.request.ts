import type { Adaptation, DocumentEntryInput, PerformanceRating } from '@mutasi/transfers';

/** The evaluation after the evaluation period. */
export interface EvaluateTransferRequest {
  performanceScore: number;
  performanceRating?: PerformanceRating;
  adaptation: Adaptation;
  notes?: string;
  trainingCompleted?: boolean;
  documents?: DocumentEntryInput[];
}

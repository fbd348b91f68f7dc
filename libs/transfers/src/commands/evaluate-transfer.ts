import { addMonths, jakartaDate } from '@mutasi/calendar';
import { isPerformanceRating } from '@mutasi/workforce/domain';
import { DomainError } from '../domain-error';
import { stepDocuments, withDocuments } from '../documents/step-documents';
import type { EvaluateTransfer } from '../transfer-commands';
import type { TransferConfig } from '../transfer-config';
import type { Adaptation, TransferEvent } from '../transfer-events';
import type { TransferState } from '../transfer-state';
import { requireStatus, requireTransfer } from './guards';

const ADAPTATIONS: readonly Adaptation[] = ['good', 'fair', 'poor'];

export function evaluateTransfer(
  state: TransferState,
  { data }: EvaluateTransfer,
  config: TransferConfig,
): TransferEvent[] {
  const transfer = requireTransfer(state);
  requireStatus(transfer, ['EXECUTED'], 'evaluate');
  const effectiveDate = transfer.execution?.effectiveDate ?? transfer.requestedEffectiveDate;
  const from = addMonths(effectiveDate, config.evaluationPeriodMonths);
  if (jakartaDate(data.now) < from) {
    throw new DomainError(
      'EVALUATION_TOO_EARLY',
      `Evaluasi baru dapat dilakukan mulai ${from} / An evaluation can be recorded from ${from}`,
      { effectiveDate, evaluationFrom: from },
    );
  }
  const score = data.performanceScore;
  if (!Number.isFinite(score) || score < 0 || score > 100) {
    throw new DomainError(
      'INVALID_PERFORMANCE_SCORE',
      'Nilai kinerja harus 0–100 / The performance score must be 0–100',
      {
        performanceScore: score,
      },
    );
  }
  if (!ADAPTATIONS.includes(data.adaptation)) {
    throw new DomainError(
      'INVALID_ADAPTATION',
      'Adaptasi harus good, fair atau poor / Adaptation must be good, fair or poor',
      {
        adaptation: data.adaptation,
      },
    );
  }
  const rating = data.performanceRating ?? null;
  if (rating !== null && !isPerformanceRating(rating)) {
    throw new DomainError(
      'INVALID_PERFORMANCE_RATING',
      'Predikat kinerja harus sangat_baik, baik, butuh_perbaikan, kurang atau sangat_kurang / The performance rating must be sangat_baik, baik, butuh_perbaikan, kurang or sangat_kurang',
      { performanceRating: String(rating) },
    );
  }
  const needs = transfer.trainingNeeds ?? [];
  const trainingCompleted = data.trainingCompleted ?? null;
  if (needs.length > 0 && typeof trainingCompleted !== 'boolean') {
    throw new DomainError(
      'TRAINING_COMPLETION_REQUIRED',
      'Usulan ini mencatat kebutuhan pelatihan: nyatakan apakah pelatihan sudah dilaksanakan / The proposal recorded training needs: say whether the training took place',
      { trainingNeeds: needs.map((need) => need.code).join(';') },
    );
  }
  const notes = data.notes.trim();
  if (notes.length > config.maxTextLength) {
    throw new DomainError(
      'NOTES_TOO_LONG',
      `Catatan melebihi ${config.maxTextLength} karakter / The notes are too long`,
      {
        maxLength: config.maxTextLength,
      },
    );
  }
  const documents = stepDocuments(transfer, 'evaluate', data.documents, true);
  return [
    {
      type: 'TransferEvaluated',
      data: {
        performanceScore: score,
        adaptation: data.adaptation,
        notes,
        evaluatedByUserId: data.actor.userId,
        evaluatedAt: data.now,
        workloadAtProposal: transfer.workload,
        workloadNow: data.workload,
        ...withDocuments(documents),
        ...(rating !== null ? { performanceRating: rating } : {}),
        ...(needs.length > 0 ? { trainingCompleted: trainingCompleted === true } : {}),
      },
    },
  ];
}

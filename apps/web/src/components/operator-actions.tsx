import { Button, Checkbox, NumberInput, Select, TextInput, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type Schemas } from '../api/client';
import { unwrap } from '../api/problem';
import { jakartaToday } from '../format/wib';
import { ActionPanel } from './action-panel';
import { CalendarDateInput } from './calendar-date-input';
import { CommandMessage } from './command-message';
import { useTransferCommand } from './command';
import { MAX_REASON } from './decision-form';
import { OTHER_TYPE } from './documents/document-upload';
import { StepDocumentsField, useStepDocuments } from './documents/step-documents';

type Transfer = Schemas['TransferViewDto'];

function headers(transfer: Transfer, key: string) {
  return { 'If-Match': String(transfer.version), 'Idempotency-Key': key };
}

export function WithdrawForm({ transfer }: { transfer: Transfer }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const command = useTransferCommand(transfer.id, (key) =>
    unwrap(
      api.POST('/transfers/{id}/withdraw', {
        params: { path: { id: transfer.id }, header: headers(transfer, key) },
        body: { reason: reason.trim() },
      }),
    ),
  );
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (reason.trim() === '') return setProblem(t('validation.reasonRequired'));
    if (reason.trim().length > MAX_REASON) return setProblem(t('validation.reasonTooLong', { max: MAX_REASON }));
    setProblem(null);
    command.run();
  };
  return (
    <ActionPanel title={t('withdraw.title')} onSubmit={submit}>
      <Textarea
        label={t('withdraw.reason')}
        required
        value={reason}
        onChange={(e) => setReason(e.currentTarget.value)}
        error={problem ?? undefined}
      />
      <CommandMessage message={command.message} />
      <Button type="submit" color="red" variant="outline" loading={command.pending}>
        {t('withdraw.submit')}
      </Button>
    </ActionPanel>
  );
}

export function ExecuteForm({ transfer }: { transfer: Transfer }) {
  const { t } = useTranslation();
  const [decreeNumber, setDecreeNumber] = useState('');
  const [decreeDate, setDecreeDate] = useState<string | null>(jakartaToday());
  const [effectiveDate, setEffectiveDate] = useState<string | null>(transfer.requestedEffectiveDate);
  const approval = transfer.ministerialApproval ?? null;
  const [approvalConfirmed, setApprovalConfirmed] = useState(false);
  const [problem, setProblem] = useState<Record<string, string>>({});
  const documents = useStepDocuments();
  const command = useTransferCommand(transfer.id, (key) =>
    unwrap(
      api.POST('/transfers/{id}/execute', {
        params: { path: { id: transfer.id }, header: headers(transfer, key) },
        body: {
          decreeNumber: decreeNumber.trim(),
          decreeDate: decreeDate ?? '',
          effectiveDate: effectiveDate ?? '',
          documents: documents.entries.length > 0 ? documents.entries : undefined,
          ministerialApprovalConfirmed: approval ? approvalConfirmed : undefined,
        },
      }),
    ),
  );
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const found: Record<string, string> = {};
    if (approval && !approvalConfirmed) found.approval = t('validation.ministerialApprovalUnconfirmed');
    if (decreeNumber.trim() === '') found.decreeNumber = t('validation.decreeNumberRequired');
    if (!decreeDate) found.decreeDate = t('validation.dateRequired');
    if (!effectiveDate) found.effectiveDate = t('validation.dateRequired');
    else if (decreeDate && effectiveDate < decreeDate) found.effectiveDate = t('validation.effectiveBeforeDecree');
    if (documents.uploading) found.documents = t('documents.pending');
    setProblem(found);
    if (Object.keys(found).length === 0) command.run();
  };
  return (
    <ActionPanel title={t('execute.title')} onSubmit={submit}>
      <TextInput
        label={t('execute.decreeNumber')}
        required
        value={decreeNumber}
        onChange={(e) => setDecreeNumber(e.currentTarget.value)}
        error={problem.decreeNumber}
      />
      <CalendarDateInput
        label={t('execute.decreeDate')}
        value={decreeDate}
        onChange={setDecreeDate}
        error={problem.decreeDate}
      />
      <CalendarDateInput
        label={t('execute.effectiveDate')}
        value={effectiveDate}
        onChange={setEffectiveDate}
        error={problem.effectiveDate}
      />
      <StepDocumentsField
        state={documents}
        checklist={transfer.checklist}
        steps={['execute', 'evaluate']}
        error={problem.documents}
      />
      {approval && (
        <Checkbox
          label={t('execute.ministerialApprovalConfirmed', { number: approval.number, date: approval.date })}
          checked={approvalConfirmed}
          onChange={(e) => setApprovalConfirmed(e.currentTarget.checked)}
          error={problem.approval}
        />
      )}
      <CommandMessage message={command.message} />
      <Button type="submit" loading={command.pending}>
        {t('execute.submit')}
      </Button>
    </ActionPanel>
  );
}

export function EvaluateForm({ transfer }: { transfer: Transfer }) {
  const { t } = useTranslation();
  const [score, setScore] = useState<number | string>('');
  const [adaptation, setAdaptation] = useState<string | null>(null);
  const [rating, setRating] = useState<string | null>(null);
  const [trainingCompleted, setTrainingCompleted] = useState(false);
  const hasTrainingNeeds = transfer.trainingNeeds.length > 0;
  const [notes, setNotes] = useState('');
  const [problem, setProblem] = useState<Record<string, string>>({});
  const documents = useStepDocuments();
  const command = useTransferCommand(transfer.id, (key) =>
    unwrap(
      api.POST('/transfers/{id}/evaluate', {
        params: { path: { id: transfer.id }, header: headers(transfer, key) },
        body: {
          performanceScore: Number(score),
          performanceRating: (rating ?? undefined) as Schemas['EvaluateTransferDto']['performanceRating'],
          adaptation: adaptation as 'good' | 'fair' | 'poor',
          notes: notes.trim() || undefined,
          trainingCompleted: hasTrainingNeeds ? trainingCompleted : undefined,
          documents: documents.entries.length > 0 ? documents.entries : undefined,
        },
      }),
    ),
  );
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const found: Record<string, string> = {};
    const value = Number(score);
    if (score === '' || !Number.isFinite(value) || value < 0 || value > 100) found.score = t('validation.score');
    if (!adaptation) found.adaptation = t('validation.adaptation');
    if (notes.trim().length > MAX_REASON) found.notes = t('validation.reasonTooLong', { max: MAX_REASON });
    if (documents.uploading) found.documents = t('documents.pending');
    setProblem(found);
    if (Object.keys(found).length === 0) command.run();
  };
  return (
    <ActionPanel title={t('evaluate.title')} onSubmit={submit}>
      <NumberInput
        label={t('evaluate.score')}
        required
        min={0}
        max={100}
        value={score}
        onChange={setScore}
        error={problem.score}
      />
      <Select
        label={t('evaluate.adaptation')}
        required
        value={adaptation}
        onChange={setAdaptation}
        data={['good', 'fair', 'poor'].map((value) => ({ value, label: t(`adaptation.${value}`) }))}
        error={problem.adaptation}
      />
      <Select
        label={t('evaluate.rating')}
        clearable
        value={rating}
        onChange={setRating}
        data={['sangat_baik', 'baik', 'butuh_perbaikan', 'kurang', 'sangat_kurang'].map((value) => ({
          value,
          label: t(`rating.${value}`),
        }))}
      />
      {hasTrainingNeeds && (
        <Checkbox
          label={t('evaluate.trainingCompleted')}
          checked={trainingCompleted}
          onChange={(e) => setTrainingCompleted(e.currentTarget.checked)}
        />
      )}
      <Textarea
        label={t('evaluate.notes')}
        value={notes}
        onChange={(e) => setNotes(e.currentTarget.value)}
        error={problem.notes}
      />
      <StepDocumentsField
        state={documents}
        checklist={transfer.checklist}
        steps={['evaluate']}
        error={problem.documents}
      />
      <CommandMessage message={command.message} />
      <Button type="submit" loading={command.pending}>
        {t('evaluate.submit')}
      </Button>
    </ActionPanel>
  );
}

export function ReviseForm({ transfer }: { transfer: Transfer }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState(transfer.reason);
  const [tmt, setTmt] = useState<string | null>(transfer.requestedEffectiveDate);
  const [targetPositionId, setTargetPositionId] = useState(transfer.targetPositionId);
  const [problem, setProblem] = useState<Record<string, string>>({});
  // The revision's attachments replace the proposal's: start from those it has.
  const documents = useStepDocuments(
    transfer.attachments.map(({ type, name, sha256 }) => ({ type: type ?? OTHER_TYPE, name, sha256 })),
  );
  const command = useTransferCommand(transfer.id, (key) =>
    unwrap(
      api.POST('/transfers/{id}/revise', {
        params: { path: { id: transfer.id }, header: headers(transfer, key) },
        body: {
          reason: reason.trim(),
          requestedEffectiveDate: tmt ?? '',
          targetPositionId: targetPositionId.trim(),
          attachments: documents.entries,
        },
      }),
    ),
  );
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const found: Record<string, string> = {};
    if (reason.trim() === '') found.reason = t('validation.reasonRequired');
    else if (reason.trim().length > MAX_REASON) found.reason = t('validation.reasonTooLong', { max: MAX_REASON });
    if (!tmt) found.tmt = t('validation.dateRequired');
    else if (tmt < jakartaToday()) found.tmt = t('validation.tmtInPast');
    if (targetPositionId.trim() === '') found.target = t('validation.targetRequired');
    if (documents.uploading) found.documents = t('documents.pending');
    setProblem(found);
    if (Object.keys(found).length === 0) command.run();
  };
  return (
    <ActionPanel title={t('revise.title')} onSubmit={submit}>
      <TextInput
        label={t('revise.target')}
        value={targetPositionId}
        onChange={(e) => setTargetPositionId(e.currentTarget.value)}
        error={problem.target}
      />
      <Textarea
        label={t('propose.reason')}
        required
        value={reason}
        onChange={(e) => setReason(e.currentTarget.value)}
        error={problem.reason}
      />
      <CalendarDateInput label={t('propose.tmt')} value={tmt} onChange={setTmt} error={problem.tmt} />
      <StepDocumentsField
        state={documents}
        checklist={transfer.checklist}
        steps={['propose']}
        error={problem.documents}
      />
      <CommandMessage message={command.message} />
      <Button type="submit" loading={command.pending}>
        {t('revise.submit')}
      </Button>
    </ActionPanel>
  );
}

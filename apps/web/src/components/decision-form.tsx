import { Button, Checkbox, Paper, Radio, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type Schemas } from '../api/client';
import { unwrap } from '../api/problem';
import { CommandMessage } from './command-message';
import type { ChecklistItem } from './documents/checklist-options';
import { StepDocumentsField, useStepDocuments } from './documents/step-documents';
import { useTransferCommand } from './command';
import { ConflictForm } from './conflict-form';

type Decision = Schemas['DecideTaskDto']['decision'];

const WORDS: Record<string, Decision[]> = {
  hearing: ['consent', 'objection'],
  consultation: ['recommended', 'not_recommended'],
  approval: ['approve', 'reject', 'return'],
};
/** PRODUCT.md §3: a reason is mandatory for reject, return, objection and not recommended. */
export const REASON_REQUIRED: Decision[] = ['reject', 'return', 'objection', 'not_recommended'];
export const MAX_REASON = 2000;

export function DecisionForm({
  transferId,
  version,
  task,
  purpose,
  checklist = [],
}: {
  transferId: string;
  version: number;
  task: Schemas['InboxItemDto'];
  /** What the task is for (its step in the checklist is `decide:<purpose>`), from the proposal's stages. */
  purpose?: string;
  /** The proposal's checklist: a task whose step asks for a document (BKN's technical consideration) gets an upload. */
  checklist?: readonly ChecklistItem[];
}) {
  const { t } = useTranslation();
  const [decision, setDecision] = useState<Decision | ''>('');
  const [reason, setReason] = useState('');
  const [declared, setDeclared] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [declarationProblem, setDeclarationProblem] = useState<string | null>(null);
  /** Every official declares no conflict of interest with a decision (PP 11/2017 Ps 190(5)); the employee does not. */
  const official = task.type !== 'hearing';
  const step = `decide:${purpose}`;
  const needsDocuments = purpose !== undefined && checklist.some((item) => item.step === step);
  const documents = useStepDocuments();
  const command = useTransferCommand(transferId, (key) =>
    unwrap(
      api.POST('/transfers/{id}/decisions', {
        params: { path: { id: transferId }, header: { 'If-Match': String(version), 'Idempotency-Key': key } },
        body: {
          taskId: task.taskId,
          decision: decision as Decision,
          reason: reason.trim() || undefined,
          onBehalfOf: task.onBehalfOf ?? undefined,
          documents: documents.entries.length > 0 ? documents.entries : undefined,
          declaration: official ? { noConflictOfInterest: declared } : undefined,
        },
      }),
    ),
  );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (decision === '') return setProblem(t('decision.choose'));
    if (REASON_REQUIRED.includes(decision) && reason.trim() === '') return setProblem(t('validation.reasonRequired'));
    if (reason.trim().length > MAX_REASON) return setProblem(t('validation.reasonTooLong', { max: MAX_REASON }));
    if (documents.uploading) return setProblem(t('documents.pending'));
    setProblem(null);
    if (official && !declared) return setDeclarationProblem(t('decision.declarationRequired'));
    setDeclarationProblem(null);
    command.run();
  };

  const titleId = `decide-${task.taskId}`;
  return (
    <>
      <Paper withBorder p="md" component="form" onSubmit={submit} aria-labelledby={titleId} noValidate>
        <Stack>
          <Title order={2} size="h4" id={titleId}>
            {t('decision.title', { task: t(`taskType.${task.type}`) })}
          </Title>
          {task.onBehalfOf && <Text size="sm">{t('inbox.onBehalfOf', { name: task.onBehalfOf })}</Text>}
          <Radio.Group
            label={t('decision.label')}
            value={decision}
            onChange={(value) => setDecision(value as Decision)}
            required
          >
            <Stack gap="xs" mt="xs">
              {(WORDS[task.type] ?? []).map((word) => (
                <Radio key={word} value={word} label={t(`decisionWord.${word}`)} />
              ))}
            </Stack>
          </Radio.Group>
          <Textarea
            label={t('decision.reason')}
            description={
              decision !== '' && REASON_REQUIRED.includes(decision) ? t('decision.reasonRequired') : undefined
            }
            required={decision !== '' && REASON_REQUIRED.includes(decision)}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            // A fixed height the reader can drag taller: measuring for autosize forces a layout of the whole proposal page.
            rows={4}
            resize="vertical"
            maxLength={MAX_REASON + 100}
            error={problem ?? undefined}
          />
          {needsDocuments && <StepDocumentsField state={documents} checklist={checklist} steps={[step]} />}
          {official && (
            <Checkbox
              label={t('decision.declaration')}
              checked={declared}
              onChange={(e) => setDeclared(e.currentTarget.checked)}
              required
              error={declarationProblem ?? undefined}
            />
          )}
          <CommandMessage message={command.message} />
          <Button type="submit" loading={command.pending} disabled={command.pending}>
            {t('decision.submit')}
          </Button>
        </Stack>
      </Paper>
      {/* a delegate with a conflict leaves the task to the official they act for */}
      {official && task.onBehalfOf === null && (
        <ConflictForm transferId={transferId} version={version} taskId={task.taskId} />
      )}
    </>
  );
}

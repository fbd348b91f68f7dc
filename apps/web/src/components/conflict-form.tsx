import { Button, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { unwrap } from '../api/problem';
import { CommandMessage } from './command-message';
import { useTransferCommand } from './command';
import { MAX_REASON } from './decision-form';

/**
 * The holder of a task who has a family or personal interest in the move says so instead of
 * deciding (PP 11/2017 Ps 190(5)): the task goes to the superior chain role.
 */
export function ConflictForm({ transferId, version, taskId }: { transferId: string; version: number; taskId: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const command = useTransferCommand(transferId, (key) =>
    unwrap(
      api.POST('/transfers/{id}/conflicts', {
        params: { path: { id: transferId }, header: { 'If-Match': String(version), 'Idempotency-Key': key } },
        body: { taskId, reason: reason.trim() },
      }),
    ),
  );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (reason.trim() === '') return setProblem(t('validation.reasonRequired'));
    if (reason.trim().length > MAX_REASON) return setProblem(t('validation.reasonTooLong', { max: MAX_REASON }));
    setProblem(null);
    command.run();
  };

  const titleId = `conflict-${taskId}`;
  if (!open) {
    return (
      <Button variant="default" onClick={() => setOpen(true)} style={{ alignSelf: 'flex-start' }}>
        {t('conflict.open')}
      </Button>
    );
  }
  return (
    <Paper withBorder p="md" component="form" onSubmit={submit} aria-labelledby={titleId} noValidate>
      <Stack>
        <Title order={2} size="h4" id={titleId}>
          {t('conflict.title')}
        </Title>
        <Text size="sm">{t('conflict.explain')}</Text>
        <Textarea
          label={t('conflict.reason')}
          required
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          autosize
          minRows={2}
          maxLength={MAX_REASON + 100}
          error={problem ?? undefined}
        />
        <CommandMessage message={command.message} />
        <Button type="submit" color="red" variant="outline" loading={command.pending} disabled={command.pending}>
          {t('conflict.submit')}
        </Button>
      </Stack>
    </Paper>
  );
}

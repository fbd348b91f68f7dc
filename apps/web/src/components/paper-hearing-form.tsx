import { Button, FileInput, Radio, Stack, Text, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type Schemas } from '../api/client';
import { ApiProblem, unwrap } from '../api/problem';
import { jakartaToday } from '../format/wib';
import { ActionPanel } from './action-panel';
import { CalendarDateInput } from './calendar-date-input';
import { CommandMessage } from './command-message';
import { useTransferCommand } from './command';
import { MAX_REASON } from './decision-form';
import { checkFile, MAX_DOCUMENT_BYTES, uploadDocument } from './documents/upload-document';

type Transfer = Schemas['TransferViewDto'];
type Answer = Schemas['RecordHearingDto']['answer'];

/** An operator records the answer an employee without a login gave on a signed paper form. */
export function PaperHearingForm({ transfer, taskId }: { transfer: Transfer; taskId: string }) {
  const { t, i18n } = useTranslation();
  const [answer, setAnswer] = useState<Answer | ''>('');
  const [reason, setReason] = useState('');
  const [answeredOn, setAnsweredOn] = useState<string | null>(jakartaToday());
  const [file, setFile] = useState<File | null>(null);
  const [formSha256, setFormSha256] = useState('');
  const [problem, setProblem] = useState<Record<string, string>>({});
  const command = useTransferCommand(transfer.id, (key) =>
    unwrap(
      api.POST('/transfers/{id}/hearing-record', {
        params: {
          path: { id: transfer.id },
          header: { 'If-Match': String(transfer.version), 'Idempotency-Key': key },
        },
        body: {
          taskId,
          answer: answer as Answer,
          reason: reason.trim() || undefined,
          formSha256,
          answeredOn: answeredOn ?? undefined,
        },
      }),
    ),
  );
  const refuseForm = (message: string) => setProblem((found) => ({ ...found, form: message }));
  /** A field's message goes as soon as the field is changed; submitting checks it again. */
  const clearProblem = (field: string) => setProblem(({ [field]: _cleared, ...rest }) => rest);
  /** The scan is stored like any document (checked as the server checks), so every later step can open it. */
  const upload = async (chosen: File) => {
    const checked = await checkFile(chosen);
    if ('key' in checked) return refuseForm(t(checked.key, { limit: MAX_DOCUMENT_BYTES }));
    try {
      setFormSha256((await uploadDocument(chosen, checked.mediaType, () => undefined)).sha256);
    } catch (error) {
      refuseForm(error instanceof ApiProblem ? error.localized(i18n.language) : t('common.networkError'));
    }
  };
  const choose = (chosen: File | null) => {
    setFile(chosen);
    setFormSha256('');
    clearProblem('form');
    if (chosen) void upload(chosen);
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const found: Record<string, string> = {};
    if (answer === '') found.answer = t('paperHearing.chooseAnswer');
    if (answer === 'objection' && reason.trim() === '') found.reason = t('validation.reasonRequired');
    else if (reason.trim().length > MAX_REASON) found.reason = t('validation.reasonTooLong', { max: MAX_REASON });
    if (!file || formSha256 === '') found.form = t('paperHearing.formRequired');
    if (!answeredOn) found.answeredOn = t('validation.dateRequired');
    else if (answeredOn > jakartaToday()) found.answeredOn = t('paperHearing.answeredInFuture');
    setProblem(found);
    if (Object.keys(found).length === 0) command.run();
  };
  return (
    <ActionPanel title={t('paperHearing.title')} onSubmit={submit}>
      <Text size="sm">{t('paperHearing.hint')}</Text>
      <Radio.Group
        label={t('paperHearing.answer')}
        value={answer}
        onChange={(value) => {
          setAnswer(value as Answer);
          clearProblem('answer');
          clearProblem('reason');
        }}
        required
        error={problem.answer}
      >
        <Stack gap="xs" mt="xs">
          {(['consent', 'objection'] as const).map((word) => (
            <Radio key={word} value={word} label={t(`decisionWord.${word}`)} />
          ))}
        </Stack>
      </Radio.Group>
      <Textarea
        label={t('paperHearing.reason')}
        required={answer === 'objection'}
        value={reason}
        onChange={(e) => {
          setReason(e.currentTarget.value);
          clearProblem('reason');
        }}
        // A fixed height the reader can drag taller: measuring for autosize forces a layout of the whole proposal page.
        rows={3}
        resize="vertical"
        error={problem.reason}
      />
      <FileInput
        label={t('paperHearing.form')}
        required
        accept="application/pdf,image/*"
        value={file}
        onChange={choose}
        error={problem.form}
      />
      {formSha256 && (
        <Text size="xs" ff="monospace" data-testid="paper-form-sha256" style={{ wordBreak: 'break-all' }}>
          SHA-256 {formSha256}
        </Text>
      )}
      <CalendarDateInput
        label={t('paperHearing.answeredOn')}
        value={answeredOn}
        onChange={(value) => {
          setAnsweredOn(value);
          clearProblem('answeredOn');
        }}
        error={problem.answeredOn}
      />
      <CommandMessage message={command.message} />
      <Button type="submit" loading={command.pending}>
        {t('paperHearing.submit')}
      </Button>
    </ActionPanel>
  );
}

import { ActionIcon, Alert, Button, Group, Paper, Progress, Select, Stack, Text } from '@mantine/core';
import { Dropzone, type FileRejection } from '@mantine/dropzone';
import { useEffect, useId, useRef, useState, type Dispatch, type SetStateAction } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiProblem } from '../../api/problem';
import { DocumentHash } from './document-hash';
import { checkFile, MAX_DOCUMENT_BYTES, uploadDocument } from './upload-document';

/** A document a form will send: the checklist item it fills, the file's name, and what the server answered. */
export type UploadedDocument = { type: string; name: string; sha256: string; size?: number; mediaType?: string };

/** A checklist item the user may file a document under. */
export type DocumentOption = { code: string; label: string };

export const OTHER_TYPE = 'other';
const ACCEPT = ['application/pdf', 'image/jpeg', 'image/png'];
/** The API's longest attachment name. */
const MAX_NAME = 300;

type Pending = { id: string; name: string; progress: number };
type Refusal = { id: string; name: string; text: string };

export function formatBytes(bytes: number, language: string): string {
  const format = new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'id-ID', { maximumFractionDigits: 1 });
  if (bytes < 1024) return `${format.format(bytes)} B`;
  if (bytes < 1024 * 1024) return `${format.format(bytes / 1024)} KB`;
  return `${format.format(bytes / (1024 * 1024))} MB`;
}

/**
 * Drag and drop (or pick, by mouse or keyboard) PDF, JPEG or PNG files under a checklist item:
 * each is checked as the server checks it, sent with a progress bar, and listed with the hash,
 * size and type the server answered.
 */
export function DocumentUpload({
  options,
  value,
  onChange,
  onPendingChange,
}: {
  options: DocumentOption[];
  value: UploadedDocument[];
  onChange: Dispatch<SetStateAction<UploadedDocument[]>>;
  onPendingChange?: (pending: boolean) => void;
}) {
  const { t, i18n } = useTranslation();
  const hintId = useId();
  const openRef = useRef<() => void>(null);
  const choices = [...options, { code: OTHER_TYPE, label: t('documents.other') }];
  const firstMissing = options.find((o) => !value.some((d) => d.type === o.code))?.code ?? OTHER_TYPE;
  const [chosen, setChosen] = useState<string | null>(null);
  const type = chosen !== null && choices.some((c) => c.code === chosen) ? chosen : firstMissing;
  const [pending, setPending] = useState<Pending[]>([]);
  const [refusals, setRefusals] = useState<Refusal[]>([]);
  const labelOf = (code: string) => choices.find((c) => c.code === code)?.label ?? code;

  useEffect(() => onPendingChange?.(pending.length > 0), [pending.length, onPendingChange]);

  const refuse = (name: string, text: string) =>
    setRefusals((list) => [...list, { id: crypto.randomUUID(), name, text }]);

  const send = async (file: File, forType: string) => {
    const checked = await checkFile(file);
    if ('key' in checked) return refuse(file.name, t(checked.key, { limit: MAX_DOCUMENT_BYTES }));
    const id = crypto.randomUUID();
    const name = file.name.slice(0, MAX_NAME) || forType;
    setPending((list) => [...list, { id, name, progress: 0 }]);
    try {
      const stored = await uploadDocument(file, checked.mediaType, (progress) =>
        setPending((list) => list.map((p) => (p.id === id ? { ...p, progress } : p))),
      );
      onChange((list) => [
        ...list.filter((d) => !(d.sha256 === stored.sha256 && d.type === forType)),
        { type: forType, name, sha256: stored.sha256, size: stored.size, mediaType: stored.mediaType },
      ]);
    } catch (error) {
      refuse(name, error instanceof ApiProblem ? error.localized(i18n.language) : t('common.networkError'));
    } finally {
      setPending((list) => list.filter((p) => p.id !== id));
    }
  };

  const onDrop = (files: File[]) => {
    setRefusals([]);
    setChosen(null);
    for (const file of files) void send(file, type);
  };
  const onReject = (rejections: FileRejection[]) => {
    setRefusals([]);
    for (const { file, errors } of rejections) {
      const tooLarge = errors.some((e) => e.code === 'file-too-large');
      refuse(
        file.name,
        t(tooLarge ? 'documents.refused.tooLarge' : 'documents.refused.type', { limit: MAX_DOCUMENT_BYTES }),
      );
    }
  };

  return (
    <Stack gap="xs" data-testid="document-upload">
      <Select
        label={t('documents.type')}
        value={type}
        onChange={setChosen}
        allowDeselect={false}
        data={choices.map((c) => ({ value: c.code, label: c.label }))}
      />
      {/* The zone takes drops and clicks; keyboard users reach its button (a focusable zone would nest the file input in a control). */}
      <Dropzone
        onDrop={onDrop}
        onReject={onReject}
        accept={ACCEPT}
        maxSize={MAX_DOCUMENT_BYTES}
        activateOnKeyboard={false}
        enablePointerEvents
        openRef={openRef}
        data-testid="document-zone"
      >
        <Stack gap="xs" align="center" py="sm">
          <Text fw={600} ta="center">
            <Dropzone.Reject>{t('documents.dropReject')}</Dropzone.Reject>
            <Dropzone.Idle>{t('documents.drop')}</Dropzone.Idle>
            <Dropzone.Accept>{t('documents.drop')}</Dropzone.Accept>
          </Text>
          <Button
            size="sm"
            aria-describedby={hintId}
            onClick={(event) => {
              event.stopPropagation();
              openRef.current?.();
            }}
          >
            {t('documents.choose')}
          </Button>
          <Text size="sm" c="dimmed" ta="center" id={hintId}>
            {t('documents.dropHint', { size: formatBytes(MAX_DOCUMENT_BYTES, i18n.language), type: labelOf(type) })}
          </Text>
        </Stack>
      </Dropzone>
      {pending.map((p) => (
        <div key={p.id}>
          <Text size="sm">{t('documents.uploading', { name: p.name, percent: Math.round(p.progress * 100) })}</Text>
          <Progress
            value={p.progress * 100}
            aria-label={t('documents.uploadingLabel', { name: p.name })}
            data-testid="upload-progress"
          />
        </div>
      ))}
      {refusals.map((r) => (
        <Alert key={r.id} color="red" role="alert" data-testid="upload-refused">
          {r.name}: {r.text}
        </Alert>
      ))}
      {value.length > 0 && (
        <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('documents.uploaded')}>
          {value.map((d) => (
            <Paper component="li" withBorder p="xs" key={`${d.type}-${d.sha256}`} data-testid="uploaded-document">
              <Group justify="space-between" wrap="nowrap" align="flex-start">
                <Stack gap={2} style={{ minWidth: 0 }}>
                  <Text size="sm" fw={600}>
                    {labelOf(d.type)}
                  </Text>
                  <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                    {d.name}
                    {d.size !== undefined && ` · ${formatBytes(d.size, i18n.language)}`}
                    {d.mediaType && ` · ${d.mediaType}`}
                  </Text>
                  <DocumentHash sha256={d.sha256} />
                </Stack>
                <ActionIcon
                  variant="subtle"
                  color="red"
                  aria-label={t('documents.remove', { name: d.name })}
                  onClick={() => onChange((list) => list.filter((x) => x !== d))}
                >
                  ×
                </ActionIcon>
              </Group>
            </Paper>
          ))}
        </Stack>
      )}
    </Stack>
  );
}

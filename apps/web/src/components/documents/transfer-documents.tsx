import { Anchor, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../../api/client';
import { formatInstant } from '../../format/wib';
import { checklistName } from './checklist-options';
import { useStepLabel } from './document-checklist';
import { DocumentHash } from './document-hash';
import { OTHER_TYPE } from './document-upload';

type Transfer = Schemas['TransferViewDto'];
type Recorded = Pick<Schemas['RecordedDocumentDto'], 'type' | 'name' | 'sha256'> &
  Partial<Schemas['RecordedDocumentDto']>;

/**
 * Every document the proposal's steps referred to, each opening in the browser's own viewer in a
 * new tab (served inline by GET /documents/{sha256}), with its full hash for auditors.
 */
export function TransferDocuments({ transfer }: { transfer: Transfer }) {
  const { t, i18n } = useTranslation();
  const stepLabel = useStepLabel();
  // Proposals recorded before documents were kept per step list only their attachments.
  const documents: Recorded[] =
    transfer.documents.length > 0
      ? transfer.documents
      : transfer.attachments.map((a) => ({ ...a, type: a.type ?? OTHER_TYPE, step: 'propose' }));
  if (documents.length === 0) return <Text c="dimmed">{t('documents.none')}</Text>;
  const typeLabel = (type: string) => {
    const item = transfer.checklist.find((i) => i.code === type);
    return item ? checklistName(item, i18n.language) : t('documents.other');
  };
  return (
    <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }} data-testid="transfer-documents">
      {documents.map((d, index) => (
        <Paper component="li" withBorder p="xs" key={`${d.sha256}-${d.type}-${index}`}>
          <Stack gap={2}>
            <Anchor
              href={`/documents/${d.sha256}`}
              target="_blank"
              rel="noopener"
              fw={600}
              style={{ overflowWrap: 'anywhere' }}
            >
              {d.name}
              <Text span size="xs" fw={400}>
                {' '}
                ({t('documents.opensInNewTab')})
              </Text>
            </Anchor>
            <Text size="sm">
              {typeLabel(d.type)}
              {d.step && ` · ${stepLabel(d.step)}`}
              {d.revision && d.revision > 1 ? ` · ${t('documents.revision', { n: d.revision })}` : ''}
            </Text>
            {d.at && (
              <Text size="xs" c="dimmed">
                {t('documents.addedBy', { at: formatInstant(d.at, i18n.language), by: d.byUserId })}
              </Text>
            )}
            <DocumentHash sha256={d.sha256} />
          </Stack>
        </Paper>
      ))}
    </Stack>
  );
}

import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** A document's SHA-256 in full, for auditors to compare with the export and the file. */
export function DocumentHash({ sha256 }: { sha256: string }) {
  const { t } = useTranslation();
  return (
    <Text size="xs" ff="monospace" style={{ overflowWrap: 'anywhere' }} data-testid="document-hash">
      {t('documents.sha256')} {sha256}
    </Text>
  );
}

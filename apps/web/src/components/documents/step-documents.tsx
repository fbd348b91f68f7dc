import { Fieldset, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useChecklistOptions, type ChecklistItem } from './checklist-options';
import { DocumentUpload, type UploadedDocument } from './document-upload';

export type StepDocuments = ReturnType<typeof useStepDocuments>;

/** The documents a form gathers for its step, and whether an upload is still running. */
export function useStepDocuments(initial: UploadedDocument[] = []) {
  const [documents, setDocuments] = useState<UploadedDocument[]>(initial);
  const [uploading, setUploading] = useState(false);
  const entries = documents.map(({ type, name, sha256 }) => ({ type, name, sha256 }));
  return { documents, setDocuments, uploading, setUploading, entries };
}

/** A form's upload area, offering the checklist items of its steps. */
export function StepDocumentsField({
  state,
  checklist,
  steps,
  error,
}: {
  state: StepDocuments;
  checklist: readonly ChecklistItem[] | undefined;
  steps: readonly string[];
  error?: string;
}) {
  const { t } = useTranslation();
  const options = useChecklistOptions(checklist, steps);
  return (
    <Fieldset legend={t('documents.upload')} variant="unstyled">
      <DocumentUpload
        options={options}
        value={state.documents}
        onChange={state.setDocuments}
        onPendingChange={state.setUploading}
      />
      {error && (
        <Text c="red.9" size="sm" role="alert" mt="xs">
          {error}
        </Text>
      )}
    </Fieldset>
  );
}

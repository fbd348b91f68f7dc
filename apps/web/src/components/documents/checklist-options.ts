import { useTranslation } from 'react-i18next';
import type { Schemas } from '../../api/client';
import type { DocumentOption } from './document-upload';

export type ChecklistItem = Schemas['ChecklistItemDto'];

export function checklistName(item: Pick<ChecklistItem, 'name'>, language: string): string {
  return language === 'en' ? item.name.en : item.name.id;
}

/** The checklist items of the given steps, as choices of a document type, blocking ones marked. */
export function useChecklistOptions(
  checklist: readonly ChecklistItem[] | undefined,
  steps: readonly string[],
): DocumentOption[] {
  const { t, i18n } = useTranslation();
  return (checklist ?? [])
    .filter((item) => steps.includes(item.step))
    .map((item) => {
      const name = checklistName(item, i18n.language);
      return { code: item.code, label: item.level === 'blocking' ? `${name} (${t('documents.blocking')})` : name };
    });
}

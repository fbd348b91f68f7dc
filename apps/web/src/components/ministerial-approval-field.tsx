import { Group, TextInput } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useTranslation } from 'react-i18next';

export type ApprovalDraft = { number: string; date: string | null };

export const NO_APPROVAL: ApprovalDraft = { number: '', date: null };

/** The codes the Minister of Home Affairs' written approval turns into warnings. */
export const APPROVAL_CODES = [
  'ELIGIBILITY_ELECTION_BLACKOUT',
  'ELIGIBILITY_POST_INAUGURATION_BLACKOUT',
  'ELIGIBILITY_JPT_TWO_YEAR_LOCK',
];

/** The approval as the API takes it, once both its number and date are given. */
export function approvalBody(draft: ApprovalDraft): { number: string; date: string } | undefined {
  const number = draft.number.trim();
  return number !== '' && draft.date ? { number, date: draft.date } : undefined;
}

/** Half an approval (a number without a date, or the reverse) is a mistake worth naming. */
export function approvalIncomplete(draft: ApprovalDraft): boolean {
  return (draft.number.trim() === '') !== (draft.date === null);
}

/** The letter of the Minister of Home Affairs' written approval of a move in a blackout window or the JPT lock (optional). */
export function MinisterialApprovalField({
  value,
  onChange,
  error,
}: {
  value: ApprovalDraft;
  onChange: (value: ApprovalDraft) => void;
  error?: string;
}) {
  const { t } = useTranslation();
  return (
    <Group grow align="flex-start">
      <TextInput
        label={t('propose.approvalNumber')}
        description={t('propose.approvalHint')}
        value={value.number}
        onChange={(e) => onChange({ ...value, number: e.currentTarget.value })}
        error={error}
      />
      <DateInput
        label={t('propose.approvalDate')}
        valueFormat="YYYY-MM-DD"
        clearable
        value={value.date}
        onChange={(date) => onChange({ ...value, date })}
      />
    </Group>
  );
}

/** Every email mutasi sends; each has `<name>.subject.hbs`, `.html.hbs` and `.text.hbs` per language. */
export const NOTIFICATION_TEMPLATES = [
  'transfer-proposed',
  'hearing-requested',
  'task-assigned',
  'task-delegated',
  'task-escalated',
  'task-reassigned-conflict',
  'task-due-soon',
  'proposal-returned',
  'proposal-rejected',
  'proposal-rejected-proposer',
  'proposal-approved',
  'proposal-approved-proposer',
  'proposal-withdrawn',
  'decree-issued',
  'transfer-executed',
  'evaluation-due',
  'evaluation-due-proposer',
  'transfer-evaluated',
  'assignment-ending',
] as const;

export type NotificationTemplate = (typeof NOTIFICATION_TEMPLATES)[number];

export const LANGUAGES = ['id', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export function languageOf(value: string | null | undefined): Language {
  return value === 'en' ? 'en' : 'id';
}

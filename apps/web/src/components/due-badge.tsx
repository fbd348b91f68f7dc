import { Badge, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { dueState, formatInstant } from '../format/wib';

export function DueBadge({ dueAt }: { dueAt: string | null }) {
  const { t, i18n } = useTranslation();
  const state = dueState(dueAt);
  if (!dueAt) return <Text size="sm">—</Text>;
  return (
    <div>
      <Text size="sm">{formatInstant(dueAt, i18n.language)}</Text>
      {state === 'overdue' && <Badge color="red">{t('inbox.overdue')}</Badge>}
      {state === 'today' && <Badge color="orange">{t('inbox.dueToday')}</Badge>}
    </div>
  );
}

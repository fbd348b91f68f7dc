import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

const COLORS: Record<string, string> = {
  PROPOSED: 'blue',
  IN_CONSULTATION: 'cyan',
  IN_APPROVAL: 'indigo',
  RETURNED: 'orange',
  APPROVED: 'green',
  REJECTED: 'red',
  WITHDRAWN: 'gray',
  DECREE_ISSUED: 'teal',
  EXECUTED: 'teal',
  EVALUATED: 'grape',
};

export function StatusBadge({ status }: { status: string }) {
  const { t } = useTranslation();
  return (
    <Badge color={COLORS[status] ?? 'gray'} variant="light" c="dark.9">
      {t(`status.${status}`)}
    </Badge>
  );
}

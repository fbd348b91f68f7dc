import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../api/client';
import { DueBadge } from '../components/due-badge';
import { PageState } from '../components/page-state';
import { TableOrCards, type Column } from '../components/table-or-cards';
import { EmployeeCell, MoveText } from '../components/transfer-cells';
import { dueState } from '../format/wib';
import { INBOX_PAGE_SIZE, inboxQuery } from './queries';

type Task = Schemas['InboxItemDto'];

/** The caller's open tasks, soonest due first, a page at a time through the API's cursor. */
export function InboxPage() {
  const { t } = useTranslation();
  const [cursors, setCursors] = useState<string[]>([]);
  const inbox = useQuery({ ...inboxQuery(cursors[cursors.length - 1]), placeholderData: keepPreviousData });
  const columns: Column<Task>[] = [
    {
      key: 'employee',
      label: t('inbox.employee'),
      cell: (item) => <EmployeeCell transferId={item.transferId} name={item.employeeName} nip={item.employeeNip} />,
    },
    {
      key: 'move',
      label: t('inbox.move'),
      cell: (item) => <MoveText originAgencyId={item.originAgencyId} targetAgencyId={item.targetAgencyId} />,
    },
    {
      key: 'task',
      label: t('inbox.task'),
      cell: (item) => (
        <>
          <Text size="sm">{t(`taskType.${item.type}`)}</Text>
          <Text size="xs" c="dimmed">
            {t(`chainRole.${item.chainRole}`, { defaultValue: item.chainRole })}
            {item.onBehalfOf ? ` · ${t('inbox.onBehalfOf', { name: item.onBehalfOf })}` : ''}
          </Text>
        </>
      ),
    },
    { key: 'due', label: t('inbox.due'), cell: (item) => <DueBadge dueAt={item.dueAt} /> },
  ];
  const first = cursors.length * INBOX_PAGE_SIZE + 1;

  return (
    <Stack component="section" aria-labelledby="inbox-title">
      <Title order={1} size="h2" id="inbox-title">
        {t('inbox.title')}
      </Title>
      {!inbox.data ? (
        <PageState error={inbox.error} />
      ) : inbox.data.items.length === 0 ? (
        <Text>{t('inbox.empty')}</Text>
      ) : (
        <>
          <TableOrCards
            rows={inbox.data.items}
            rowKey={(item) => item.taskId + item.transferId}
            rowData={(item) => ({ 'data-due': dueState(item.dueAt) })}
            columns={columns}
            testId="inbox-table"
            striped
          />
          {inbox.data.openCount > INBOX_PAGE_SIZE && (
            <Group justify="space-between">
              <Text size="sm" aria-live="polite" data-testid="inbox-range">
                {t('inbox.range', {
                  from: first,
                  to: first + inbox.data.items.length - 1,
                  total: inbox.data.openCount,
                })}
              </Text>
              <Group>
                <Button
                  variant="default"
                  disabled={cursors.length === 0}
                  onClick={() => setCursors(cursors.slice(0, -1))}
                >
                  {t('common.previous')}
                </Button>
                <Button
                  variant="default"
                  disabled={!inbox.data.nextCursor}
                  onClick={() => inbox.data?.nextCursor && setCursors([...cursors, inbox.data.nextCursor])}
                >
                  {t('common.next')}
                </Button>
              </Group>
            </Group>
          )}
        </>
      )}
    </Stack>
  );
}

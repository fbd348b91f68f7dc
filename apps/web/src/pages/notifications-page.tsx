import { Anchor, Badge, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../api/client';
import { unwrap } from '../api/problem';
import { PageState } from '../components/page-state';
import { formatInstant } from '../format/wib';

const STATUS_COLOR: Record<string, string> = { sent: 'green', failed: 'red' };

/** The caller's own notification log (admins and auditors see everyone's). */
export function NotificationsPage() {
  const { t, i18n } = useTranslation();
  const [cursors, setCursors] = useState<string[]>([]);
  const cursor = cursors[cursors.length - 1];
  const log = useQuery({
    queryKey: ['notifications', cursor ?? null],
    queryFn: () => unwrap(api.GET('/notifications', { params: { query: { cursor, limit: 25 } } })),
  });
  return (
    <Stack component="section" aria-labelledby="notifications-title">
      <Title order={1} size="h2" id="notifications-title">
        {t('notifications.title')}
      </Title>
      {!log.data ? (
        <PageState error={log.error} />
      ) : log.data.items.length === 0 ? (
        <Text>{t('notifications.empty')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={560}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('notifications.when')}</Table.Th>
                <Table.Th>{t('notifications.what')}</Table.Th>
                <Table.Th>{t('notifications.status')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {log.data.items.map((item) => (
                <Table.Tr key={item.id}>
                  <Table.Td>{formatInstant(item.createdAt, i18n.language)}</Table.Td>
                  <Table.Td>
                    <Anchor component={Link} to={`/transfers/${item.transferId}`}>
                      {t(`template.${item.template}`, { defaultValue: item.template })}
                    </Anchor>
                    <Text size="xs" c="dimmed">
                      {item.recipientName} · {item.recipient}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Badge color={STATUS_COLOR[item.status] ?? 'gray'} variant="light" c="dark.9">
                      {t(`notificationStatus.${item.status}`, { defaultValue: item.status })}
                    </Badge>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Group>
        <Button variant="default" disabled={cursors.length === 0} onClick={() => setCursors(cursors.slice(0, -1))}>
          {t('common.previous')}
        </Button>
        <Button
          variant="default"
          disabled={!log.data?.nextCursor}
          onClick={() => log.data?.nextCursor && setCursors([...cursors, log.data.nextCursor])}
        >
          {t('common.next')}
        </Button>
      </Group>
    </Stack>
  );
}

import { Anchor, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DueBadge } from '../components/due-badge';
import { useAgencyName } from '../components/agency-names';
import { PageState } from '../components/page-state';
import { dueState } from '../format/wib';
import { inboxQuery } from './queries';

export function InboxPage() {
  const { t } = useTranslation();
  const agencyName = useAgencyName();
  const inbox = useQuery(inboxQuery());
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
        <Table.ScrollContainer minWidth={640}>
          <Table striped highlightOnHover data-testid="inbox-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('inbox.employee')}</Table.Th>
                <Table.Th>{t('inbox.move')}</Table.Th>
                <Table.Th>{t('inbox.task')}</Table.Th>
                <Table.Th>{t('inbox.due')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {inbox.data.items.map((item) => (
                <Table.Tr key={item.taskId + item.transferId} data-due={dueState(item.dueAt)}>
                  <Table.Td>
                    <Anchor component={Link} to={`/transfers/${item.transferId}`}>
                      {item.employeeName}
                    </Anchor>
                    <Text size="xs" c="dimmed">
                      {t('common.nip')} {item.employeeNip}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">
                      {agencyName(item.originAgencyId)} → {agencyName(item.targetAgencyId)}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{t(`taskType.${item.type}`)}</Text>
                    <Text size="xs" c="dimmed">
                      {t(`chainRole.${item.chainRole}`, { defaultValue: item.chainRole })}
                      {item.onBehalfOf ? ` · ${t('inbox.onBehalfOf', { name: item.onBehalfOf })}` : ''}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <DueBadge dueAt={item.dueAt} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}

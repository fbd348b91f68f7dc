import { Anchor, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DueBadge } from '../components/due-badge';
import { useAgencyName } from '../components/agency-names';
import { PageState } from '../components/page-state';
import { StatusBadge } from '../components/status-badge';
import { formatDate } from '../format/wib';
import { useUser } from '../session/session';
import { hearingsQuery, transfersQuery } from './queries';

/** The employee's own page: the proposals about them, and the hearings waiting for their answer. */
export function MyPage() {
  const { t, i18n } = useTranslation();
  const agencyName = useAgencyName();
  const user = useUser();
  const nip = user.employeeNip ?? '';
  const mine = useQuery(transfersQuery({ employeeNip: nip }, undefined));
  const inbox = useQuery(hearingsQuery());
  const hearings = (inbox.data?.items ?? []).filter((item) => item.type === 'hearing' && item.employeeNip === nip);
  return (
    <Stack component="section" aria-labelledby="me-title">
      <Title order={1} size="h2" id="me-title">
        {t('me.title')}
      </Title>
      <Title order={2} size="h3">
        {t('me.hearings')}
      </Title>
      {hearings.length === 0 ? (
        <Text>{t('me.noHearing')}</Text>
      ) : (
        hearings.map((item) => (
          <Stack key={item.taskId} gap={2}>
            <Anchor component={Link} to={`/transfers/${item.transferId}`}>
              {t('me.answerHearing')}
            </Anchor>
            <DueBadge dueAt={item.dueAt} />
          </Stack>
        ))
      )}
      <Title order={2} size="h3">
        {t('me.proposals')}
      </Title>
      {!mine.data ? (
        <PageState error={mine.error} />
      ) : mine.data.items.length === 0 ? (
        <Text>{t('transfers.empty')}</Text>
      ) : (
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('inbox.move')}</Table.Th>
              <Table.Th>{t('transfers.status')}</Table.Th>
              <Table.Th>{t('transfer.tmt')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {mine.data.items.map((item) => (
              <Table.Tr key={item.id}>
                <Table.Td>
                  <Anchor component={Link} to={`/transfers/${item.id}`}>
                    {agencyName(item.originAgencyId)} → {agencyName(item.targetAgencyId)}
                  </Anchor>
                </Table.Td>
                <Table.Td>
                  <StatusBadge status={item.status} />
                </Table.Td>
                <Table.Td>{formatDate(item.requestedEffectiveDate, i18n.language)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}

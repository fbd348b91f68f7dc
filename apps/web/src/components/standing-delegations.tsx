import { Alert, Button, Paper, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type Schemas } from '../api/client';
import { ApiProblem, unwrap } from '../api/problem';
import { formatDate } from '../format/wib';
import { useUser } from '../session/session';
import { PageState } from './page-state';
import { TableOrCards, type Column } from './table-or-cards';

export const DELEGATIONS_QUERY_KEY = ['delegations'];

/** The delegations the user gave or received that have not run out; the official may end theirs. */
export function StandingDelegations() {
  const { t, i18n } = useTranslation();
  const user = useUser();
  const queries = useQueryClient();
  const [problem, setProblem] = useState<string | null>(null);
  const list = useQuery({
    queryKey: DELEGATIONS_QUERY_KEY,
    queryFn: () => unwrap(api.GET('/delegations')),
  });
  const end = useMutation({
    mutationFn: (id: string) => unwrap(api.POST('/delegations/{id}/end', { params: { path: { id } } })),
    onSuccess: async () => {
      setProblem(null);
      await queries.invalidateQueries();
    },
    onError: (error) =>
      setProblem(error instanceof ApiProblem ? error.localized(i18n.language) : t('common.networkError')),
  });

  const given = (d: Schemas['DelegationResponse']) => d.delegatorUserId === user.username;
  const columns: Column<Schemas['DelegationResponse']>[] = [
    {
      key: 'between',
      label: t('delegation.between'),
      cell: (d) =>
        given(d)
          ? t('delegation.givenTo', { name: d.delegateUserId })
          : t('delegation.receivedFrom', { name: d.delegatorUserId }),
    },
    {
      key: 'period',
      label: t('delegation.period'),
      cell: (d) => `${formatDate(d.from, i18n.language)} – ${formatDate(d.to, i18n.language)}`,
    },
    {
      key: 'action',
      label: t('delegation.action'),
      labelHidden: true,
      cell: (d) =>
        given(d) && (
          <Button
            size="xs"
            variant="outline"
            color="red"
            loading={end.isPending && end.variables === d.id}
            onClick={() => end.mutate(d.id)}
            aria-label={t('delegation.endFor', { name: d.delegateUserId })}
          >
            {t('delegation.end')}
          </Button>
        ),
    },
  ];

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="standing-delegations-title">
      <Stack>
        <Title order={2} size="h3" id="standing-delegations-title">
          {t('delegation.standing')}
        </Title>
        {!list.data ? (
          <PageState error={list.error} />
        ) : list.data.items.length === 0 ? (
          <Text>{t('delegation.none')}</Text>
        ) : (
          <TableOrCards rows={list.data.items} rowKey={(d) => d.id} columns={columns} testId="standing-delegations" />
        )}
        {problem && (
          <Alert color="red" role="alert">
            {problem}
          </Alert>
        )}
      </Stack>
    </Paper>
  );
}

import { Alert, Button, Paper, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { ApiProblem, unwrap } from '../api/problem';
import { formatDate } from '../format/wib';
import { useUser } from '../session/session';
import { PageState } from './page-state';

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
          <Table.ScrollContainer minWidth={480}>
            <Table data-testid="standing-delegations">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('delegation.between')}</Table.Th>
                  <Table.Th>{t('delegation.period')}</Table.Th>
                  <Table.Th>
                    <VisuallyHidden>{t('delegation.action')}</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.data.items.map((d) => {
                  const given = d.delegatorUserId === user.username;
                  return (
                    <Table.Tr key={d.id}>
                      <Table.Td>
                        {given
                          ? t('delegation.givenTo', { name: d.delegateUserId })
                          : t('delegation.receivedFrom', { name: d.delegatorUserId })}
                      </Table.Td>
                      <Table.Td>
                        {formatDate(d.from, i18n.language)} – {formatDate(d.to, i18n.language)}
                      </Table.Td>
                      <Table.Td>
                        {given && (
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
                        )}
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
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

import { Alert, Button, Paper, Stack, TextInput, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CalendarDateInput } from '../components/calendar-date-input';
import { api, type Schemas } from '../api/client';
import { ApiProblem, unwrap } from '../api/problem';
import { DELEGATIONS_QUERY_KEY, StandingDelegations } from '../components/standing-delegations';
import { formatDate, jakartaToday } from '../format/wib';

/** Approvers hand their positions' tasks to a colleague for a date range. */
export function DelegationPage() {
  const { t, i18n } = useTranslation();
  const [delegateUserId, setDelegate] = useState('');
  const [from, setFrom] = useState<string | null>(jakartaToday());
  const [to, setTo] = useState<string | null>(null);
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [serverProblem, setServerProblem] = useState<string | null>(null);
  const [done, setDone] = useState<Schemas['DelegationResponse'] | null>(null);
  const [busy, setBusy] = useState(false);
  const queries = useQueryClient();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: Record<string, string> = {};
    if (delegateUserId.trim() === '') found.delegate = t('validation.delegateRequired');
    if (!from) found.from = t('validation.dateRequired');
    if (!to) found.to = t('validation.dateRequired');
    else if (from && to < from) found.to = t('validation.rangeOrder');
    setProblems(found);
    if (Object.keys(found).length > 0 || busy) return;
    setBusy(true);
    setServerProblem(null);
    try {
      setDone(
        await unwrap(
          api.POST('/delegations', { body: { delegateUserId: delegateUserId.trim(), from: from ?? '', to: to ?? '' } }),
        ),
      );
      await queries.invalidateQueries({ queryKey: DELEGATIONS_QUERY_KEY });
    } catch (error) {
      setServerProblem(error instanceof ApiProblem ? error.localized(i18n.language) : t('common.networkError'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack component="section" aria-labelledby="delegation-title" maw={560}>
      <Title order={1} size="h2" id="delegation-title">
        {t('delegation.title')}
      </Title>
      <Paper withBorder p="md" component="form" onSubmit={submit} noValidate>
        <Stack>
          <TextInput
            label={t('delegation.delegate')}
            description={t('delegation.delegateHint')}
            required
            value={delegateUserId}
            onChange={(e) => setDelegate(e.currentTarget.value)}
            error={problems.delegate}
          />
          <CalendarDateInput label={t('delegation.from')} value={from} onChange={setFrom} error={problems.from} />
          <CalendarDateInput label={t('delegation.to')} value={to} onChange={setTo} error={problems.to} />
          {serverProblem && (
            <Alert color="red" role="alert">
              {serverProblem}
            </Alert>
          )}
          {done && (
            <Alert color="green" role="status">
              {t('delegation.done', {
                name: done.delegateUserId,
                from: formatDate(done.from, i18n.language),
                to: formatDate(done.to, i18n.language),
              })}
            </Alert>
          )}
          <Button type="submit" loading={busy}>
            {t('delegation.submit')}
          </Button>
        </Stack>
      </Paper>
      <StandingDelegations />
    </Stack>
  );
}

import {
  Alert,
  Button,
  Checkbox,
  Grid,
  Group,
  List,
  Paper,
  Select,
  Stack,
  Switch,
  Table,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { CalendarDateInput } from '../components/calendar-date-input';
import { api } from '../api/client';
import { ApiProblem, unwrap } from '../api/problem';
import { wrotePosition } from '../api/read-position';
import { MAX_REASON } from '../components/decision-form';
import {
  APPROVAL_CODES,
  approvalBody,
  approvalIncomplete,
  MinisterialApprovalField,
  NO_APPROVAL,
} from '../components/ministerial-approval-field';
import { DocumentChecklist } from '../components/documents/document-checklist';
import { StepDocumentsField, useStepDocuments } from '../components/documents/step-documents';
import { jakartaToday } from '../format/wib';
import { useUser } from '../session/session';
import { EligibilityList } from './transfer-page';

/** Operators propose a move: employee, a target position short of staff, reason and TMT, with a live preview. */
export function ProposePage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const user = useUser();
  const [search, setSearch] = useState('');
  const [unitId, setUnitId] = useState<string | null>(null);
  const [employeeNip, setEmployeeNip] = useState<string | null>(null);
  const [targetAgency, setTargetAgency] = useState<string | null>(null);
  const [targetPositionId, setTargetPositionId] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const [tmt, setTmt] = useState<string | null>(null);
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [serverProblem, setServerProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const documents = useStepDocuments();
  const [followsSpouse, setFollowsSpouse] = useState(false);
  const [temporary, setTemporary] = useState(false);
  const [endDate, setEndDate] = useState<string | null>(null);
  const [approval, setApproval] = useState(NO_APPROVAL);
  const attachments = documents.entries;

  const [query] = useDebouncedValue(search.trim(), 250);
  const ownAgency = user.agencyIds.find((id) => id !== '*');
  const units = useQuery({
    queryKey: ['units', ownAgency],
    enabled: ownAgency !== undefined,
    staleTime: Infinity,
    queryFn: () => unwrap(api.GET('/units', { params: { query: { agencyId: ownAgency, limit: 1000 } } })),
  });
  const employees = useQuery({
    queryKey: ['employees', query, unitId],
    enabled: query.length >= 2 || unitId !== null,
    placeholderData: (previous) => previous,
    queryFn: () =>
      unwrap(
        api.GET('/employees/search', {
          params: { query: { q: query || undefined, unitId: unitId ?? undefined, limit: 50 } },
        }),
      ),
  });
  const [picked, setPicked] = useState<{ value: string; label: string } | null>(null);
  const [originPositionId, setOriginPositionId] = useState<string | undefined>(undefined);
  const employeeOptions = [
    ...(picked ? [picked] : []),
    ...(employees.data ?? [])
      .filter((e) => e.nip !== picked?.value)
      .map((e) => ({ value: e.nip, label: `${e.name} — ${e.nip}` })),
  ];
  const agencies = useQuery({
    queryKey: ['agencies'],
    staleTime: Infinity,
    queryFn: () => unwrap(api.GET('/agencies', { params: { query: { limit: 1000 } } })),
  });
  const targets = useQuery({
    queryKey: ['shortages', targetAgency],
    enabled: targetAgency !== null,
    queryFn: () =>
      unwrap(
        api.GET('/workload/positions', {
          params: { query: { agencyId: targetAgency ?? undefined, shortageOnly: 'true' } },
        }),
      ),
  });

  const draft = {
    employeeNip,
    targetPositionId,
    reason: reason.trim(),
    requestedEffectiveDate: tmt,
    attachments,
    followsSpouse,
    temporary: temporary && endDate ? { endDate } : undefined,
    ministerialApproval: approvalBody(approval),
  };
  const [debounced] = useDebouncedValue(draft, 400);
  const preview = useQuery({
    queryKey: ['preview', debounced],
    enabled: Boolean(debounced.employeeNip && debounced.targetPositionId),
    retry: false,
    queryFn: () =>
      unwrap(
        api.POST('/transfers/preview', {
          body: {
            employeeNip: debounced.employeeNip ?? '',
            targetPositionId: debounced.targetPositionId ?? '',
            reason: debounced.reason || '-',
            requestedEffectiveDate: debounced.requestedEffectiveDate ?? jakartaToday(),
            attachments: debounced.attachments,
            followsSpouse: debounced.followsSpouse,
            temporary: debounced.temporary,
            ministerialApproval: debounced.ministerialApproval,
          },
        }),
      ),
  });

  const chainPositions = [
    ...new Set([
      ...(preview.data?.chain ?? []).flatMap((stage) => stage.tasks.flatMap((task) => task.positionIds)),
      ...(originPositionId ? [originPositionId] : []),
      ...(targetPositionId ? [targetPositionId] : []),
    ]),
  ]
    .sort()
    .join(',');
  const places = useQuery({
    queryKey: ['places', chainPositions],
    enabled: chainPositions !== '',
    staleTime: Infinity,
    queryFn: () => unwrap(api.GET('/places', { params: { query: { positionIds: chainPositions } } })),
  });
  const titleOf = (positionId: string) =>
    places.data?.find((p) => p.positionId === positionId)?.positionTitle ?? positionId;
  const unitOf = (positionId: string | null | undefined) =>
    positionId ? places.data?.find((p) => p.positionId === positionId)?.unitName : undefined;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: Record<string, string> = {};
    if (!employeeNip) found.employee = t('validation.employeeRequired');
    if (!targetPositionId) found.target = t('validation.targetRequired');
    if (reason.trim() === '') found.reason = t('validation.reasonRequired');
    else if (reason.trim().length > MAX_REASON) found.reason = t('validation.reasonTooLong', { max: MAX_REASON });
    if (!tmt) found.tmt = t('validation.dateRequired');
    else if (tmt < jakartaToday()) found.tmt = t('validation.tmtInPast');
    if (temporary && !endDate) found.endDate = t('validation.dateRequired');
    else if (temporary && tmt && endDate && endDate <= tmt) found.endDate = t('validation.endDateAfterTmt');
    if (documents.uploading) found.documents = t('documents.pending');
    if (approvalIncomplete(approval)) found.approval = t('validation.ministerialApprovalIncomplete');
    setProblems(found);
    if (Object.keys(found).length > 0 || busy) return;
    setBusy(true);
    setServerProblem(null);
    try {
      const result = await unwrap(
        api.POST('/transfers', {
          headers: { 'Idempotency-Key': idempotencyKey },
          body: {
            employeeNip: employeeNip ?? '',
            targetPositionId: targetPositionId ?? '',
            reason: reason.trim(),
            requestedEffectiveDate: tmt ?? '',
            attachments,
            followsSpouse,
            temporary: draft.temporary,
            ministerialApproval: approvalBody(approval),
          },
        }),
      );
      wrotePosition(result.position);
      navigate(`/transfers/${result.id}`);
    } catch (error) {
      setServerProblem(error instanceof ApiProblem ? error.localized(i18n.language) : t('common.networkError'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack component="section" aria-labelledby="propose-title">
      <Title order={1} size="h2" id="propose-title">
        {t('propose.title')}
      </Title>
      <Grid>
        <Grid.Col span={{ base: 12, md: 6 }}>
          <Paper withBorder p="md" component="form" onSubmit={submit} noValidate>
            <Stack>
              <Select
                label={t('propose.unit')}
                description={t('propose.unitHint')}
                searchable
                clearable
                value={unitId}
                onChange={setUnitId}
                data={(units.data?.items ?? []).map((u) => ({ value: u.id, label: u.name }))}
              />
              <Select
                label={t('propose.employee')}
                description={t('propose.searchHint')}
                required
                searchable
                filter={({ options }) => options}
                searchValue={search}
                onSearchChange={setSearch}
                nothingFoundMessage={query.length >= 2 || unitId ? t('propose.noEmployee') : t('propose.typeToSearch')}
                value={employeeNip}
                onChange={(value, option) => {
                  setEmployeeNip(value);
                  setPicked(value ? option : null);
                  setOriginPositionId(employees.data?.find((e) => e.nip === value)?.positionId);
                }}
                data={employeeOptions}
                error={problems.employee}
              />
              <Select
                label={t('propose.targetAgency')}
                searchable
                value={targetAgency}
                onChange={(value) => {
                  setTargetAgency(value);
                  setTargetPositionId(null);
                }}
                data={(agencies.data?.items ?? []).map((a) => ({ value: a.id, label: a.name }))}
              />
              <Select
                label={t('propose.target')}
                description={t('propose.targetHint')}
                required
                searchable
                value={targetPositionId}
                onChange={setTargetPositionId}
                nothingFoundMessage={t('propose.noShortage')}
                data={(targets.data ?? []).map((p) => ({
                  value: p.positionId,
                  label: `${p.title} — ${p.unitName} (${t('propose.gap', { gap: -p.gap })})`,
                }))}
                error={problems.target}
              />
              <Textarea
                label={t('propose.reason')}
                required
                autosize
                minRows={3}
                value={reason}
                onChange={(e) => setReason(e.currentTarget.value)}
                error={problems.reason}
              />
              <CalendarDateInput
                label={t('propose.tmt')}
                minDate={jakartaToday()}
                value={tmt}
                onChange={setTmt}
                error={problems.tmt}
              />
              <Switch
                label={t('propose.temporary')}
                description={t('propose.temporaryHint')}
                checked={temporary}
                onChange={(e) => setTemporary(e.currentTarget.checked)}
              />
              {temporary && (
                <CalendarDateInput
                  label={t('propose.endDate')}
                  minDate={tmt ?? jakartaToday()}
                  value={endDate}
                  onChange={setEndDate}
                  error={problems.endDate}
                />
              )}
              <Checkbox
                label={t('documents.followsSpouse')}
                checked={followsSpouse}
                onChange={(e) => setFollowsSpouse(e.currentTarget.checked)}
              />
              {(approval !== NO_APPROVAL ||
                preview.data?.eligibility.some((result) => APPROVAL_CODES.includes(result.code))) && (
                <MinisterialApprovalField value={approval} onChange={setApproval} error={problems.approval} />
              )}
              <StepDocumentsField
                state={documents}
                checklist={preview.data?.checklist}
                steps={['propose']}
                error={problems.documents}
              />
              {serverProblem && (
                <Alert color="red" role="alert" data-testid="command-message">
                  {serverProblem}
                </Alert>
              )}
              <Group>
                <Button type="submit" loading={busy}>
                  {t('propose.submit')}
                </Button>
              </Group>
            </Stack>
          </Paper>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 6 }}>
          <Paper withBorder p="md" component="section" aria-labelledby="preview-title" data-testid="preview">
            <Title order={2} size="h3" id="preview-title" mb="sm">
              {t('propose.preview')}
            </Title>
            {!preview.data && !preview.error && <Text c="dimmed">{t('propose.previewHint')}</Text>}
            {preview.error instanceof ApiProblem && <Alert color="red">{preview.error.localized(i18n.language)}</Alert>}
            {preview.data && (
              <Stack>
                <Text>
                  <b>{t('transfer.kind')}:</b> {t(`kind.${preview.data.kind}`, { defaultValue: preview.data.kind })}
                </Text>
                <EligibilityList items={preview.data.eligibility} />
                <Title order={3} size="h5">
                  {t('documents.checklist')}
                </Title>
                <DocumentChecklist items={preview.data.checklist} steps={['propose']} headingOrder={4} />
                <Title order={3} size="h5">
                  {t('transfer.chain')}
                </Title>
                <List type="ordered">
                  {preview.data.chain.map((stage) => (
                    <List.Item key={stage.index}>
                      {stage.tasks
                        .map(
                          (task) =>
                            `${t(`chainRole.${task.chainRole}`, { defaultValue: task.chainRole })}${task.positionIds.length ? `: ${task.positionIds.map(titleOf).join(', ')}` : ''}`,
                        )
                        .join(' · ')}
                    </List.Item>
                  ))}
                </List>
                <Table>
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('workload.unit')}</Table.Th>
                      <Table.Th>{t('workload.required')}</Table.Th>
                      <Table.Th>{t('workload.before')}</Table.Th>
                      <Table.Th>{t('workload.after')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {(['origin', 'target'] as const).map((side) => {
                      const unit = preview.data.impact[side];
                      return (
                        <Table.Tr key={side}>
                          <Table.Td>
                            {t(`workload.${side}`)}:{' '}
                            {unitOf(side === 'origin' ? originPositionId : targetPositionId) ?? unit?.unitId ?? '—'}
                          </Table.Td>
                          <Table.Td>{unit?.required ?? '—'}</Table.Td>
                          <Table.Td>{unit?.actualBefore ?? '—'}</Table.Td>
                          <Table.Td>{unit?.actualAfter ?? '—'}</Table.Td>
                        </Table.Tr>
                      );
                    })}
                  </Table.Tbody>
                </Table>
              </Stack>
            )}
          </Paper>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}

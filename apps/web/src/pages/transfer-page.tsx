import { Alert, Badge, Grid, Group, List, Paper, Stack, Stepper, Text, Timeline, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { api, type Schemas } from '../api/client';
import { unwrap } from '../api/problem';
import { DecisionForm } from '../components/decision-form';
import { DocumentChecklist } from '../components/documents/document-checklist';
import { TransferDocuments } from '../components/documents/transfer-documents';
import { EvaluateForm, ExecuteForm, ReviseForm, WithdrawForm } from '../components/operator-actions';
import { PageState } from '../components/page-state';
import { WorkloadSummary } from '../components/workload-summary';
import { PaperHearingForm } from '../components/paper-hearing-form';
import { StatusBadge } from '../components/status-badge';
import { TrainingNeeds } from '../components/training-needs';
import { formatDate, formatInstant } from '../format/wib';
import { hasRole, useUser, type User } from '../session/session';
import { historyQuery, proposalTasksQuery, transferQuery } from './queries';

type Transfer = Schemas['TransferViewDto'];
type Place = Schemas['PlaceDto'];

const OPEN = ['PROPOSED', 'IN_CONSULTATION', 'IN_APPROVAL', 'RETURNED', 'APPROVED', 'DECREE_ISSUED'];

function operatorOf(user: User, transfer: Transfer): boolean {
  return (
    hasRole(user, 'operator') &&
    (user.agencyIds.includes('*') ||
      user.agencyIds.includes(transfer.originAgencyId) ||
      user.agencyIds.includes(transfer.targetAgencyId))
  );
}

export function TransferPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const user = useUser();
  const transfer = useQuery(transferQuery(id));
  const history = useQuery(historyQuery(id));
  const tasks = useQuery({ ...proposalTasksQuery(id), enabled: hasRole(user, 'approver', 'consultant', 'employee') });
  const positions = transfer.data ? `${transfer.data.originPositionId},${transfer.data.targetPositionId}` : '';
  const places = useQuery({
    queryKey: ['places', positions],
    enabled: positions !== '',
    staleTime: Infinity,
    queryFn: () => unwrap(api.GET('/places', { params: { query: { positionIds: positions } } })),
  });

  if (!transfer.data) return <PageState error={transfer.error} />;
  const data = transfer.data;
  const lang = i18n.language;
  const place = (positionId: string) => places.data?.find((p) => p.positionId === positionId);
  const myTasks = tasks.data?.items ?? [];
  const operator = operatorOf(user, data);
  const openHearing = data.stages
    .flatMap((stage) => stage.tasks)
    .find((task) => task.type === 'hearing' && task.status === 'open');

  return (
    <Stack component="article" aria-labelledby="transfer-title">
      <Paper withBorder p="md">
        <Stack gap="xs">
          <Group justify="space-between" align="flex-start">
            <div>
              <Title order={1} size="h2" id="transfer-title">
                {data.employeeName}
              </Title>
              <Text c="dimmed">
                {t('common.nip')} {data.employeeNip}
              </Text>
            </div>
            <span data-testid="transfer-status">
              <StatusBadge status={data.status} />
            </span>
          </Group>
          <Grid>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <PlaceBlock
                label={t('transfer.from')}
                place={place(data.originPositionId)}
                fallback={data.originPositionId}
              />
            </Grid.Col>
            <Grid.Col span={{ base: 12, sm: 6 }}>
              <PlaceBlock
                label={t('transfer.to')}
                place={place(data.targetPositionId)}
                fallback={data.targetPositionId}
              />
            </Grid.Col>
          </Grid>
          <Text>
            <b>{t('transfer.kind')}:</b> {t(`kind.${data.kind}`, { defaultValue: data.kind })}
          </Text>
          <Text>
            <b>{t('transfer.tmt')}:</b> {formatDate(data.requestedEffectiveDate, lang)}
          </Text>
          {data.temporary && (
            <Text data-testid="temporary-assignment">
              <b>{t('transfer.temporary', { date: formatDate(data.temporary.endDate, lang) })}</b> —{' '}
              {t(`transfer.assignmentPhase.${data.temporary.phase}`)}
              {data.temporary.extensions.length > 0 &&
                ` (${t('transfer.extendedFrom', { date: formatDate(data.temporary.proposedEndDate, lang) })})`}
            </Text>
          )}
          <Text>
            <b>{t('transfer.reason')}:</b> {data.reason}
          </Text>
          <Text size="sm" c="dimmed">
            {t('transfer.proposedAt', { at: formatInstant(data.proposedAt, lang), by: data.proposer.userId })}
          </Text>
        </Stack>
      </Paper>

      <HearingAnswer transfer={data} />

      {myTasks.map((task) => (
        <DecisionForm
          key={task.taskId}
          transferId={id}
          version={data.version}
          task={task}
          purpose={data.stages.flatMap((s) => s.tasks).find((x) => x.id === task.taskId)?.purpose}
          checklist={data.checklist}
        />
      ))}
      {operator && openHearing && <PaperHearingForm transfer={data} taskId={openHearing.id} />}
      {operator && data.status === 'RETURNED' && <ReviseForm transfer={data} />}
      {operator && data.status === 'APPROVED' && <ExecuteForm transfer={data} />}
      {operator && data.status === 'EXECUTED' && <EvaluateForm transfer={data} />}
      {operator && OPEN.includes(data.status) && <WithdrawForm transfer={data} />}

      <Paper withBorder p="md" component="section" aria-labelledby="chain-title">
        <Title order={2} size="h3" id="chain-title" mb="sm">
          {t('transfer.chain')}
        </Title>
        <Stepper
          active={data.currentStageIndex ?? data.stages.length}
          orientation="vertical"
          allowNextStepsSelect={false}
          size="sm"
        >
          {data.stages.map((stage) => (
            <Stepper.Step
              key={stage.index}
              label={t('transfer.stage', { n: stage.index + 1 })}
              description={
                <StageTasks
                  stage={stage}
                  recusals={data.recusals.filter((r) => r.revision === data.revision && r.stageIndex === stage.index)}
                />
              }
              color={stage.status === 'rejected' ? 'red' : stage.status === 'returned' ? 'orange' : undefined}
            />
          ))}
        </Stepper>
      </Paper>

      <Paper withBorder p="md" component="section" aria-labelledby="workload-title">
        <Title order={2} size="h3" id="workload-title" mb="sm">
          {t('transfer.workload')}
        </Title>
        <WorkloadSummary transfer={data} place={place} />
      </Paper>

      <Paper withBorder p="md" component="section" aria-labelledby="eligibility-title">
        <Title order={2} size="h3" id="eligibility-title" mb="sm">
          {t('transfer.eligibility')}
        </Title>
        <EligibilityList items={data.eligibility} />
      </Paper>

      <Paper withBorder p="md" component="section" aria-labelledby="training-title">
        <Title order={2} size="h3" id="training-title" mb="sm">
          {t('transfer.trainingNeeds')}
        </Title>
        <TrainingNeeds transfer={data} />
      </Paper>

      <Paper withBorder p="md" component="section" aria-labelledby="documents-title" data-testid="documents">
        <Title order={2} size="h3" id="documents-title" mb="sm">
          {t('transfer.documents')}
        </Title>
        <Grid>
          <Grid.Col span={{ base: 12, md: 6 }}>
            <Title order={3} size="h4" mb="xs">
              {t('documents.checklist')}
            </Title>
            <DocumentChecklist items={data.checklist} headingOrder={4} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 6 }}>
            <Title order={3} size="h4" mb="xs">
              {t('documents.title')}
            </Title>
            <TransferDocuments transfer={data} />
          </Grid.Col>
        </Grid>
      </Paper>

      <Paper withBorder p="md" component="section" aria-labelledby="timeline-title">
        <Title order={2} size="h3" id="timeline-title" mb="sm">
          {t('transfer.timeline')}
        </Title>
        {history.data ? (
          <Timeline active={history.data.events.length} bulletSize={14} lineWidth={2} data-testid="timeline">
            {history.data.events.map((event) => (
              <Timeline.Item key={event.eventId} title={t(`event.${event.type}`, { defaultValue: event.type })}>
                <Text size="xs" c="dimmed">
                  {formatInstant(event.recordedAt, lang)} · {event.actorId} (
                  {t(`role.${event.actorRole}`, { defaultValue: event.actorRole })})
                  {event.onBehalfOf ? ` · ${t('inbox.onBehalfOf', { name: event.onBehalfOf })}` : ''}
                </Text>
                {event.reason && <Text size="sm">“{event.reason}”</Text>}
              </Timeline.Item>
            ))}
          </Timeline>
        ) : (
          <PageState error={history.error} />
        )}
      </Paper>
    </Stack>
  );
}

function PlaceBlock({ label, place, fallback }: { label: string; place: Place | undefined; fallback: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed" tt="uppercase" fw={700}>
        {label}
      </Text>
      <Text fw={600}>{place?.positionTitle ?? fallback}</Text>
      {place && (
        <Text size="sm">
          {place.unitName} · {place.agencyName}
          {place.regionName ? ` · ${place.regionName}` : ''}
        </Text>
      )}
    </div>
  );
}

function HearingAnswer({ transfer }: { transfer: Transfer }) {
  const { t, i18n } = useTranslation();
  const hearing = transfer.stages.flatMap((s) => s.tasks).find((task) => task.type === 'hearing');
  const answer = hearing?.decisions[hearing.decisions.length - 1];
  if (transfer.objection) {
    return (
      <Alert color="red" variant="filled" title={t('hearing.objection')} role="note" data-testid="objection">
        {transfer.objection.reason} — {formatInstant(transfer.objection.at, i18n.language)}
      </Alert>
    );
  }
  if (answer) {
    return (
      <Alert
        color="green"
        title={
          <Text span fw={700} c="dark.9">
            {t('hearing.consent')}
          </Text>
        }
        data-testid="consent"
      >
        {formatInstant(answer.at, i18n.language)}
      </Alert>
    );
  }
  return <Alert color="gray">{t('hearing.pending')}</Alert>;
}

function StageTasks({ stage, recusals }: { stage: Schemas['StageViewDto']; recusals: Schemas['RecusalDto'][] }) {
  const { t, i18n } = useTranslation();
  return (
    <Stack gap={4} component="span">
      {stage.tasks.map((task) => (
        <Stack key={task.id} gap={0} component="span">
          <Text span size="sm" fw={600}>
            {t(`taskType.${task.type}`)}: {t(`chainRole.${task.chainRole}`, { defaultValue: task.chainRole })}
            {task.required > 1 ? ` (${t('transfer.kOfN', { k: task.required, n: task.positionIds.length })})` : ''}{' '}
            <Text span size="xs" fw={700} c="dark">
              ({t(`taskStatus.${task.status}`, { defaultValue: task.status })})
            </Text>
          </Text>
          {task.decisions.map((d) => (
            <Text span size="xs" key={d.actorId + d.at}>
              {t(`decisionWord.${d.decision}`, { defaultValue: d.decision })} — {d.actorId}
              {d.onBehalfOf ? ` (${t('inbox.onBehalfOf', { name: d.onBehalfOf })})` : ''},{' '}
              {formatInstant(d.at, i18n.language)}
              {d.reason ? `: “${d.reason}”` : ''}
              {d.declaration ? ` — ${t('conflict.declared')}` : ''}
            </Text>
          ))}
          {recusals
            .filter((r) => r.taskId === task.id)
            .map((r) => (
              <Text span size="xs" key={r.userId + r.at} data-testid="recusal">
                {t('event.ConflictOfInterestDeclared')} — {r.userId}, {formatInstant(r.at, i18n.language)}: “{r.reason}”
              </Text>
            ))}
        </Stack>
      ))}
    </Stack>
  );
}

export function EligibilityList({ items }: { items: Schemas['EligibilityItemDto'][] }) {
  const { t, i18n } = useTranslation();
  if (items.length === 0) return <Text>{t('eligibility.allPassed')}</Text>;
  return (
    <List spacing="xs">
      {items.map((item) => (
        <List.Item key={item.code}>
          <Badge color={item.level === 'blocking' ? 'red' : 'yellow'} mr="xs" autoContrast>
            {t(`eligibility.${item.level}`)}
          </Badge>
          {t(`eligibilityCode.${item.code}`, {
            defaultValue: item.message.split(' / ')[i18n.language === 'en' ? 1 : 0] ?? item.message,
          })}
        </List.Item>
      ))}
    </List>
  );
}

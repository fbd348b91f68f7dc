import { Button, Checkbox, Group, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { Schemas } from '../api/client';
import { PageState } from '../components/page-state';
import { StatusBadge } from '../components/status-badge';
import { TableOrCards, type Column } from '../components/table-or-cards';
import { EmployeeCell, MoveText } from '../components/transfer-cells';
import { formatDate } from '../format/wib';
import { transfersQuery, type TransferFilter } from './queries';

type Listed = Schemas['TransferListItemDto'];

const STATUSES = [
  'PROPOSED',
  'IN_CONSULTATION',
  'IN_APPROVAL',
  'RETURNED',
  'APPROVED',
  'REJECTED',
  'WITHDRAWN',
  'DECREE_ISSUED',
  'EXECUTED',
  'EVALUATED',
];
const KINDS = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'];

/** Filters live in the URL, so a filtered list can be bookmarked and shared. */
export function TransfersPage() {
  const { t, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const filter = {
    status: (params.get('status') ?? undefined) as TransferFilter['status'],
    agencyId: params.get('agencyId') ?? undefined,
    employeeNip: params.get('employeeNip') ?? undefined,
    kind: (params.get('kind') ?? undefined) as TransferFilter['kind'],
    overdue: params.get('overdue') === 'true' ? ('true' as const) : undefined,
  };
  const [cursors, setCursors] = useState<string[]>([]);
  const cursor = cursors[cursors.length - 1];
  const list = useQuery(transfersQuery(filter, cursor));
  const set = (name: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setCursors([]);
    setParams(next);
  };
  const columns: Column<Listed>[] = [
    {
      key: 'employee',
      label: t('inbox.employee'),
      cell: (item) => <EmployeeCell transferId={item.id} name={item.employeeName} nip={item.employeeNip} />,
    },
    {
      key: 'move',
      label: t('inbox.move'),
      cell: (item) => (
        <>
          <MoveText originAgencyId={item.originAgencyId} targetAgencyId={item.targetAgencyId} />
          <Text size="xs" c="dimmed">
            {t(`kind.${item.kind}`, { defaultValue: item.kind })}
          </Text>
        </>
      ),
    },
    { key: 'status', label: t('transfers.status'), cell: (item) => <StatusBadge status={item.status} /> },
    { key: 'tmt', label: t('transfer.tmt'), cell: (item) => formatDate(item.requestedEffectiveDate, i18n.language) },
  ];

  return (
    <Stack component="section" aria-labelledby="transfers-title">
      <Title order={1} size="h2" id="transfers-title">
        {t('transfers.title')}
      </Title>
      <Group align="flex-end" data-testid="transfer-filters">
        <Select
          label={t('transfers.status')}
          clearable
          value={filter.status ?? null}
          onChange={(value) => set('status', value)}
          data={STATUSES.map((value) => ({ value, label: t(`status.${value}`) }))}
        />
        <TextInput
          label={t('transfers.agency')}
          defaultValue={filter.agencyId}
          onBlur={(e) => set('agencyId', e.currentTarget.value.trim() || null)}
        />
        <TextInput
          label={t('transfers.employeeNip')}
          defaultValue={filter.employeeNip}
          onBlur={(e) => set('employeeNip', e.currentTarget.value.trim() || null)}
        />
        <Select
          label={t('transfers.kind')}
          clearable
          value={filter.kind ?? null}
          onChange={(value) => set('kind', value)}
          data={KINDS.map((value) => ({ value, label: t(`kind.${value}`) }))}
        />
        <Checkbox
          label={t('transfers.overdue')}
          checked={filter.overdue === 'true'}
          onChange={(e) => set('overdue', e.currentTarget.checked ? 'true' : null)}
          mb={8}
        />
      </Group>
      {!list.data ? (
        <PageState error={list.error} />
      ) : list.data.items.length === 0 ? (
        <Text>{t('transfers.empty')}</Text>
      ) : (
        <TableOrCards
          rows={list.data.items}
          rowKey={(item) => item.id}
          columns={columns}
          testId="transfers-table"
          striped
        />
      )}
      <Group>
        <Button variant="default" disabled={cursors.length === 0} onClick={() => setCursors(cursors.slice(0, -1))}>
          {t('common.previous')}
        </Button>
        <Button
          variant="default"
          disabled={!list.data?.nextCursor}
          onClick={() => list.data?.nextCursor && setCursors([...cursors, list.data.nextCursor])}
        >
          {t('common.next')}
        </Button>
      </Group>
    </Stack>
  );
}

import { Box, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../api/client';

type Transfer = Schemas['TransferViewDto'];
type Place = Schemas['PlaceDto'];

/**
 * Both units' workload before and after the move: a table on a wide screen; on a phone, one block
 * per unit, since six columns do not fit 390 pixels.
 */
export function WorkloadSummary({ transfer, place }: { transfer: Transfer; place: (id: string) => Place | undefined }) {
  const { t } = useTranslation();
  const forecast = transfer.workloadForecast;
  const ej = (value: number | null | undefined) => (value != null ? value.toFixed(2) : '—');
  const rows = [
    { key: 'origin', unit: transfer.workload.origin, change: -1, name: place(transfer.originPositionId)?.unitName },
    { key: 'target', unit: transfer.workload.target, change: 1, name: place(transfer.targetPositionId)?.unitName },
  ].map(({ key, unit, change, name }) => ({
    key,
    label: `${t(`workload.${key}`)}: ${name ?? unit?.unitId ?? '—'}`,
    cells: [
      { name: t('workload.required'), value: unit?.required ?? '—' },
      { name: t('workload.before'), value: unit?.actual ?? '—' },
      { name: t('workload.after'), value: unit ? unit.actual + change : '—' },
      { name: t('workload.efficiency'), value: ej(unit?.efficiency) },
      {
        name: t('workload.band'),
        value: unit?.band ? `${unit.band} — ${t(`band.${unit.band}`, { defaultValue: '' })}` : '—',
      },
      ...(forecast
        ? [{ name: t('workload.efficiencyAfter'), value: ej(forecast[key as 'origin' | 'target']?.efficiency) }]
        : []),
    ],
  }));
  return (
    <>
      <Box visibleFrom="sm">
        <Table data-testid="workload-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('workload.unit')}</Table.Th>
              {rows[0].cells.map((cell) => (
                <Table.Th key={cell.name}>{cell.name}</Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={row.key}>
                <Table.Td>{row.label}</Table.Td>
                {row.cells.map((cell) => (
                  <Table.Td key={cell.name}>{cell.value}</Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Box>
      <Stack hiddenFrom="sm" gap="md">
        {rows.map((row) => (
          <Stack key={row.key} gap={4}>
            <Text fw={700}>{row.label}</Text>
            <SimpleGrid cols={2} spacing="xs" verticalSpacing={2} component="dl" m={0}>
              {row.cells.map((cell) => (
                <Box key={cell.name} display="contents">
                  <Text component="dt" size="sm" c="dimmed">
                    {cell.name}
                  </Text>
                  <Text component="dd" size="sm" m={0}>
                    {cell.value}
                  </Text>
                </Box>
              ))}
            </SimpleGrid>
          </Stack>
        ))}
      </Stack>
    </>
  );
}

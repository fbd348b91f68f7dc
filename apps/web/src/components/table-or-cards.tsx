import { Box, Paper, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import type { ReactNode } from 'react';

export interface Column<T> {
  key: string;
  label: string;
  cell: (row: T) => ReactNode;
  /** The header is read by screen readers only, and a card shows the cell without a label (an action button). */
  labelHidden?: boolean;
}

interface TableOrCardsProps<T> {
  rows: readonly T[];
  rowKey: (row: T) => string;
  columns: readonly Column<T>[];
  /** Attributes of each row or card, e.g. data-due, for styles and tests. */
  rowData?: (row: T) => Record<`data-${string}`, string>;
  testId?: string;
  striped?: boolean;
}

/**
 * A list as a table from the `sm` breakpoint up and as one card per row on a phone, where the table
 * would scroll sideways and hide its last columns. Both are rendered and CSS shows one, so the
 * layout is right from the first paint and follows the window's width; the hidden one is neither
 * read nor focused.
 */
export function TableOrCards<T>({ rows, rowKey, columns, rowData, testId, striped }: TableOrCardsProps<T>) {
  return (
    <div data-testid={testId}>
      <Box visibleFrom="sm">
        <Table striped={striped} highlightOnHover={striped}>
          <Table.Thead>
            <Table.Tr>
              {columns.map((column) => (
                <Table.Th key={column.key}>
                  {column.labelHidden ? <VisuallyHidden>{column.label}</VisuallyHidden> : column.label}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={rowKey(row)} {...rowData?.(row)}>
                {columns.map((column) => (
                  <Table.Td key={column.key}>{column.cell(row)}</Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Box>
      <Stack hiddenFrom="sm" gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
        {rows.map((row) => (
          <Paper key={rowKey(row)} withBorder p="sm" component="li" {...rowData?.(row)}>
            <Stack gap={6}>
              {columns.map((column) => (
                <div key={column.key}>
                  {!column.labelHidden && (
                    <Text size="xs" c="dimmed" fw={700}>
                      {column.label}
                    </Text>
                  )}
                  {column.cell(row)}
                </div>
              ))}
            </Stack>
          </Paper>
        ))}
      </Stack>
    </div>
  );
}

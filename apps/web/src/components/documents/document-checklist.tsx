import { Badge, Group, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { checklistName, type ChecklistItem } from './checklist-options';

const STEPS = ['propose', 'decide', 'execute', 'evaluate'];

function stepOrder(step: string): number {
  return STEPS.indexOf(step.split(':')[0]);
}

export function useStepLabel() {
  const { t } = useTranslation();
  return (step: string) => {
    const [base, purpose] = step.split(':');
    return purpose
      ? t('documents.step.decide', { purpose: t(`documents.purpose.${purpose}`, { defaultValue: purpose }) })
      : t(`documents.step.${base}`, { defaultValue: base });
  };
}

/**
 * What the checklist asks for, step by step: a tick for each document present, a cross for each
 * missing, and whether its absence refuses the step (blocking) or is only recommended.
 */
export function DocumentChecklist({
  items,
  headingOrder = 3,
  steps,
}: {
  items: readonly ChecklistItem[];
  headingOrder?: 3 | 4;
  /** Only these steps; all when absent. */
  steps?: readonly string[];
}) {
  const { t, i18n } = useTranslation();
  const stepLabel = useStepLabel();
  const shown = items.filter((item) => !steps || steps.includes(item.step.split(':')[0]));
  const groups = [...new Set(shown.map((item) => item.step))].sort((a, b) => stepOrder(a) - stepOrder(b));
  if (shown.length === 0) return <Text c="dimmed">{t('documents.noChecklist')}</Text>;
  const present = shown.filter((item) => item.present).length;
  return (
    <Stack gap="sm" data-testid="document-checklist">
      <Text size="sm">{t('documents.checklistSummary', { present, total: shown.length })}</Text>
      {groups.map((step) => (
        <div key={step}>
          <Title order={headingOrder} size="h5" mb={4}>
            {stepLabel(step)}
          </Title>
          <List spacing={6} listStyleType="none" p={0}>
            {shown
              .filter((item) => item.step === step)
              .map((item) => (
                <List.Item key={item.code} data-testid={`checklist-${item.code}`} data-present={item.present}>
                  <Group gap="xs" wrap="nowrap" align="flex-start">
                    <Text
                      span
                      fw={700}
                      c={item.present ? 'green.9' : item.level === 'blocking' ? 'red.9' : 'gray.7'}
                      aria-hidden
                      w={16}
                    >
                      {item.present ? '✓' : '✗'}
                    </Text>
                    <div>
                      <Text span size="sm">
                        {checklistName(item, i18n.language)}
                      </Text>{' '}
                      <Text span size="xs" fw={700} c="dark.9">
                        ({item.present ? t('documents.present') : t('documents.missing')})
                      </Text>{' '}
                      <Badge
                        size="xs"
                        variant="light"
                        c="dark.9"
                        color={item.level === 'blocking' ? 'red' : 'gray'}
                        ml={2}
                      >
                        {item.level === 'blocking' ? t('documents.blocking') : t('documents.recommended')}
                      </Badge>
                    </div>
                  </Group>
                </List.Item>
              ))}
          </List>
        </div>
      ))}
    </Stack>
  );
}

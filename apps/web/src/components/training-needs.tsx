import { Badge, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../api/client';

type Transfer = Schemas['TransferViewDto'];

/** The competence gaps recorded at the proposal, and whether the evaluation says the training took place. */
export function TrainingNeeds({ transfer }: { transfer: Transfer }) {
  const { t, i18n } = useTranslation();
  if (transfer.trainingNeeds.length === 0) return <Text>{t('training.none')}</Text>;
  const completed = transfer.evaluation?.trainingCompleted ?? null;
  return (
    <>
      <List spacing="xs" data-testid="training-needs">
        {transfer.trainingNeeds.map((need) => (
          <List.Item key={need.code}>
            <Text span fw={700}>
              {t(`trainingCode.${need.code}`, { defaultValue: need.code })}
            </Text>
            {': '}
            {need.message.split(' / ')[i18n.language === 'en' ? 1 : 0] ?? need.message}
          </List.Item>
        ))}
      </List>
      {completed !== null && (
        <Badge mt="sm" color={completed ? 'green' : 'yellow'} autoContrast>
          {t(completed ? 'training.completed' : 'training.open')}
        </Badge>
      )}
    </>
  );
}

import { Alert, Center, Loader } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiProblem } from '../api/problem';

/** A query's loading spinner or its problem, in the user's language. */
export function PageState({ error }: { error: unknown }) {
  const { t, i18n } = useTranslation();
  if (!error) {
    return (
      <Center p="xl">
        <Loader aria-label={t('common.loading')} />
      </Center>
    );
  }
  return (
    <Alert color="red" role="alert" title={t('common.error')}>
      {error instanceof ApiProblem ? error.localized(i18n.language) : t('common.networkError')}
    </Alert>
  );
}

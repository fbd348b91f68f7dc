import { Anchor, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAgencyName } from './agency-names';

/** The employee moved, linking to the proposal page, with their NIP below. */
export function EmployeeCell({ transferId, name, nip }: { transferId: string; name: string; nip: string }) {
  const { t } = useTranslation();
  return (
    <>
      <Anchor component={Link} to={`/transfers/${transferId}`}>
        {name}
      </Anchor>
      <Text size="xs" c="dimmed">
        {t('common.nip')} {nip}
      </Text>
    </>
  );
}

/** "origin agency → target agency". */
export function MoveText({ originAgencyId, targetAgencyId }: { originAgencyId: string; targetAgencyId: string }) {
  const agencyName = useAgencyName();
  return (
    <Text size="sm">
      {agencyName(originAgencyId)} → {agencyName(targetAgencyId)}
    </Text>
  );
}

import { AppShell, Badge, Burger, Button, Group, Modal, NavLink, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink as RouterLink, Outlet, matchPath, useLocation, useNavigate } from 'react-router';
import { LoginForm } from '../components/login-form';
import { PageState } from '../components/page-state';
import { inboxQuery } from '../pages/queries';
import { hasRole, useSession, useUser, type User } from '../session/session';
import { LanguageSwitch } from './language-switch';

interface NavItem {
  to: string;
  label: string;
  visible: (user: User) => boolean;
  count?: boolean;
}

const NAV: NavItem[] = [
  { to: '/inbox', label: 'nav.inbox', visible: (u) => hasRole(u, 'approver', 'consultant', 'employee'), count: true },
  { to: '/transfers', label: 'nav.transfers', visible: () => true },
  { to: '/transfers/new', label: 'nav.propose', visible: (u) => hasRole(u, 'operator') },
  { to: '/me', label: 'nav.me', visible: (u) => u.employeeNip !== null },
  { to: '/delegations', label: 'nav.delegations', visible: (u) => hasRole(u, 'approver', 'consultant') },
  { to: '/notifications', label: 'nav.notifications', visible: () => true },
];

export function Shell() {
  const { t } = useTranslation();
  const user = useUser();
  const { logout, expired } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const [opened, { toggle, close }] = useDisclosure();
  const withInbox = hasRole(user, 'approver', 'consultant', 'employee');
  const inbox = useQuery({ ...inboxQuery(), enabled: withInbox });
  const open = inbox.data?.openCount ?? 0;
  const overdue = inbox.data?.overdueCount ?? 0;
  const agencies = user.agencyIds.includes('*') ? t('header.allAgencies') : user.agencyIds.join(', ');

  return (
    <AppShell
      header={{ height: 64 }}
      navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="md"
    >
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group wrap="nowrap" gap="sm">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={t('header.menu')} />
            <Text fw={700} size="lg">
              mutasi
            </Text>
          </Group>
          <Group gap="sm" wrap="nowrap">
            <Stack gap={0} visibleFrom="xs" align="flex-end">
              <Text size="sm" fw={600} data-testid="user-name">
                {user.displayName}
              </Text>
              <Text size="xs" c="dimmed">
                {[user.roles.map((role) => t(`role.${role}`)).join(', '), agencies].filter(Boolean).join(' · ')}
              </Text>
            </Stack>
            <LanguageSwitch />
            <Button
              variant="default"
              size="xs"
              onClick={async () => {
                await logout();
                navigate('/login', { replace: true });
              }}
            >
              {t('header.logout')}
            </Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" component="nav" aria-label={t('header.navigation')}>
        <Text size="sm" fw={600} hiddenFrom="xs" px="sm" pb="xs">
          {user.displayName} · {user.roles.map((role) => t(`role.${role}`)).join(', ')}
        </Text>
        {NAV.filter((item) => item.visible(user)).map((item) => (
          <NavLink
            key={item.to}
            component={RouterLink}
            to={item.to}
            end
            // The current page in white on dark teal (about 5:1), drawn here rather than by the variant's paler shade.
            style={
              matchPath({ path: item.to, end: true }, location.pathname)
                ? { backgroundColor: 'var(--mantine-color-teal-9)', color: 'var(--mantine-color-white)' }
                : undefined
            }
            label={t(item.label)}
            onClick={close}
            rightSection={
              item.count && open > 0 ? (
                <Group gap={4} wrap="nowrap">
                  {overdue > 0 && (
                    <Badge color="red" size="sm" aria-label={t('inbox.overdueCount', { count: overdue })}>
                      {overdue}
                    </Badge>
                  )}
                  <Badge size="sm" variant="light" aria-label={t('inbox.openCount', { count: open })}>
                    {open}
                  </Badge>
                </Group>
              ) : undefined
            }
          />
        ))}
      </AppShell.Navbar>
      <AppShell.Main>
        <Suspense fallback={<PageState error={null} />}>
          <Outlet />
        </Suspense>
      </AppShell.Main>
      <Modal opened={expired} onClose={() => undefined} withCloseButton={false} title={t('session.expiredTitle')}>
        <Stack>
          <Text size="sm">{t('session.expiredText')}</Text>
          <LoginForm onDone={() => undefined} />
        </Stack>
      </Modal>
    </AppShell>
  );
}

import { MantineProvider, createTheme, type CSSVariablesResolver } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { Notifications } from '@mantine/notifications';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import 'dayjs/locale/id';
import { lazy } from 'react';
import { useTranslation } from 'react-i18next';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router';
import { shouldRetry } from './api/retry';
import { Shell } from './layout/shell';
import { HomeRedirect } from './pages/home-redirect';
import { LoginPage } from './pages/login-page';
import { RequireSession, SessionProvider } from './session/session';

// Each page behind the login is a chunk of its own, fetched when first shown: the login page, the first a visitor sees, ships without them.
const InboxPage = lazy(() => import('./pages/inbox-page').then((m) => ({ default: m.InboxPage })));
const TransfersPage = lazy(() => import('./pages/transfers-page').then((m) => ({ default: m.TransfersPage })));
const ProposePage = lazy(() => import('./pages/propose-page').then((m) => ({ default: m.ProposePage })));
const TransferPage = lazy(() => import('./pages/transfer-page').then((m) => ({ default: m.TransferPage })));
const MyPage = lazy(() => import('./pages/my-page').then((m) => ({ default: m.MyPage })));
const DelegationPage = lazy(() => import('./pages/delegation-page').then((m) => ({ default: m.DelegationPage })));
const NotificationsPage = lazy(() =>
  import('./pages/notifications-page').then((m) => ({ default: m.NotificationsPage })),
);

const theme = createTheme({
  primaryColor: 'teal',
  primaryShade: 9,
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif',
});

// Mantine's dimmed grey and its red for field errors are below 4.5:1 on white; darker shades keep them readable (WCAG AA).
const cssVariables: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-error': 'var(--mantine-color-red-8)',
  },
  dark: {},
});

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      retry: shouldRetry,
      refetchOnWindowFocus: false,
    },
  },
});

export function App() {
  const { i18n } = useTranslation();
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariables}>
      <DatesProvider settings={{ locale: i18n.language }}>
        <Notifications position="top-right" />
        <QueryClientProvider client={queryClient}>
          <BrowserRouter basename="/app">
            <SessionProvider>
              <Routes>
                <Route path="/login" element={<LoginPage />} />
                <Route
                  element={
                    <RequireSession>
                      <Shell />
                    </RequireSession>
                  }
                >
                  <Route index element={<HomeRedirect />} />
                  <Route path="inbox" element={<InboxPage />} />
                  <Route path="transfers" element={<TransfersPage />} />
                  <Route path="transfers/new" element={<ProposePage />} />
                  <Route path="transfers/:id" element={<TransferPage />} />
                  <Route path="me" element={<MyPage />} />
                  <Route path="delegations" element={<DelegationPage />} />
                  <Route path="notifications" element={<NotificationsPage />} />
                  <Route path="*" element={<Navigate to="/" replace />} />
                </Route>
              </Routes>
            </SessionProvider>
          </BrowserRouter>
        </QueryClientProvider>
      </DatesProvider>
    </MantineProvider>
  );
}

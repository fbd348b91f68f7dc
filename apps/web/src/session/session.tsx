import { Center, Loader } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { api, onSessionExpired, type Schemas } from '../api/client';
import { unwrap } from '../api/problem';
import { setLanguage } from '../i18n/i18n';

export type User = Schemas['AuthUserDto'];

interface Session {
  user: User | null;
  loading: boolean;
  /** The server answered 401 while the page was open: log in again without leaving the page. */
  expired: boolean;
  login(username: string, password: string): Promise<User>;
  logout(): Promise<void>;
}

const SessionContext = createContext<Session | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [user, setUser] = useState<User | null>(null);
  const [loading, setLoading] = useState(true);
  const [expired, setExpired] = useState(false);
  const queries = useQueryClient();

  useEffect(() => {
    api
      .GET('/me')
      .then(({ data }) => setUser(data ?? null))
      .finally(() => setLoading(false));
  }, []);

  useEffect(() => onSessionExpired(() => setExpired(true)), []);

  const login = useCallback(
    async (username: string, password: string) => {
      const session = await unwrap(api.POST('/auth/session', { body: { username, password } }));
      setUser(session.user);
      setExpired(false);
      setLanguage(session.user.language);
      await queries.invalidateQueries();
      return session.user;
    },
    [queries],
  );

  const logout = useCallback(async () => {
    // Ends the session on the server where it supports that, then clears the cookies.
    await fetch('/auth/logout', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'x-csrf-token': /(?:^|;\s*)mutasi_csrf=([^;]+)/.exec(document.cookie)?.[1] ?? '' },
    }).catch(() => undefined);
    await api.DELETE('/auth/session');
    queries.clear();
    setUser(null);
    setExpired(false);
  }, [queries]);

  const value = useMemo(
    () => ({ user, loading, expired: expired && user !== null, login, logout }),
    [user, loading, expired, login, logout],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}

/** The logged-in user (only inside RequireSession). */
export function useUser(): User {
  const { user } = useSession();
  if (!user) throw new Error('useUser without a session');
  return user;
}

export function RequireSession({ children }: { children: ReactNode }) {
  const { user, loading } = useSession();
  const location = useLocation();
  if (loading) {
    return (
      <Center h="100vh">
        <Loader aria-label="…" />
      </Center>
    );
  }
  if (!user) {
    const next = encodeURIComponent(location.pathname + location.search);
    return <Navigate to={`/login?next=${next}`} replace />;
  }
  return children;
}

export function hasRole(user: User, ...roles: User['roles']): boolean {
  return roles.some((role) => user.roles.includes(role));
}

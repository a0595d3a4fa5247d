import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import { getSession, logout, type Session } from './auth';
import { ApiFailure, setCsrfToken, whenSignedOut } from './client';

export type { Session } from './auth';

interface SessionState {
  /** undefined while loading; null when signed out. */
  session: Session | null | undefined;
  signedIn(session: Session): void;
  signOut(): Promise<void>;
}

const SessionContext = createContext<SessionState | undefined>(undefined);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<Session | null>();

  const signedIn = useCallback((s: Session) => {
    setCsrfToken(s.csrf_token);
    setSession(s);
  }, []);
  const signedOut = useCallback(() => {
    setCsrfToken(undefined);
    setSession(null);
  }, []);

  useEffect(() => {
    whenSignedOut(signedOut);
    getSession().then(signedIn, (e: unknown) => {
      if (e instanceof ApiFailure && e.status === 401) signedOut();
      else setSession(null);
    });
  }, [signedIn, signedOut]);

  const signOut = useCallback(async () => {
    await logout().catch(() => undefined);
    signedOut();
  }, [signedOut]);

  return <SessionContext.Provider value={{ session, signedIn, signOut }}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionState {
  const state = useContext(SessionContext);
  if (!state) throw new Error('useSession outside SessionProvider');
  return state;
}

/**
 * Whether the signed-in user may manage the workspace (owners and admins): keys,
 * members and downloads of people's data. The server refuses the rest; the pages
 * leave out what would only be refused.
 */
export function useCanManage(): boolean {
  const { session } = useSession();
  return session?.workspace.role !== 'member';
}

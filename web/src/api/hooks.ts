import { useCallback, useEffect, useRef, useState } from 'react';
import { api } from './client';

export interface Loaded<T> {
  data: T | undefined;
  error: Error | undefined;
  loading: boolean;
  /** Loads again; quietly (keeping what is shown) when `quiet`. */
  reload(quiet?: boolean): Promise<void>;
}

/** GETs `path` (null: nothing yet) and again whenever it changes. */
export function useApi<T>(path: string | null): Loaded<T> {
  const [data, setData] = useState<T>();
  const [error, setError] = useState<Error>();
  const [loading, setLoading] = useState(path !== null);
  const current = useRef(path);
  current.current = path;

  const reload = useCallback(
    async (quiet = false) => {
      if (path === null) return;
      if (!quiet) setLoading(true);
      try {
        const result = await api<T>(path);
        if (current.current !== path) return;
        setData(result);
        setError(undefined);
      } catch (e) {
        if (current.current === path) setError(e as Error);
      } finally {
        if (current.current === path) setLoading(false);
      }
    },
    [path],
  );

  useEffect(() => {
    void reload();
  }, [reload]);
  return { data, error, loading, reload };
}

/** Calls `tick` every `ms` while `active` (live progress); stops on unmount. */
export function usePolling(tick: () => unknown, ms: number, active: boolean): void {
  const saved = useRef(tick);
  saved.current = tick;
  useEffect(() => {
    if (!active) return;
    const timer = setInterval(() => void saved.current(), ms);
    return () => clearInterval(timer);
  }, [ms, active]);
}

/** A form action's state: run it, and show its error or pending state. */
export function useAction<A extends unknown[], R>(action: (...args: A) => Promise<R>) {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<Error>();
  const run = useCallback(
    async (...args: A): Promise<R | undefined> => {
      setPending(true);
      setError(undefined);
      try {
        return await action(...args);
      } catch (e) {
        setError(e as Error);
        return undefined;
      } finally {
        setPending(false);
      }
    },
    [action],
  );
  return { run, pending, error, setError };
}

import { useCallback, useEffect, useRef, useState } from 'react';
import type { Read } from './client';

export interface Loaded<T> {
  data: T | undefined;
  error: Error | undefined;
  loading: boolean;
  /** Loads again; quietly (keeping what is shown) when `quiet`. */
  reload(quiet?: boolean): Promise<void>;
}

/** Runs `request` (null: nothing yet), and again whenever its URL changes: `useApi(readChatbot(id))`. */
export function useApi<T>(request: Read<T> | null): Loaded<T> {
  const key = request?.key ?? null;
  const [data, setData] = useState<T>();
  const [error, setError] = useState<Error>();
  const [loading, setLoading] = useState(key !== null);
  const current = useRef(key);
  current.current = key;
  // The latest request of this key: a new object each render, the same call.
  const run = useRef(request?.run);
  run.current = request?.run;

  const reload = useCallback(
    async (quiet = false) => {
      if (key === null) return;
      if (!quiet) setLoading(true);
      try {
        const result = await run.current?.();
        if (current.current !== key) return;
        setData(result);
        setError(undefined);
      } catch (e) {
        if (current.current === key) setError(e as Error);
      } finally {
        if (current.current === key) setLoading(false);
      }
    },
    [key],
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

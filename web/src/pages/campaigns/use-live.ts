import { useEffect, useRef, useState } from 'react';

export interface Live<T> {
  /** The last answer; kept while a newer one loads or fails, so the view does not flicker. */
  data: T | undefined;
  error: Error | undefined;
  pending: boolean;
}

/**
 * Runs `request` once its `key` has stopped changing for `ms` (typing
 * pauses), cancelling any call still under way; null runs nothing and
 * forgets what was shown.
 */
export function useLive<T>(request: { key: string; run(signal: AbortSignal): Promise<T> } | null, ms = 400): Live<T> {
  const [state, setState] = useState<Live<T>>({ data: undefined, error: undefined, pending: false });
  const key = request?.key ?? null;
  const run = useRef(request?.run);
  run.current = request?.run;

  useEffect(() => {
    if (key === null) {
      setState({ data: undefined, error: undefined, pending: false });
      return;
    }
    setState((s) => (s.pending ? s : { ...s, pending: true }));
    const controller = new AbortController();
    const timer = setTimeout(() => {
      run.current?.(controller.signal).then(
        (data) => !controller.signal.aborted && setState({ data, error: undefined, pending: false }),
        (error: Error) => !controller.signal.aborted && setState((s) => ({ data: s.data, error, pending: false })),
      );
    }, ms);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [key, ms]);
  return state;
}

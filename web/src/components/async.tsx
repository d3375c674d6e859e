import { useEffect, useRef, useState } from "preact/hooks";
import type { ApiError } from "../api/client.ts";
import { m } from "../i18n/index.ts";

export interface AsyncState<T> {
  data: T | null;
  error: ApiError | Error | null;
  loading: boolean;
  reload: () => void;
}

/**
 * Runs `load` when `deps` change; exposes data, error and a reload function. With `arrived` (data already at hand
 * when the component mounts), the first render shows it and the first load is skipped.
 */
export function useAsync<T>(load: () => Promise<T>, deps: unknown[], arrived: T | null = null): AsyncState<T> {
  const [state, setState] = useState<{ data: T | null; error: Error | null; loading: boolean }>({
    data: arrived,
    error: null,
    loading: arrived === null,
  });
  const [tick, setTick] = useState(0);
  const skipFirst = useRef(arrived !== null);
  useEffect(() => {
    if (skipFirst.current) {
      skipFirst.current = false;
      return;
    }
    let live = true;
    setState((s) => ({ ...s, loading: true, error: null }));
    load().then(
      (data) => live && setState({ data, error: null, loading: false }),
      (error: Error) => live && setState({ data: null, error, loading: false }),
    );
    return () => {
      live = false;
    };
  }, [...deps, tick]);
  return { ...state, reload: () => setTick((t) => t + 1) };
}

export function Loading() {
  return (
    <p class="loading" role="status">
      {m.app.loading}
    </p>
  );
}

export function ErrorBox({ error, onRetry }: { error: Error; onRetry?: () => void }) {
  return (
    <div class="error-box" role="alert">
      <h2>{m.app.errorTitle}</h2>
      <p>{error.message}</p>
      {onRetry && (
        <button type="button" onClick={onRetry}>
          {m.app.retry}
        </button>
      )}
    </div>
  );
}

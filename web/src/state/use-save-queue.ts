import { useEffect, useMemo, useState } from "preact/hooks";
import { api } from "../api/client.ts";
import type { Assessment } from "../api/types.ts";
import { m } from "../i18n/index.ts";
import { SaveQueue } from "./save-queue.ts";

/** One save queue per opened assessment; re-renders on every change and warns before leaving with unsaved answers. */
export function useSaveQueue(initial: Assessment): SaveQueue {
  const queue = useMemo(
    () => new SaveQueue(initial, { patch: api.patch, load: api.assessment, debounceMs: 400, storage: localStorage }),
    [initial],
  );
  const [, setTick] = useState(0);
  useEffect(() => {
    const off = queue.subscribe(() => setTick((t) => t + 1));
    const beforeUnload = (e: BeforeUnloadEvent) => {
      if (!queue.dirty) return;
      e.preventDefault();
      e.returnValue = m.save.leave;
    };
    const online = () => queue.status === "failed" && void queue.retry();
    addEventListener("beforeunload", beforeUnload);
    addEventListener("online", online);
    return () => {
      off();
      removeEventListener("beforeunload", beforeUnload);
      removeEventListener("online", online);
      void queue.flush().finally(() => queue.dispose());
    };
  }, [queue]);
  return queue;
}

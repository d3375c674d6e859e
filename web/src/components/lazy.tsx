import type { ComponentType } from "preact";
import { useEffect, useState } from "preact/hooks";
import { ErrorBox, Loading } from "./async.tsx";

/** A component whose code is fetched with dynamic import() the first time it renders. */
export function lazy<P extends object>(load: () => Promise<{ default: ComponentType<P> }>): ComponentType<P> {
  let cached: ComponentType<P> | null = null;
  return function Lazy(props: P) {
    const [Comp, setComp] = useState<ComponentType<P> | null>(() => cached);
    const [error, setError] = useState<Error | null>(null);
    useEffect(() => {
      if (cached) return;
      load().then(
        (mod) => {
          cached = mod.default;
          setComp(() => mod.default);
        },
        (e: Error) => setError(e),
      );
    }, []);
    if (error) return <ErrorBox error={error} />;
    return Comp ? <Comp {...props} /> : <Loading />;
  };
}

import type { ComponentChildren } from "preact";
import { useEffect, useRef } from "preact/hooks";
import { m } from "../i18n/index.ts";
import { hasNavigated } from "../router.ts";

/** The page's h1: sets the document title and, after a navigation, takes focus so screen readers announce it. */
export function PageTitle({
  text,
  children,
  focus = true,
}: {
  text: string;
  children?: ComponentChildren;
  focus?: boolean;
}) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${text} – ${m.app.name}`;
    if (focus && hasNavigated()) ref.current?.focus();
  }, [text, focus]);
  return (
    <h1 ref={ref} tabIndex={-1}>
      {children ?? text}
    </h1>
  );
}

import { useEffect, useState } from "preact/hooks";
import { currentSession, type Session, sessionExpired, subscribe } from "./session.ts";

export function useSession(): { session: Session | null; expired: boolean } {
  const [state, setState] = useState(() => ({ session: currentSession(), expired: sessionExpired() }));
  useEffect(() => subscribe(() => setState({ session: currentSession(), expired: sessionExpired() })), []);
  return state;
}

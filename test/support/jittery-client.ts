import type { GetCommand } from "@aws-sdk/lib-dynamodb";
import type { StoreClient } from "../../functions/store/store-context.ts";

/**
 * A client that waits a random few milliseconds before and after each call, so that a read's answer can arrive after
 * a later write has finished: the interleavings the local caches must survive.
 */
export function jitteryClient(inner: StoreClient): StoreClient {
  return {
    send: (async (command: GetCommand) => {
      await new Promise((r) => setTimeout(r, Math.random() * 3));
      const out = await inner.send(command);
      await new Promise((r) => setTimeout(r, Math.random() * 6));
      return out;
    }) as StoreClient["send"],
  };
}

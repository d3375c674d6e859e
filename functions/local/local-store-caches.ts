import type { StoreClient } from "../store/store-context.ts";
import { withItemCache } from "./item-cache.ts";
import { withPrefixQueryCache } from "./prefix-query-cache.ts";

/**
 * The caches in front of the embedded store, which this process alone writes: whole items, and whole-prefix lists
 * (an assessment's respondents and reviews, which every PATCH of consolidated answers reads).
 */
export function withLocalStoreCaches(client: StoreClient): StoreClient {
  return withPrefixQueryCache(withItemCache(client));
}

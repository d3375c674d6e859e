/**
 * The content hash (content-hash.ts) of every published instrument version, recorded when it was published. A
 * test fails when a version's scoring content no longer matches: publish a new version instead of editing one.
 */
export const publishedHashes: Readonly<Record<string, string>> = {
  "un-peace-ops-readiness@2026.1": "fnv1a64:bc8c7a11c698de23",
  "un-peace-ops-readiness@2026.2": "fnv1a64:278a4f32e808b485",
};

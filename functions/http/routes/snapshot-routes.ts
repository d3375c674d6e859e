import * as z from "zod";
import { compareSnapshots } from "../../core/compare.ts";
import type { AppDeps } from "../app-deps.ts";
import { errorResponses as errors } from "../errors.ts";
import { requestLanguage } from "../language.ts";
import { ownSnapshot } from "../ownership.ts";
import { snapshotIn } from "../report-language.ts";
import { snapshotComparisonResponse, snapshotResponse } from "../report-schemas.ts";
import { route } from "../route-table.ts";
import { idParam, idParams } from "../schemas.ts";

/** Snapshots are immutable: reading them is safe to cache privately. */
export function snapshotRoutes({ store }: AppDeps) {
  return [
    route({
      method: "get",
      path: "/api/snapshots/:id",
      access: ["official", "admin"],
      summary: "One snapshot: answers, profile and score as submitted",
      tag: "snapshots",
      params: idParams,
      responses: { 200: { description: "The snapshot", schema: snapshotResponse }, ...errors(401, 403, 404) },
      handler: async (c, { params, principal }) =>
        c.json(snapshotIn(await ownSnapshot(store, principal, params.id), requestLanguage(c))),
    }),
    route({
      method: "get",
      path: "/api/snapshots/:a/compare/:b",
      access: ["official", "admin"],
      summary: "What changed from snapshot a to snapshot b, by dimension and indicator",
      tag: "snapshots",
      params: z.object({ a: idParam, b: idParam }).strict(),
      responses: {
        200: { description: "The comparison", schema: snapshotComparisonResponse },
        ...errors(401, 403, 404),
      },
      handler: async (c, { params, principal }) => {
        const [from, to] = await Promise.all([
          ownSnapshot(store, principal, params.a),
          ownSnapshot(store, principal, params.b),
        ]);
        return c.json(compareSnapshots(from, to));
      },
    }),
  ];
}

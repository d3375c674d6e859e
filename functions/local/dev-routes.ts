import { randomUUID } from "node:crypto";
import * as z from "zod";
import { isUnMemberState } from "../core/cohorts/built-in.ts";
import { countryBound } from "../http/auth/principal.ts";
import { errorBodySchema, HttpError } from "../http/errors.ts";
import { jwksResponse } from "../http/public-schemas.ts";
import { responseSchema, route } from "../http/route-table.ts";
import { devTokenBody } from "../http/schemas.ts";
import type { LocalKeys } from "./local-keys.ts";

/** Local mode only: the token mint that stands in for Cognito's hosted UI. */
export function devRoutes(keys: LocalKeys) {
  return [
    route({
      method: "get",
      path: "/.well-known/jwks.json",
      access: "public",
      summary: "Public keys that sign local tokens (local mode only)",
      tag: "auth",
      responses: { 200: { description: "A JSON Web Key Set", schema: jwksResponse } },
      handler: (c) => c.json(keys.jwks),
    }),
    route({
      method: "post",
      path: "/api/dev/token",
      access: "public",
      summary: "Mint a one-hour token for a role (local mode only; absent on AWS)",
      tag: "auth",
      body: devTokenBody,
      responses: {
        200: {
          description: "A signed ES256 JWT",
          schema: responseSchema(() => z.object({ token: z.string(), expiresAt: z.string() })),
        },
        400: { description: "Invalid role or country", schema: errorBodySchema },
      },
      handler: async (c, { body }) => {
        if (body.country !== undefined && !isUnMemberState(body.country)) {
          throw new HttpError(400, "invalid_request", "country: not a UN member state", { field: "country" });
        }
        const subject = body.subject ?? `dev-${body.role}-${body.country ?? "any"}-${randomUUID().slice(0, 8)}`;
        const country = countryBound(body.role) ? body.country : undefined;
        return c.json(await keys.mint({ subject, role: body.role, country }));
      },
    }),
  ];
}

import { NotFoundError } from "../../core/errors.ts";
import { countryProfile } from "../../core/profile.ts";
import type { AppDeps } from "../app-deps.ts";
import { errorResponses as errors } from "../errors.ts";
import { countryProfileResponse } from "../report-schemas.ts";
import { route } from "../route-table.ts";
import { countryParams } from "../think-tank-schemas.ts";

/** Named profiles exist only for countries that made a result public. */
export function profileRoutes({ store }: AppDeps) {
  return [
    route({
      method: "get",
      path: "/api/profiles/:country",
      access: ["official", "analyst", "admin"],
      summary: "A country's public profile: its latest public snapshot and the public snapshot of each cycle",
      tag: "profiles",
      params: countryParams,
      responses: {
        200: { description: "The profile", schema: countryProfileResponse },
        ...errors(400, 401, 403, 404),
      },
      handler: async (c, { params }) => {
        const profile = countryProfile(params.country, await store.publicPublications.ofCountry(params.country));
        if (!profile) throw new NotFoundError("public profile");
        return c.json(profile);
      },
    }),
  ];
}

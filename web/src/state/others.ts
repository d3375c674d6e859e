import type { Indicator } from "#core/instrument/schema.ts";
import { api } from "../api/client.ts";
import type { Responses, ReviewState } from "../api/types.ts";

/** What others said about a country's answers: reviewers' verdicts and respondents' own answers. */
export interface Others {
  reviews: Map<string, ReviewState>;
  responses: Responses | null;
}

/** Before they arrive (the questionnaire shows its questions without waiting for them), nothing is shown. */
export const noOthers: Others = { reviews: new Map(), responses: null };

/** Verdicts and responses; the questionnaire still works when either cannot be read. */
export async function loadOthers(id: string): Promise<Others> {
  const [reviews, responses] = await Promise.all([
    api.reviews(id).catch(() => ({ items: [] as ReviewState[] })),
    api.responses(id).catch(() => null),
  ]);
  return { reviews: new Map(reviews.items.map((r) => [r.indicatorId, r])), responses };
}

/** The caller's own institution as a respondent, when they answered as one; undefined when it cannot be read. */
export async function loadMyInstitution(id: string): Promise<string | undefined> {
  const mine = await api.myResponse(id).catch(() => null);
  return mine?.institution;
}

/**
 * Indicators in instrument order, those whose owning institution (the instrument's optional hint) is the
 * respondent's own first. Each keeps its number in the instrument. Without a hint or an institution, nothing moves.
 */
export function institutionFirst(
  indicators: readonly Indicator[],
  institution: string | undefined,
): { indicator: Indicator; n: number }[] {
  const numbered = indicators.map((indicator, n) => ({ indicator, n }));
  if (!institution) return numbered;
  const owner = (i: Indicator) => (i as Indicator & { institution?: string }).institution;
  return [
    ...numbered.filter(({ indicator }) => owner(indicator) === institution),
    ...numbered.filter(({ indicator }) => owner(indicator) !== institution),
  ];
}

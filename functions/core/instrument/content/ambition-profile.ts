import type { ProfileQuestion } from "../schema.ts";
import { contextQuestions } from "./ambition-profile-context.ts";
import { contributionQuestions } from "./ambition-profile-contribution.ts";

/**
 * The ambition profile: what the country intends to contribute. Only `target-readiness` sets a baseline target;
 * the other answers raise the targets of the indicators that matter most for that kind of contribution.
 */
export const ambitionProfile: ProfileQuestion[] = [...contributionQuestions, ...contextQuestions];

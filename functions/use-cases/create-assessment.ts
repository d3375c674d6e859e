import type { Answer, Assessment } from "../core/assessment.ts";
import { DomainError, NotFoundError } from "../core/errors.ts";
import { type CarryResult, carryAnswers } from "../core/instrument/carry-answers.ts";
import type { Instrument } from "../core/instrument/schema.ts";

/** What creating an assessment needs from the store. */
export interface AssessmentCreationStore {
  find(id: string): Promise<Assessment | undefined>;
  create(input: NewAssessmentInput): Promise<Assessment>;
  patch(
    id: string,
    expectedVersion: number,
    changes: { answers?: Record<string, Answer>; profile?: Record<string, string[]> },
  ): Promise<Assessment>;
}

export interface NewAssessmentInput {
  country: string;
  cycle: number;
  instrumentId: string;
  instrumentVersion: string;
}

/** The created assessment, and when copied, what was carried and what must be answered again. */
export type CreatedAssessment = Assessment & Partial<Pick<CarryResult, "carried" | "toReanswer">>;

/** Refused copy: the source is of another instrument, so no mapping exists. */
export class CopyAcrossInstrumentsError extends DomainError {
  constructor() {
    super("invalid_request", "copyFrom: the assessment uses another instrument", { field: "copyFrom" });
  }
}

async function sourceOf(
  store: AssessmentCreationStore,
  copyFrom: string,
  input: NewAssessmentInput,
  find: (id: string, version: string) => Instrument | undefined,
): Promise<{ source: Assessment; instrument: Instrument }> {
  const source = await store.find(copyFrom);
  // Another country's assessment is reported exactly like a missing one, so ids cannot be probed.
  if (!source || source.country !== input.country) throw new NotFoundError("assessment");
  if (source.instrumentId !== input.instrumentId) throw new CopyAcrossInstrumentsError();
  const instrument = find(source.instrumentId, source.instrumentVersion);
  if (!instrument) throw new Error(`instrument ${source.instrumentId}@${source.instrumentVersion} missing`);
  return { source, instrument };
}

/**
 * Starts an assessment; with `copyFrom`, carries the answers and profile of an earlier assessment of the same
 * country through the new version's `replaces` mapping (instrument/carry-answers.ts). The source is checked before
 * anything is written. Creating and filling are two writes: if the second fails, the new draft exists empty and
 * the source is untouched, so nothing already saved is lost.
 */
export async function createAssessment(
  store: AssessmentCreationStore,
  input: NewAssessmentInput,
  target: Instrument,
  find: (id: string, version: string) => Instrument | undefined,
  copyFrom?: string,
): Promise<CreatedAssessment> {
  if (copyFrom === undefined) return store.create(input);
  const { source, instrument } = await sourceOf(store, copyFrom, input, find);
  const carry = carryAnswers(instrument, source.answers, source.profile, target);
  const created = await store.create(input);
  const hasContent = Object.keys(carry.answers).length > 0 || Object.keys(carry.profile).length > 0;
  const filled = hasContent
    ? await store.patch(created.id, created.version, { answers: carry.answers, profile: carry.profile })
    : created;
  return { ...filled, carried: carry.carried, toReanswer: carry.toReanswer };
}

import type { Profile } from "../../../../functions/core/assessment.ts";
import type { Level, ProfileOption, ProfileQuestion } from "../../../../functions/core/instrument/schema.ts";

/** What choosing one option does to targets, with its raises resolved to indicator positions once. */
export interface OptionEffect {
  /** The option's baseline, or -1 when it has none. */
  baseline: number;
  raisePositions: readonly number[];
  raiseLevels: readonly Level[];
}

/** An option's effect on targets; a raise of an indicator the instrument lacks changes nothing. */
function effectOf(option: ProfileOption, positionOf: ReadonlyMap<string, number>): OptionEffect {
  const raises = (option.raises ?? []).filter((r) => positionOf.has(r.indicatorId));
  return {
    baseline: option.baseline ?? -1,
    raisePositions: raises.map((r) => positionOf.get(r.indicatorId) as number),
    raiseLevels: raises.map((r) => r.level),
  };
}

/**
 * Every (question, option) pair that scoring asks about, numbered: the instrument's options (the first question
 * and option with an id win, as `Array.prototype.find` would), then any other pair a trigger or risk rule names.
 * A report reads the profile once into one flag per pair, so a trigger or rule tests a flag instead of searching
 * the profile's arrays.
 */
export class ProfilePairs {
  /** Each question id once, with the option ids asked about and their pairs (few: a scan beats a Map here). */
  readonly questions: { id: string; optionIds: string[]; pairs: number[] }[] = [];
  /** By pair: the instrument's option, undefined for a pair that is not one. */
  readonly options: (ProfileOption | undefined)[] = [];
  /** By pair: what choosing it does to targets, undefined for a pair that is not an option. */
  readonly effects: (OptionEffect | undefined)[] = [];

  /** Numbers the options of `profile`; `positionOf` gives the position of each indicator. */
  constructor(profile: readonly ProfileQuestion[], positionOf: ReadonlyMap<string, number>) {
    const seen = new Set<string>();
    for (const question of profile) {
      if (seen.has(question.id)) continue;
      seen.add(question.id);
      for (const option of question.options) {
        if (this.known(question.id, option.id) !== undefined) continue;
        this.add(question.id, option.id, option, effectOf(option, positionOf));
      }
    }
  }

  /** The number of a pair, numbering it (as no option of the instrument) if it is new. */
  pair(questionId: string, optionId: string): number {
    return this.known(questionId, optionId) ?? this.add(questionId, optionId, undefined, undefined);
  }

  private known(questionId: string, optionId: string): number | undefined {
    const question = this.questions.find((q) => q.id === questionId);
    const index = question?.optionIds.indexOf(optionId) ?? -1;
    return index < 0 ? undefined : question?.pairs[index];
  }

  private add(questionId: string, optionId: string, option?: ProfileOption, effect?: OptionEffect): number {
    let question = this.questions.find((q) => q.id === questionId);
    if (question === undefined) {
      question = { id: questionId, optionIds: [], pairs: [] };
      this.questions.push(question);
    }
    question.optionIds.push(optionId);
    question.pairs.push(this.options.length);
    this.options.push(option);
    this.effects.push(effect);
    return this.options.length - 1;
  }
}

/** The pairs a profile chooses: a flag per pair, and the chosen pairs that are options, each once. */
export interface Choices {
  chosen: boolean[];
  options: number[];
}

function pairOf(question: ProfilePairs["questions"][number], optionId: string): number {
  const k = question.optionIds.indexOf(optionId);
  return k < 0 ? -1 : (question.pairs[k] as number);
}

/** Reads the profile once. Ids the instrument, its triggers and its risk rules never name are ignored. */
export function readChoices(pairs: ProfilePairs, profile: Profile): Choices {
  const chosen: boolean[] = new Array(pairs.options.length).fill(false);
  const options: number[] = [];
  for (const question of pairs.questions) {
    const picked = profile[question.id];
    if (picked === undefined) continue;
    for (let i = 0; i < picked.length; i++) {
      const pair = pairOf(question, picked[i] as string);
      if (pair < 0 || chosen[pair]) continue;
      chosen[pair] = true;
      if (pairs.effects[pair] !== undefined) options.push(pair);
    }
  }
  return { chosen, options };
}

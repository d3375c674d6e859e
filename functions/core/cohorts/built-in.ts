import type { LocaleText } from "../instrument/schema.ts";
import { type UnMemberState, type UnRegionalGroup, unMemberStates, unRegionalGroups } from "./un-member-states.ts";

/** A cohort that ships with the product: all member states, or one UN regional group. */
export interface BuiltInCohort {
  id: "all" | UnRegionalGroup;
  name: LocaleText;
  kind: "built-in";
  /** ISO 3166-1 alpha-3 codes, sorted. */
  countries: readonly string[];
}

/** The groups' names, in English and in the UN's French. */
const groupNames: Record<UnRegionalGroup, LocaleText> = {
  african: { en: "African Group", fr: "Groupe des États d’Afrique" },
  "asia-pacific": { en: "Asia-Pacific Group", fr: "Groupe des États d’Asie et du Pacifique" },
  "eastern-european": { en: "Eastern European Group", fr: "Groupe des États d’Europe orientale" },
  "latin-american-caribbean": {
    en: "Latin American and Caribbean Group",
    fr: "Groupe des États d’Amérique latine et des Caraïbes",
  },
  "western-european-others": {
    en: "Western European and Others Group",
    fr: "Groupe des États d’Europe occidentale et autres États",
  },
};

const byCode: ReadonlyMap<string, UnMemberState> = new Map(unMemberStates.map((state) => [state.code, state]));

function cohort(id: BuiltInCohort["id"], name: LocaleText, states: readonly UnMemberState[]): BuiltInCohort {
  const countries = Object.freeze(states.map((state) => state.code).sort());
  return Object.freeze({ id, name: Object.freeze({ ...name }), kind: "built-in" as const, countries });
}

/** Built-in cohorts, `all` first, then the five UN regional groups. Frozen: shared by every request. */
export const builtInCohorts: readonly BuiltInCohort[] = Object.freeze([
  cohort("all", { en: "All UN member states", fr: "Tous les États Membres de l’ONU" }, unMemberStates),
  ...unRegionalGroups.map((group) =>
    cohort(
      group,
      groupNames[group],
      unMemberStates.filter((state) => state.group === group),
    ),
  ),
]);

/** The built-in cohort with this id, or undefined (analyst-defined cohorts live in the store, not here). */
export function findBuiltInCohort(id: string): BuiltInCohort | undefined {
  return builtInCohorts.find((c) => c.id === id);
}

/** Whether `code` is the ISO 3166-1 alpha-3 code of a UN member state (exact, upper case). */
export function isUnMemberState(code: string): boolean {
  return byCode.has(code);
}

/** The UN English short name of a member state, or undefined for any other code. */
export function memberStateName(code: string): string | undefined {
  return byCode.get(code)?.name;
}

/** The UN regional group of a member state, or undefined for any other code. */
export function unRegionalGroupOf(code: string): UnRegionalGroup | undefined {
  return byCode.get(code)?.group;
}

import { builtInCohorts } from "../cohorts/built-in.ts";
import type { Indicator, Instrument } from "../instrument/schema.ts";
import { STAGE_THRESHOLDS } from "../scoring/method.ts";
import type { EvidenceGrade } from "../vocabulary.ts";
import type { Column, OmittedFigure } from "./score-columns.ts";
import { snake } from "./score-columns.ts";

/** French descriptions of the columns every export has, by column name. */
const fixed: Record<string, string> = {
  country: "Code ISO 3166-1 alpha-3",
  country_name: "Nom court du pays en anglais, selon l’ONU",
  un_regional_group: "Groupe régional de l’ONU",
  cycle: "Cycle d’évaluation (année)",
  instrument_id: "Questionnaire auquel les réponses ont été données",
  instrument_version: "Version du questionnaire (immuable une fois publiée)",
  method_version: "Version de la méthode de calcul qui a produit les scores",
  snapshot_id: "L’instantané soumis que la ligne présente (le plus récent du cycle)",
  submitted_at: "Date et heure de soumission de l’instantané (ISO 8601, UTC)",
  overall_mean:
    "Moyenne pondérée des indices des dimensions, 0–100 ; compensatoire (une dimension forte compense une faible) : citez plutôt overall_stage, le maillon le plus faible",
  overall_floor: "Indice de dimension le plus bas, 0–100",
  overall_stage: "Stade global : le stade de dimension le plus bas ; le chiffre à citer",
  overall_coverage: "Part (pondérée) des indicateurs applicables renseignés par un niveau, 0–1",
  verified_share:
    "Part du poids des indicateurs du questionnaire dont la réponse a été vérifiée par un examinateur avant la soumission, 0–1 (0 : rien de vérifié)",
  respondents:
    "Responsables ayant répondu : ceux qui ont enregistré leurs propres réponses, au moins celui qui les a consolidées",
};

const stageLevels = Object.fromEntries(
  STAGE_THRESHOLDS.map((t) => [
    String(t.stage),
    `stade ${t.stage} : indice d’au moins ${t.minIndex} et toutes les conditions de passage remplies (méthode 1.1 : l’indice avec les réponses inconnues au niveau 0, et une couverture d’au moins 0,8)`,
  ]),
);

const groupLevels = Object.fromEntries(
  builtInCohorts.filter((c) => c.id !== "all").map((c) => [c.id, c.name.fr ?? c.name.en]),
);

const evidenceLevelsFr: Record<EvidenceGrade, string> = {
  "self-declared": "déclaré par le pays sans document",
  documented: "le pays cite un document à l’appui",
  "externally-verified": "un examinateur a vérifié la réponse avant la soumission",
};

function levelTexts(indicator: Indicator): Record<string, string> {
  return {
    ...Object.fromEntries(indicator.levels.map((text, level) => [String(level), text.fr ?? text.en])),
    na: "sans objet pour ce pays (exclu de l’indice ; la méthode 1.1 ne l’accepte que là où le questionnaire l’admet)",
    unknown:
      "le pays ne sait pas (exclu de l’indice, réduit la couverture ; la méthode 1.1 le compte au niveau 0 pour le stade)",
    "": "sans réponse",
  };
}

/** The French of one column, or the column unchanged when its name follows no known pattern. */
function frenchColumn(column: Column, instruments: readonly Instrument[]): Column {
  const text = fixed[column.name];
  if (text !== undefined) {
    const levels = { overall_stage: stageLevels, un_regional_group: groupLevels }[column.name];
    return { ...column, description: text, ...(levels ? { levels } : {}) };
  }
  for (const d of instruments.flatMap((i) => i.dimensions)) {
    const id = snake(d.id);
    if (column.name === `${id}_index`)
      return { ...column, description: `Indice de la dimension ${d.id}, 0–100 ; vide si aucun indicateur n’a compté` };
    if (column.name === `${id}_stage`)
      return {
        ...column,
        description: `Stade de la dimension ${d.id} après conditions de passage`,
        levels: stageLevels,
      };
    if (column.name === `${id}_coverage`) return { ...column, description: `Couverture de la dimension ${d.id}, 0–1` };
  }
  const indicators = [...instruments].reverse().flatMap((i) => i.dimensions.flatMap((d) => d.indicators));
  const graded = indicators.find((x) => column.name === `${snake(x.id)}_evidence`);
  if (graded) {
    const description = `Niveau de preuve de la réponse à l’indicateur ${graded.id} ; vide sans réponse`;
    return { ...column, description, levels: evidenceLevelsFr };
  }
  const indicator = indicators.find((x) => column.name === `${snake(x.id)}_level`);
  if (!indicator) return column;
  const title = indicator.title.fr ?? indicator.title.en;
  return { ...column, description: `Réponse à l’indicateur ${indicator.id} : ${title}`, levels: levelTexts(indicator) };
}

/** The French texts of the codebook's header. */
export const codebookHeaderFr = {
  title: "Scores publics Reengage",
  rows: "Une ligne par pays public et par cycle : le dernier instantané soumis de ce cycle. Les résultats mis en commun ou privés n’y figurent jamais.",
  csv: "RFC 4180 : UTF-8, séparateur virgule, fins de ligne CRLF, une ligne d’en-tête, champs entre guillemets si nécessaire ; un champ vide signifie l’absence de valeur",
  json: "{ items: [ { <colonne>: valeur } ], belowCoverage: <lignes écartées> } avec les mêmes colonnes ; une valeur absente vaut null",
  belowCoverage:
    "Méthode 1.1 : une ligne dont le stade global est retenu sous le seuil de couverture (une dimension a moins de 0,8 de son poids applicable renseigné) est écartée des exports ; l’export JSON compte ces lignes dans belowCoverage",
  notInExports: [
    {
      name: "percent_to_target",
      description: "1 − écart pondéré aux cibles que le pays s’est fixées ÷ cibles pondérées, 0–1",
      note: "Non comparable d’un pays à l’autre : relatif aux cibles que chaque pays se fixe, si bien qu’un pays qui vise bas obtient un score élevé. Écarté des exports entre pays ; le rapport de chaque pays l’indique.",
    },
  ] satisfies OmittedFigure[],
};

/** Columns in French; `instruments` must carry their French texts (see instrument/translations). */
export function frenchColumns(columns: readonly Column[], instruments: readonly Instrument[]): Column[] {
  return columns.map((c) => frenchColumn(c, instruments));
}

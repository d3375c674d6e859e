import type {
  Dimension,
  Gate,
  Indicator,
  Instrument,
  ProfileQuestion,
  Recommendation,
  RiskRule,
} from "../../../functions/core/instrument/schema.ts";

const text = (en: string) => ({ en });

export function indicator(id: string, weight = 1): Indicator {
  return {
    id,
    title: text(`Indicator ${id}`),
    question: text(`Question ${id}?`),
    weight,
    levels: [text(`${id} none`), text(`${id} some`), text(`${id} most`), text(`${id} all`)],
    reformArea: "bureaucratic",
    naAllowed: false,
  };
}

export function dimension(id: string, indicators: Indicator[], gates: Omit<Gate, "why">[] = [], weight = 1): Dimension {
  return {
    id,
    title: text(`Dimension ${id}`),
    description: text(`About ${id}`),
    reformArea: "bureaucratic",
    weight,
    indicators,
    gates: gates.map((g) => ({ ...g, why: text("critical") })),
  };
}

export const readinessQuestion: ProfileQuestion = {
  id: "target-readiness",
  text: text("Target readiness"),
  kind: "single",
  options: [
    { id: "initial", label: text("Initial"), baseline: 1 },
    { id: "standard", label: text("Standard"), baseline: 2 },
    { id: "rapid", label: text("Rapid"), baseline: 3 },
  ],
};

export function recommendation(id: string, partial: Partial<Recommendation> = {}): Recommendation {
  return {
    id,
    title: text(`Do ${id}`),
    action: text(`Action ${id}`),
    reformArea: "bureaucratic",
    owner: text("Ministry of Defence"),
    effort: 1,
    horizon: "0-6",
    prerequisites: [],
    triggers: [],
    rationale: text("Because the article says so."),
    ...partial,
  };
}

export function instrument(parts: {
  dimensions: Dimension[];
  profile?: ProfileQuestion[];
  riskRules?: RiskRule[];
  recommendations?: Recommendation[];
  defaultTarget?: 0 | 1 | 2 | 3;
}): Instrument {
  return {
    id: "test-instrument",
    version: "2026.1",
    title: text("Test"),
    description: text("Test instrument"),
    defaultTarget: parts.defaultTarget ?? 2,
    dimensions: parts.dimensions,
    profile: parts.profile ?? [readinessQuestion],
    riskRules: parts.riskRules ?? [],
    recommendations: parts.recommendations ?? [],
    stages: [],
    floorTargets: [],
    lenses: [],
  };
}

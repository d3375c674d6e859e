import type { Dimension } from "../../schema.ts";
import { en } from "../builders.ts";
import { gates } from "./build.ts";
import { riskFieldIndicators } from "./risk-tolerance-field.ts";
import { riskPoliticsIndicators } from "./risk-tolerance-politics.ts";
import { expert, seed, UN } from "./sources.ts";

export const riskTolerance: Dimension = {
  id: "risk-tolerance",
  title: en("Risk tolerance"),
  description: en(
    "Whether the country will accept the risks of presence, of local ownership and of losing some control, whether it can answer for its personnel's conduct, and whether its politics and public will sustain that acceptance.",
  ),
  reformArea: "public-information",
  weight: 1,
  indicators: [...riskPoliticsIndicators, ...riskFieldIndicators],
  gates: gates([
    {
      indicatorId: "casualty-risk-policy",
      minLevel: 2,
      forStage: 3,
      why: "Without a signed decision on acceptable risk, the first casualty can end a contribution whatever else is in place.",
      sources: [seed(16), expert("stage 3 descriptor: individuals and small teams deployable")],
    },
    {
      indicatorId: "conduct-discipline",
      minLevel: 2,
      forStage: 3,
      why: "The UN expects contributors to vet their personnel and investigate misconduct; without that, one allegation can end the re-engagement.",
      sources: [UN.mou, UN.sea],
    },
    {
      indicatorId: "national-caveats",
      minLevel: 2,
      forStage: 4,
      why: "Restrictions that are undeclared or forbid patrols keep personnel behind walls and will not pass force generation.",
      sources: [seed(9), UN.aav],
    },
    {
      indicatorId: "political-mandate",
      minLevel: 2,
      forStage: 4,
      why: "Unit rotations need a documented decision by the competent authority that opposition groups were consulted on, or they are exposed to reversal.",
      sources: [seed(15), expert("constitution-neutral mandate (review 2026-11, H2)")],
    },
    {
      indicatorId: "incident-communication",
      minLevel: 2,
      forStage: 5,
      why: "High risk tolerance lasts only if the government can explain a casualty or an allegation quickly and credibly.",
      sources: [seed(16)],
    },
  ]),
};

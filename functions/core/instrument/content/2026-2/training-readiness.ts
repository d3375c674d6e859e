import type { Dimension } from "../../schema.ts";
import { en } from "../builders.ts";
import { gates } from "./build.ts";
import { expert, UN } from "./sources.ts";
import { skillsIndicators } from "./training-skills.ts";
import { standardsIndicators } from "./training-standards.ts";

export const trainingReadiness: Dimension = {
  id: "training-readiness",
  title: en("Training readiness"),
  description: en(
    "Whether the country's military, police and civilian people are prepared for the soldier-diplomat role: UN standards, protection, mediation, coordination, information, languages, local understanding and work with partners.",
  ),
  reformArea: "training",
  weight: 1,
  indicators: [...standardsIndicators, ...skillsIndicators],
  gates: gates([
    {
      indicatorId: "pdt-certification",
      minLevel: 1,
      forStage: 2,
      why: "The UN requires pre-deployment training to its standards; a country that does not use them is not yet deployable.",
      sources: [UN.pdt],
    },
    {
      indicatorId: "pdt-certification",
      minLevel: 2,
      forStage: 3,
      why: "Every deploying person must be trained to UN standards; partial or unrecorded completion breaches that.",
      sources: [UN.pdt, UN.cptm],
    },
    {
      indicatorId: "poc-crsv-gender",
      minLevel: 2,
      forStage: 4,
      why: "Protecting civilians is central to most mandates; untested preparation puts people and the mission at risk.",
      sources: [UN.cptm, UN.a4p],
    },
    {
      indicatorId: "pdt-certification",
      minLevel: 3,
      forStage: 5,
      why: "Leading practice means training that the UN itself has recognized.",
      sources: [expert("stage 5 descriptor: leading roles, including as a training provider")],
    },
  ]),
};

import type { Dimension, Indicator } from "../../schema.ts";
import { en } from "../builders.ts";
import { governmentIndicators } from "./adaptive-capacity-government.ts";
import { unFacingIndicators } from "./adaptive-capacity-un.ts";
import { gates, indicator } from "./build.ts";
import { expert, seed, UN } from "./sources.ts";

const fieldIndicators: Indicator[] = [
  indicator({
    id: "civilian-rosters",
    title: "Civilian deployment rosters",
    question:
      "Can the country put forward civilian experts (justice, corrections, civil affairs and similar) when the UN or a standby partner asks?",
    weight: 1,
    levels: [
      "No roster of civilian experts available for UN service exists.",
      "A roster exists, but it was not updated in the last year or its members are not screened.",
      "A named agency keeps a roster, updated in the last year, of screened civilian experts listed by skill and language, and secondment arrangements (government-provided personnel or standby partnerships) are in place.",
      "As level 2, and people from the roster served in UN missions, seconded or recruited as UN staff, in the last two years.",
    ],
    reformArea: "bureaucratic",
    institution: "foreign-affairs",
    guidance:
      "Police are uniformed personnel and are not counted here. Most mission civilians are UN staff recruited one by one; Member States contribute civilians mainly as government-provided personnel (for example justice and corrections officers) or through standby partners.",
    sources: [seed(8), expert("police out of civilian experts (review 2026-11, H1)")],
    naWhen: {
      all: [
        { profile: "contribution-type", excludes: "civilian-experts" },
        { profile: "operation-type", excludes: "special-political-mission" },
      ],
    },
  }),
  indicator({
    id: "host-state-liaison",
    title: "Liaison with host-state and local actors",
    question:
      "Who in the national system is tasked to talk with host authorities and local civil society about a contribution?",
    weight: 2,
    levels: [
      "No one in the national system is tasked to talk with host authorities or local civil society about a contribution.",
      "The embassy or a desk officer covers the host government in general, but not the contribution and not civil society.",
      "A named focal point (embassy, liaison officer or desk) is tasked in writing to meet host authorities and local civil-society groups about the contribution and to report to the coordination body on a set schedule.",
      "As level 2, and in the most recent deployment those meetings took place at least monthly, and feedback from local partners led to at least one documented change in national plans.",
    ],
    reformArea: "bureaucratic",
    institution: "foreign-affairs",
    guidance:
      "Levels 0–2 can be in place before any deployment; level 3 is shown in one. Evidence: the tasking, meeting notes, the changed plan.",
    sources: [seed(8), seed(9), seed(7)],
    deploymentDependent: true,
    normative: true,
  }),
];

export const adaptiveCapacity: Dimension = {
  id: "adaptive-capacity",
  title: en("Adaptive capacity"),
  description: en(
    "Whether the country's institutions cooperate across ministries, deliver what they offer the UN, learn from the field up to the strategic level, fund holistically and decide quickly on what they keep under UN command.",
  ),
  reformArea: "bureaucratic",
  weight: 1,
  indicators: [...governmentIndicators, ...unFacingIndicators, ...fieldIndicators],
  gates: gates([
    {
      indicatorId: "interministerial-coordination",
      minLevel: 2,
      forStage: 3,
      why: "Without a standing body that joins the ministries, each one plans alone and rivalries decide.",
      sources: [seed(7)],
    },
    {
      indicatorId: "force-generation-channels",
      minLevel: 2,
      forStage: 4,
      why: "An offer the UN has not received through its own channel cannot be counted on when a mission needs it.",
      sources: [UN.pcrs, UN.sfgcpc],
    },
    {
      indicatorId: "lessons-learned-system",
      minLevel: 2,
      forStage: 4,
      why: "Adaptation depends on field knowledge reaching decision makers; without it the same mistakes recur.",
      sources: [seed(8)],
    },
    {
      indicatorId: "national-decision-speed",
      minLevel: 2,
      forStage: 5,
      why: "A capital that answers slowly on the decisions it keeps holds back the UN command its personnel serve under.",
      sources: [UN.ac2, expert("stage 5 descriptor: rapid deployment and leading roles")],
    },
  ]),
};

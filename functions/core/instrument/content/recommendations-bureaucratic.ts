import type { Recommendation } from "../schema.ts";
import { recommendationsIn } from "./builders.ts";
import { bureaucraticStructureRecommendations } from "./recommendations-bureaucratic-structures.ts";

/** Bureaucratic reforms: they close gaps in adaptive capacity. */
export const bureaucraticRecommendations: Recommendation[] = [
  ...bureaucraticStructureRecommendations,
  ...recommendationsIn("bureaucratic")([
    {
      id: "lessons-learned-cell",
      title: "Staff a lessons-learned cell for UN deployments",
      action:
        "Name staff responsible for collecting end-of-tour and after-action reports from every rotation and sending a yearly analysis to the minister or chief of defence.",
      owner: "Ministry of Defence — joint doctrine and lessons centre",
      effort: 2,
      horizon: "0-6",
      prerequisites: [],
      triggers: [{ indicator: "lessons-learned-system" }, { redFlag: "lessons-lost" }],
      rationale:
        "The article insists that contextual knowledge must travel from the tactical level up to the strategic one.",
    },
    {
      id: "share-lessons-across-government",
      title: "Share lessons with other ministries and the UN",
      action:
        "Table the yearly lessons analysis at the coordination body, send it to the UN's peace operations policy and best practices staff, and track the action taken on each lesson.",
      owner: "Coordination body secretariat",
      effort: 1,
      horizon: "6-18",
      prerequisites: ["lessons-learned-cell", "standing-coordination-body"],
      triggers: [{ indicator: "lessons-learned-system", atMost: 2 }],
      rationale:
        "The article ties organizational change to knowledge shared among all the actors, not held by one department.",
    },
    {
      id: "aar-to-doctrine",
      title: "Route after-action findings into doctrine and courses",
      action:
        "Require after-action findings to reach the doctrine and training branches within three months of a rotation ending, and track each accepted finding to a change with a deadline.",
      owner: "Defence doctrine branch",
      effort: 2,
      horizon: "6-18",
      prerequisites: ["lessons-learned-cell"],
      triggers: [{ indicator: "after-action-doctrine" }, { redFlag: "lessons-lost" }],
      rationale:
        "The article sees field experimentation and dialogue as the engine of change, but only if findings are acted on.",
    },
    {
      id: "pcrs-pledge",
      title: "Register pledges in the PCRS and seek an assessment visit",
      action:
        "Pledge at least one unit in the Peacekeeping Capability Readiness System and request the assessment and advisory visit needed to reach level 2.",
      owner: "Ministry of Defence — international policy, with the permanent mission to the UN",
      effort: 2,
      horizon: "0-6",
      prerequisites: [],
      triggers: [
        { indicator: "un-force-generation" },
        { redFlag: "rapid-ambition-unpledged" },
        { profile: "pcrs-ambition", includes: "rapid-deployment" },
      ],
      rationale:
        "The article describes middle powers answering UN calls for renewed commitment; PCRS pledges make that answer usable.",
    },
    {
      id: "fgs-dialogue",
      title: "Hold regular talks with the UN Force Generation Service",
      action:
        "Name the military adviser in the permanent mission as contact point and schedule quarterly meetings with the Force Generation Service on pledges and gaps.",
      owner: "Permanent mission to the UN — military adviser",
      effort: 1,
      horizon: "0-6",
      prerequisites: [],
      triggers: [{ indicator: "un-force-generation", atMost: 1 }],
      rationale:
        "The article credits middle powers with diplomatic reputations that pay off through steady engagement with the UN.",
    },
    {
      id: "civilian-roster",
      title: "Build a roster of deployable civilian experts",
      action:
        "Have one agency keep a yearly updated roster of screened police, justice, corrections and civil affairs experts by skill and language, and agree secondment arrangements with the UN.",
      owner: "Foreign ministry — stabilization unit",
      effort: 2,
      horizon: "6-18",
      prerequisites: [],
      triggers: [{ indicator: "civilian-rosters" }, { profile: "contribution-type", includes: "civilian-experts" }],
      rationale:
        "The article gives civilians as well as soldiers a role in supporting local actors, which needs civilians ready to go.",
    },
    {
      id: "host-state-focal-point",
      title: "Name a focal point for host authorities and civil society",
      action:
        "Assign a liaison officer or embassy focal point to meet host authorities and local civil-society groups at least monthly and report to the coordination body.",
      owner: "Foreign ministry — embassy in the host country",
      effort: 1,
      horizon: "0-6",
      prerequisites: [],
      triggers: [{ indicator: "host-state-liaison" }],
      rationale:
        "The article wants plans for peace to be designed locally, which means listening directly to local actors.",
    },
    {
      id: "local-feedback-loop",
      title: "Record local feedback and act on it",
      action:
        "Log what host authorities and local partners say about national activities, and have the coordination body decide on each point at its next meeting.",
      owner: "Coordination body secretariat",
      effort: 1,
      horizon: "6-18",
      prerequisites: ["host-state-focal-point", "standing-coordination-body"],
      triggers: [{ indicator: "host-state-liaison", atMost: 2 }],
      rationale:
        "The article traces useful knowledge to conversations between international staff and local people; unrecorded, it is lost.",
    },
  ]),
];

import type { Indicator } from "../../schema.ts";
import { indicator, keptIndicator } from "./build.ts";
import { expert, seed, UN } from "./sources.ts";

/** Adaptive capacity inside government: coordination, planning, learning, money and national decisions. */
export const governmentIndicators: Indicator[] = [
  indicator({
    id: "interministerial-coordination",
    title: "Inter-ministerial coordination body",
    question:
      "Is there a standing body where defence, foreign affairs, the development function and, where it contributes, the police service decide on UN contributions together?",
    weight: 3,
    levels: [
      "No standing body exists; ministries coordinate UN contributions by ad hoc correspondence.",
      "A working group exists, but it meets only when a decision is pending, or it leaves out defence, foreign affairs, the development function or a contributing police service.",
      "All of: a standing body with written terms of reference joins defence, foreign affairs, the development function and any contributing police service; it meets at least quarterly; it keeps minutes.",
      "As level 2, and it is chaired at deputy-minister level or above, has a permanent secretariat, and its terms of reference make its decisions binding on members.",
    ],
    reformArea: "bureaucratic",
    institution: "other",
    guidance:
      "'Development function' means whoever manages development cooperation: a separate ministry, an agency, or a department of the foreign ministry. Evidence: terms of reference and minutes.",
    sources: [
      seed(7),
      seed(6),
      expert(
        "function, not ministry, so merged foreign and development ministries are not penalised (review 2026-11, H2)",
      ),
    ],
  }),
  indicator({
    id: "joint-planning",
    title: "Joint planning across ministries",
    question: "Do the ministries involved write and sign one plan for a contribution?",
    weight: 2,
    levels: [
      "Each ministry plans its part separately, and no shared planning document or template exists.",
      "Ministries exchange their separate plans, or a joint planning template exists but has not been used.",
      "A joint plan for the current or next intended contribution is signed by defence, foreign affairs and the development function, and by the police service where it contributes.",
      "As level 2, and in the most recent deployment the joint plan was revised at set points, with each revision recorded and checked against host-state priorities.",
    ],
    reformArea: "bureaucratic",
    institution: "defence",
    guidance:
      "A country not deployed can reach level 2 with a signed plan for its next intended contribution; level 3 is shown in a deployment. Evidence: the signed plan and its revision record.",
    sources: [seed(8), expert("prepared vs demonstrated split (review 2026-11, C2)")],
    deploymentDependent: true,
  }),
  keptIndicator("lessons-learned-system", {
    reformArea: "bureaucratic",
    institution: "defence",
    guidance:
      "Exercises, training missions and partner deployments count as sources of lessons for a country not currently in a UN mission. Evidence: the cell's tasking, the yearly analysis and the action tracker.",
    sources: [seed(8), expert("a named cell and a tracker as observable facts")],
  }),
  keptIndicator("after-action-doctrine", {
    reformArea: "training",
    institution: "defence",
    guidance:
      "After-action reviews of exercises and non-UN operations count. Evidence: review reports and a change in doctrine or a course that cites them.",
    sources: [seed(9), seed(8)],
  }),
  keptIndicator("pooled-funding", {
    reformArea: "bureaucratic",
    institution: "finance",
    guidance:
      "A pooled fund, a joint budget line or an agreed transfer mechanism counts if written governance rules say who decides. Evidence: the rules and the decisions taken under them.",
    sources: [seed(15), seed(8)],
  }),
  indicator({
    id: "national-decision-speed",
    title: "Speed of national decisions under UN command",
    question:
      "How fast can the capital take the decisions the country keeps for itself when a UN operation asks something of its personnel?",
    weight: 2,
    levels: [
      "No procedure says who in the capital answers UN requests concerning national personnel, or how fast.",
      "Such requests go through the ordinary chain of ministerial approval, with no deadline.",
      "A written procedure names who decides on requests within the memorandum of understanding (accepting re-tasking or redeployment by the force or police command, waiving a caveat for one operation, national force-protection or project spending), sets a response deadline, and was rehearsed in an exercise.",
      "As level 2, and in the most recent deployment response times were logged and met the deadline for most requests.",
    ],
    reformArea: "bureaucratic",
    institution: "defence",
    guidance:
      "Under UN command and control, operational authority over contingents passes to the UN and tasking belongs to the mission's force or police command; the contributor keeps national command, administration and discipline. This item measures only the decisions the country keeps, not any national power to change UN tasks.",
    sources: [UN.ac2, seed(8), expert("re-scoping of 2026.1 field-delegated authority (review 2026-11, H1)")],
    replaces: ["field-delegated-authority"],
    carryRule: "re-answer",
    deploymentDependent: true,
  }),
  indicator({
    id: "results-monitoring",
    title: "Monitoring small, local results",
    question: "Does the country monitor what its contributions change for the people and institutions they serve?",
    weight: 2,
    levels: [
      "Contributions are monitored only as inputs: people, money and equipment sent.",
      "Reports describe activities and outputs, but not changes for the people or institutions served.",
      "A monitoring framework with named indicators records small, local changes reported by partners and by deployed personnel, and the coordination body reviews it at least yearly.",
      "As level 2, and an independent evaluation in the last three years used the framework, and a plan or project was changed because of it.",
    ],
    reformArea: "bureaucratic",
    institution: "development",
    guidance:
      "'Small, local changes' (micro results) are changes a community or local institution can see, such as a reopened market route or a working local dispute committee. Evidence: the framework, the yearly review, the evaluation.",
    sources: [seed(8), seed(15)],
  }),
];

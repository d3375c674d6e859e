import type { Dimension } from "../schema.ts";
import { en, gates, indicatorsIn } from "./builders.ts";

const indicators = indicatorsIn("bureaucratic")([
  {
    id: "interministerial-coordination",
    title: "Inter-ministerial coordination body",
    question:
      "Is there a standing body where defence, foreign affairs, development and police decide on UN contributions together?",
    weight: 3,
    levels: [
      "No standing body exists; ministries coordinate UN contributions by ad hoc correspondence.",
      "A working group meets only when a deployment decision is pending, or it leaves out development or police.",
      "A standing body with written terms of reference includes defence, foreign affairs, development and police, meets at least quarterly and keeps minutes.",
      "As level 2, and it is chaired at deputy-minister level or above, has a permanent secretariat, and its terms of reference make its decisions binding on members.",
    ],
  },
  {
    id: "joint-planning",
    title: "Joint planning across ministries",
    question: "Do the ministries involved write and sign one plan for a deployment?",
    weight: 2,
    levels: [
      "Each ministry plans its part separately and no shared planning document exists.",
      "Ministries exchange their separate plans before deployment.",
      "One joint plan for the current or most recent deployment is signed by defence, foreign affairs and development (and police where relevant).",
      "As level 2, and the joint plan was revised at set points during the deployment, with each revision recorded and checked against host-state priorities.",
    ],
  },
  {
    id: "lessons-learned-system",
    title: "Knowledge management from tactical to strategic level",
    question: "How does what individual peacekeepers learn reach the people who decide policy?",
    weight: 3,
    levels: [
      "End-of-tour reports are not collected centrally, and no one is responsible for lessons from UN deployments.",
      "End-of-tour reports are collected centrally, but no one is tasked to analyse them.",
      "A lessons-learned cell with named staff collects reports from every rotation and sends a yearly analysis to the minister or chief of defence.",
      "As level 2, and lessons are shared with the other ministries and the UN, and a tracker shows the action taken on each lesson.",
    ],
  },
  {
    id: "after-action-doctrine",
    title: "After-action reviews that change doctrine and training",
    question: "Do findings from after-action reviews lead to changes in doctrine or courses?",
    weight: 2,
    levels: [
      "No after-action reviews are held for UN deployments.",
      "Units hold after-action reviews, but findings do not reach the doctrine or training branches.",
      "Findings reach the doctrine and training branches within three months of a rotation ending, and at least one change in the last three years cites them.",
      "As level 2, and each accepted finding is tracked to a change in doctrine or a course, with a deadline, and the tracker is reviewed by a general officer.",
    ],
  },
  {
    id: "pooled-funding",
    title: "Pooled funding across departments",
    question: "Can money for peace operations move across defence, diplomatic, development and police budgets?",
    weight: 2,
    levels: [
      "Each department funds its own part from its own budget, with no mechanism to move money between them.",
      "Transfers between departments are possible only with case-by-case finance ministry approval.",
      "A pooled fund or joint budget line covers defence, diplomatic, development and police activities, under written governance rules.",
      "As level 2, and the fund is multi-year, can finance activities proposed by local partners, and decides on requests within 30 days.",
    ],
  },
  {
    id: "field-delegated-authority",
    title: "Delegated authority to adapt in the field",
    question: "What may the senior national representative in the mission change without asking the capital first?",
    weight: 2,
    levels: [
      "Any change to tasks, posture or spending needs prior approval from the capital.",
      "Commanders may change tactics, but any change to tasks or spending goes to the capital.",
      "A written delegation lets the senior national representative adapt tasks and spend up to a stated amount, reporting afterwards.",
      "As level 2, and decisions taken under the delegation are logged, and the capital answers requests above the threshold within a measured 72 hours.",
    ],
  },
  {
    id: "un-force-generation",
    title: "Relationship with UN force generation and the PCRS",
    question:
      "How far has the country engaged with the UN Department of Peace Operations and its Capability Readiness System?",
    weight: 3,
    levels: [
      "No pledge is registered in the Peacekeeping Capability Readiness System and no contact point for the Force Generation Service is named.",
      "A contact point in the permanent mission is named, but pledges are absent or at PCRS level 1 only.",
      "At least one unit reached PCRS level 2 after an assessment and advisory visit in the last three years, and the military adviser in New York meets the Force Generation Service at least quarterly.",
      "At least one unit is registered at PCRS level 3 or the rapid deployment level, and pledges are reviewed with the Department of Peace Operations every year.",
    ],
  },
  {
    id: "civilian-rosters",
    title: "Civilian deployment rosters",
    question: "Can the country put forward civilian experts (police, justice, corrections, civil affairs) quickly?",
    weight: 1,
    levels: [
      "No roster of civilian experts available for UN deployment exists.",
      "A roster exists but was not updated in the last year, or holds fewer than 20 screened people.",
      "A named agency keeps a roster, updated in the last year, of screened civilian experts listed by skill and language.",
      "As level 2, and secondment arrangements with the UN or standby partners placed people from the roster in missions in the last two years.",
    ],
  },
  {
    id: "host-state-liaison",
    title: "Liaison with host-state and local actors",
    question:
      "Who in the national system talks regularly with host authorities and local civil society in the mission area?",
    weight: 2,
    levels: [
      "There is no national contact with host authorities or local civil society outside the UN chain.",
      "The embassy deals with the host government, but not on the deployment and not with civil society.",
      "A named liaison officer or embassy focal point meets host authorities and local civil-society groups at least monthly and reports to the coordination body.",
      "As level 2, and feedback from local partners is recorded and has led to at least one documented change in national plans.",
    ],
  },
  {
    id: "information-management",
    title: "Data and information management",
    question: "Do the ministries share deployment information in one system with clear handling rules?",
    weight: 2,
    levels: [
      "Deployment data (personnel, incidents, reports) sits in separate files per unit or department.",
      "Data is in a departmental system that other ministries cannot access.",
      "A shared system with written classification and handling rules is open to every ministry in the coordination body and updated at least monthly.",
      "As level 2, and it exports to UN reporting formats and feeds a quarterly dashboard used by the coordination body.",
    ],
  },
]);

export const adaptiveCapacity: Dimension = {
  id: "adaptive-capacity",
  title: en("Adaptive capacity"),
  description: en(
    "Whether the country's institutions cooperate across ministries, learn from the field up to the strategic level, fund holistically and change course when the situation changes.",
  ),
  reformArea: "bureaucratic",
  weight: 1,
  indicators,
  gates: gates([
    {
      indicatorId: "interministerial-coordination",
      minLevel: 2,
      forStage: 3,
      why: "Without a standing body that joins the ministries, each one plans alone and rivalries decide.",
    },
    {
      indicatorId: "un-force-generation",
      minLevel: 2,
      forStage: 4,
      why: "A country the UN cannot count on through the PCRS is not deployable on the UN's timelines.",
    },
    {
      indicatorId: "lessons-learned-system",
      minLevel: 2,
      forStage: 4,
      why: "Adaptation depends on field knowledge reaching decision makers; without it the same mistakes recur.",
    },
    {
      indicatorId: "field-delegated-authority",
      minLevel: 2,
      forStage: 5,
      why: "Field teams that must ask the capital for every change cannot respond to local partners in time.",
    },
  ]),
};

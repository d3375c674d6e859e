import type { Dimension } from "../schema.ts";
import { en, gates, indicatorsIn } from "./builders.ts";

const indicators = indicatorsIn("public-information")([
  {
    id: "casualty-risk-policy",
    title: "Casualty-risk acceptance and who decides it",
    question: "Is there a written policy on the risk to personnel the government accepts, and who signs it?",
    weight: 3,
    levels: [
      "No document states what risk to personnel is acceptable on UN deployments, and no office is named to decide it.",
      "Risk is judged case by case by commanders or desk officers; decisions are filed, but no written policy exists.",
      "A written casualty-risk acceptance policy names the minister (or cabinet) as the deciding authority and was approved in the last three years.",
      "As level 2, and every deployment decision in the last three years has a risk assessment on file that was briefed to the minister or cabinet before approval.",
    ],
  },
  {
    id: "casualty-evacuation",
    title: "Casualty evacuation and medical assurance",
    question: "Has the country checked how its wounded personnel would be treated and evacuated in the mission area?",
    weight: 2,
    levels: [
      "No national assessment of medical support or casualty evacuation in the intended mission areas exists.",
      "The country relies on the UN mission's medical arrangements without having reviewed them.",
      "The defence medical service has a written assessment of the mission's evacuation chain against the UN 10-1-2 timelines, with national back-up arrangements for the gaps found.",
      "As level 2, and the evacuation chain was rehearsed with the mission or a partner in the last two years, with the result reported to the minister.",
    ],
  },
  {
    id: "national-caveats",
    title: "National caveats on deployed personnel",
    question: "Which national restrictions limit what deployed personnel may do, and are they declared to the UN?",
    weight: 3,
    levels: [
      "Deployed personnel operate under restrictions that were never written down, or were declared to the UN only after deployment.",
      "Restrictions are declared in writing, but at least one forbids patrolling outside bases, night movement or tasks the mandate requires.",
      "All restrictions are declared to the UN before deployment, each has a written justification, and none forbids patrols beyond bases or night movement.",
      "As level 2, and the contingent has no restrictions beyond its memorandum of understanding with the UN, confirmed by the force headquarters in its last evaluation.",
    ],
  },
  {
    id: "presence-beyond-bases",
    title: "Presence beyond bases rather than bunkerization",
    question: "How often do the country's personnel (deployed now or most recently) work outside protected compounds?",
    weight: 2,
    levels: [
      "The concept of operations keeps personnel inside compounds except for escorted movements; no patrol figures are kept.",
      "Patrols beyond bases take place, but they are not counted or reported to the capital.",
      "Monthly reports to the capital count day and night patrols beyond bases, including at least one long-range or overnight patrol a month.",
      "As level 2, and the concept of operations sets presence targets (patrols, temporary operating bases, community meetings) that are tracked and met in most months.",
    ],
  },
  {
    id: "local-ownership-acceptance",
    title: "Acceptance of local ownership and loss of control",
    question:
      "Does government policy accept that host-country actors set priorities, even when results diverge from its own?",
    weight: 2,
    levels: [
      "No policy document mentions local ownership of the peace processes the country supports.",
      "Policy documents mention local ownership, but every activity still needs a plan designed and approved in the capital.",
      "A published strategy or white paper states that host communities and authorities set priorities, and accepts outcomes the country does not control.",
      "As level 2, and an evaluation published in the last three years examined how local partners shaped the country's activities in at least one mission.",
    ],
  },
  {
    id: "parliamentary-mandate",
    title: "Political mandate and parliamentary support",
    question:
      "Has parliament (or cabinet, where the constitution gives it the decision) endorsed UN deployments, and how broadly?",
    weight: 3,
    levels: [
      "No cabinet or parliamentary decision on contributing to UN peace operations has been taken in the last five years.",
      "The executive authorizes deployments alone and informs parliament afterwards.",
      "Parliament voted on or endorsed a deployment or contribution framework in the last three years, and its defence committee is briefed at least yearly.",
      "As level 2, and the main opposition parties voted in favour, and the endorsement covers several years and says what happens if personnel are killed.",
    ],
  },
  {
    id: "public-narrative",
    title: "Public narrative of responsibility and effectiveness",
    question: "How does the government explain to the public why it contributes to UN peace operations?",
    weight: 2,
    levels: [
      "No minister has made a public statement on why the country contributes in the last two years.",
      "Public statements justify contributions mainly by threats to the country or by spreading its values.",
      "An approved communication plan frames contributions as shared responsibility and reports what missions achieve, and ministers have spoken to it in the last year.",
      "As level 2, and a public report at least yearly sets out results achieved with local partners, including setbacks and their causes.",
    ],
  },
  {
    id: "elite-image",
    title: "Peacekeeping seen as elite, high-competency service",
    question: "Is UN service presented and rewarded as specialist, competitive work?",
    weight: 1,
    levels: [
      "UN service is absent from recruitment material and has no weight in promotion or selection.",
      "UN service appears in recruitment material or is recognized by a medal, but carries no weight in careers.",
      "Written promotion or selection criteria give credit for UN mission service, and candidates for deployment are selected against published criteria.",
      "As level 2, and applications for the most recent rotation exceeded available posts, with the ratio recorded by the personnel branch.",
    ],
  },
  {
    id: "public-support-measurement",
    title: "Measurement of public support",
    question: "Does the government measure public support for UN contributions, including acceptable costs and risks?",
    weight: 1,
    levels: [
      "No survey of public opinion on UN peace operations was run or commissioned in the last five years.",
      "One survey or a single question in a wider poll was run in the last five years.",
      "A survey at least every two years asks about support, acceptable risks and costs, and its results are published.",
      "As level 2, with at least three comparable waves, and the communication plan cites the trend when setting its messages.",
    ],
  },
  {
    id: "incident-communication",
    title: "Strategic communication on incidents",
    question: "Is there a rehearsed plan for telling the public about casualties or misconduct on deployment?",
    weight: 2,
    levels: [
      "No plan exists for announcing casualties or misconduct involving deployed personnel.",
      "A general crisis communication plan exists but does not address deployments, families or UN partners.",
      "A written deployment incident protocol names the spokesperson, sets a deadline for the first statement, covers family liaison, and was exercised in the last two years.",
      "As level 2, and the protocol was exercised jointly with a UN mission's public information office, and each real incident is followed by a written review.",
    ],
  },
  {
    id: "funding-stability",
    title: "Stability of funding for contributions",
    question: "How secure is the money for a deployment over its whole planned length?",
    weight: 2,
    levels: [
      "Deployment costs are met by reallocations within the year; there is no dedicated budget line.",
      "A dedicated yearly budget line exists, but it has been cut within the year or does not cover a full rotation.",
      "A budget envelope of at least three years for UN contributions is approved by the finance ministry and covers complete rotations.",
      "As level 2, and a contingency reserve for extensions or emergencies is protected from in-year cuts by a written rule.",
    ],
  },
]);

export const riskTolerance: Dimension = {
  id: "risk-tolerance",
  title: en("Risk tolerance"),
  description: en(
    "Whether the country will accept the risks of presence among the population, of local ownership and of losing some control, and whether its politics and public will sustain that acceptance.",
  ),
  reformArea: "public-information",
  weight: 1,
  indicators,
  gates: gates([
    {
      indicatorId: "casualty-risk-policy",
      minLevel: 2,
      forStage: 3,
      why: "Without a signed decision on acceptable risk, the first casualty can end a contribution whatever else is in place.",
    },
    {
      indicatorId: "parliamentary-mandate",
      minLevel: 2,
      forStage: 4,
      why: "A deployment without an explicit political mandate is exposed to reversal when costs appear.",
    },
    {
      indicatorId: "national-caveats",
      minLevel: 2,
      forStage: 4,
      why: "Restrictions on patrolling keep personnel behind walls, which defeats presence however willing the rest of the system is.",
    },
    {
      indicatorId: "incident-communication",
      minLevel: 2,
      forStage: 5,
      why: "High risk tolerance is only durable if the government can explain an incident quickly and credibly.",
    },
  ]),
};

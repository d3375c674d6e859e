import type { Recommendation } from "../schema.ts";
import { recommendationsIn } from "./builders.ts";
import { publicRiskRecommendations } from "./recommendations-public-risk.ts";

/** Public-information reforms: they close gaps in risk tolerance. */
export const publicInformationRecommendations: Recommendation[] = [
  ...publicRiskRecommendations,
  ...recommendationsIn("public-information")([
    {
      id: "annual-committee-briefing",
      title: "Brief the defence committee every year",
      action:
        "Schedule a yearly briefing of the parliamentary defence committee on current and planned UN contributions.",
      owner: "Ministry of Defence — parliamentary liaison",
      effort: 1,
      horizon: "0-6",
      prerequisites: [],
      triggers: [{ indicator: "parliamentary-mandate", atMost: 1 }],
      rationale:
        "The article sees support growing from steady, incremental understanding rather than one-off announcements.",
    },
    {
      id: "measure-public-support",
      title: "Measure public support every two years",
      action:
        "Fund a survey at least every two years on support for UN contributions, including acceptable risks and costs, and publish the results.",
      owner: "Public affairs directorate",
      effort: 1,
      horizon: "0-6",
      prerequisites: [],
      triggers: [{ indicator: "public-support-measurement" }, { redFlag: "fragile-public-support" }],
      rationale:
        "The article notes support moves with costs, risks and perceived results, so it must be measured, not assumed.",
    },
    {
      id: "responsibility-narrative",
      title: "Explain contributions as shared responsibility",
      action:
        "Adopt a communication plan that presents contributions as shared responsibility for a connected world and reports what missions achieve, instead of arguments from threat or national values.",
      owner: "Public affairs directorates of defence and foreign affairs",
      effort: 2,
      horizon: "6-18",
      prerequisites: ["measure-public-support"],
      triggers: [{ indicator: "public-narrative" }],
      rationale:
        "The CIPS article urges replacing fear- and values-based justifications with a narrative of responsibility.",
    },
    {
      id: "annual-results-report",
      title: "Publish a yearly report on results, setbacks included",
      action:
        "Publish each year what the country's contributions achieved with local partners, where they fell short and why.",
      owner: "Foreign ministry — UN division",
      effort: 2,
      horizon: "6-18",
      prerequisites: ["responsibility-narrative"],
      triggers: [{ indicator: "public-narrative", atMost: 2 }],
      rationale:
        "The article wants the public case to rest on effectiveness and local legitimacy rather than speed or cost.",
    },
    {
      id: "elite-career-track",
      title: "Make UN service a competitive, career-building posting",
      action:
        "Add UN mission service to written promotion and selection criteria, select deployees against published criteria, and present them in recruitment as specialist soldier-diplomats.",
      owner: "Ministry of Defence — personnel branch",
      effort: 2,
      horizon: "18-36",
      prerequisites: [],
      triggers: [{ indicator: "elite-image" }],
      rationale:
        "The article asks that peacekeeping be seen as an elite deployment for specialists with diplomatic skill.",
    },
    {
      id: "incident-communication-protocol",
      title: "Prepare and rehearse an incident communication protocol",
      action:
        "Write a protocol for announcing casualties and misconduct that names the spokesperson, sets a deadline for the first statement and covers family liaison; exercise it yearly with a UN mission's public information office.",
      owner: "Public affairs directorate",
      effort: 1,
      horizon: "0-6",
      prerequisites: [],
      triggers: [{ indicator: "incident-communication" }, { redFlag: "fragile-public-support" }],
      rationale:
        "The article warns these deployments carry real risk; explaining an incident well keeps one setback from ending support.",
    },
    {
      id: "multi-year-funding",
      title: "Secure a multi-year budget envelope",
      action:
        "Agree with the finance ministry a budget envelope of at least three years covering full rotations, with a reserve for extensions protected from in-year cuts.",
      owner: "Ministry of Finance — budget directorate",
      effort: 3,
      horizon: "6-18",
      prerequisites: ["cross-party-mandate"],
      triggers: [{ indicator: "funding-stability" }, { redFlag: "funding-cliff" }],
      rationale:
        "The article argues that public grasp of gradual peacebuilding is what makes stable, holistic funding possible.",
    },
    {
      id: "candidacy-peacekeeping-record",
      title: "Build the Security Council campaign on a visible peacekeeping record",
      action:
        "Put the country's current contributions and reforms at the centre of the campaign, and report progress publicly before the vote.",
      owner: "Foreign ministry — UN division",
      effort: 2,
      horizon: "6-18",
      prerequisites: ["responsibility-narrative"],
      triggers: [
        { profile: "security-council-candidacy", includes: "candidate-next-election" },
        { profile: "security-council-candidacy", includes: "candidate-later" },
      ],
      rationale:
        "The article notes that Council ambitions are drawing middle powers back to peacekeeping; the bid needs a credible record.",
    },
  ]),
];

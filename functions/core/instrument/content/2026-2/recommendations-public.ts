import type { Recommendation } from "../../schema.ts";
import { keptRecommendation, recommendation } from "./build.ts";
import { expert, seed, UN } from "./sources.ts";

/** Public-information reforms: mandate, support, narrative, incidents, image. */
export const publicRecommendations: Recommendation[] = [
  recommendation({
    id: "documented-mandate",
    title: "Document the decision to contribute and consult beyond government",
    action:
      "Have the constitutionally competent authority take a documented decision on contributing, consult the main political groups outside government before it, and consider a standing framework that pre-authorizes a multi-year envelope and says what happens after a fatality.",
    reformArea: "public-information",
    ownerRole: "head-of-government-office",
    effort: 2,
    horizon: "6-18",
    prerequisites: ["adopt-casualty-risk-policy"],
    triggers: [{ indicator: "political-mandate" }, { redFlag: "unowned-casualty-risk" }],
    rationale:
      "The article ties public backing to costs and risks; a decision that was consulted on and anticipates losses survives them better, whatever body takes it.",
    sources: [
      seed(15),
      expert("constitution-neutral replacement of the 2026.1 cross-party mandate (review 2026-11, H2)"),
    ],
  }),
  recommendation({
    id: "annual-committee-briefing",
    title: "Brief the competent parliamentary committee every year",
    action:
      "Schedule a yearly briefing of the competent parliamentary committee on current and planned UN contributions.",
    reformArea: "public-information",
    ownerRole: "defence-policy",
    effort: 1,
    horizon: "0-6",
    prerequisites: [],
    triggers: [{ indicator: "political-mandate", atMost: 1 }],
    rationale:
      "The article expects support to grow from steady, incremental understanding rather than one-off announcements.",
    sources: [seed(15)],
  }),
  keptRecommendation("measure-public-support", {
    reformArea: "public-information",
    ownerRole: "public-affairs",
    sources: [seed(15)],
    rationale:
      "The article notes that support moves with costs, risks and perceived results, so it should be measured, not assumed.",
  }),
  keptRecommendation("responsibility-narrative", {
    reformArea: "public-information",
    ownerRole: "public-affairs",
    sources: [seed(14)],
    normative: true,
    rationale:
      "The article urges replacing fear- and values-based justifications with responsibility; it offers no evidence yet that this raises support, so test the messages.",
  }),
  recommendation({
    id: "public-education-linkages",
    title: "Explain the historical and economic links behind contributions",
    action:
      "Run a public education programme with schools, universities and media on how colonial history and globalization link the country to the places where missions serve, and test its messages in two survey waves.",
    reformArea: "public-information",
    ownerRole: "public-affairs",
    effort: 2,
    horizon: "18-36",
    prerequisites: ["responsibility-narrative", "measure-public-support"],
    triggers: [{ indicator: "public-narrative", atMost: 2 }],
    rationale:
      "The article names responsibility and complicity, grounded in these links, as the rationale for public support.",
    sources: [seed(14)],
    normative: true,
  }),
  keptRecommendation("annual-results-report", {
    reformArea: "public-information",
    ownerRole: "foreign-ministry",
    sources: [seed(15)],
    rationale:
      "The article wants the public case to rest on effectiveness and local legitimacy rather than speed or cost.",
  }),
  keptRecommendation("elite-career-track", {
    reformArea: "public-information",
    ownerRole: "defence-personnel",
    sources: [seed(16)],
    rationale: "The article asks that peacekeeping be seen as elite work for specialists with diplomatic skill.",
  }),
  recommendation({
    id: "incident-communication-protocol",
    title: "Prepare an incident protocol and a notification chain with the UN",
    action:
      "Write a protocol for announcing casualties and allegations of misconduct that names the spokesperson, sets a deadline for the first statement and covers family liaison; agree the notification chain with the permanent mission and the UN; exercise it every two years.",
    reformArea: "public-information",
    ownerRole: "public-affairs",
    effort: 1,
    horizon: "0-6",
    prerequisites: [],
    triggers: [{ indicator: "incident-communication" }, { redFlag: "fragile-public-support" }],
    rationale:
      "The article warns these operations carry real risk; explaining an incident well keeps one setback from ending support.",
    sources: [seed(16), UN.sea],
  }),
  recommendation({
    id: "counter-disinformation",
    title: "Prepare to answer disinformation about the contribution",
    action:
      "Agree with the mission's and the UN's communicators how false stories about national personnel will be detected and answered, and name who in the capital responds.",
    reformArea: "public-information",
    ownerRole: "public-affairs",
    effort: 1,
    horizon: "6-18",
    prerequisites: ["incident-communication-protocol"],
    triggers: [{ indicator: "incident-communication", atMost: 2 }],
    rationale:
      "Strategic communications against mis- and disinformation are an A4P+ priority; national crisis communication alone does not cover them.",
    sources: [UN.a4p],
  }),
  recommendation({
    id: "multi-year-funding",
    title: "Secure funding for complete rotations",
    action:
      "Agree with the finance function either a multi-year envelope or a standing budget rule that funds complete rotations for a contribution's planned length, with a reserve for extensions and late UN reimbursement.",
    reformArea: "bureaucratic",
    ownerRole: "finance-function",
    effort: 3,
    horizon: "6-18",
    prerequisites: [],
    triggers: [{ indicator: "funding-stability" }, { redFlag: "funding-cliff" }],
    rationale:
      "The article links stable, holistic funding to adaptive operations; since 2025 late UN reimbursement makes a cash-flow reserve prudent.",
    sources: [seed(15), UN.liquidity],
  }),
  recommendation({
    id: "candidacy-peacekeeping-record",
    title: "Build a Security Council bid on delivered commitments",
    action:
      "Report before the vote which peacekeeping commitments the country made and delivered, using the commitment tracker, rather than announcing new ones.",
    reformArea: "public-information",
    ownerRole: "foreign-ministry",
    effort: 1,
    horizon: "6-18",
    prerequisites: ["commitment-tracker"],
    triggers: [
      { profile: "security-council-candidacy", includes: "candidate-next-election" },
      { profile: "security-council-candidacy", includes: "candidate-later" },
    ],
    rationale:
      "The article notes that Council ambitions draw middle powers back to peacekeeping; a record of delivery is what makes the bid credible.",
    sources: [seed(2), seed(17)],
  }),
];

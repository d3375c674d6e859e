import type { Recommendation } from "../../schema.ts";
import { keptRecommendation, recommendation } from "./build.ts";
import { expert, seed, UN } from "./sources.ts";

/** Bureaucratic reforms towards the UN and the field: offers, demand, equipment, governance, money, liaison. */
export const unRecommendations: Recommendation[] = [
  recommendation({
    id: "pcrs-pledge",
    title: "Pledge units in the PCRS against current UN requirements",
    action:
      "Register unit pledges in the PCRS with the documents it asks for, choosing capabilities on the UN's current requirements list, and ask the Strategic Force Generation and Capability Planning Cell about an assessment and advisory visit.",
    reformArea: "bureaucratic",
    ownerRole: "defence-policy",
    effort: 2,
    horizon: "0-6",
    prerequisites: ["pledge-to-requirements"],
    triggers: [
      { indicator: "force-generation-channels" },
      { redFlag: "rapid-ambition-unready" },
      { profile: "pcrs-ambition", includes: "rapid-deployment" },
    ],
    rationale:
      "The PCRS is how the UN counts on unit pledges; the Secretariat schedules visits by its priorities, so a pledge it needs is more likely to be visited.",
    sources: [UN.pcrs, UN.sfgcpc, seed(2)],
  }),
  recommendation({
    id: "force-generation-dialogue",
    title: "Talk to the UN office that handles each type of contribution",
    action:
      "Name a contact point in the permanent mission and meet regularly with the office for each intended contribution: the Force Generation Service for military units and staff officers, the Police Division for police, and UN recruitment or standby partners for civilians.",
    reformArea: "bureaucratic",
    ownerRole: "permanent-mission",
    effort: 1,
    horizon: "0-6",
    prerequisites: [],
    triggers: [{ indicator: "force-generation-channels", atMost: 1 }],
    rationale: "Each type of contribution has its own UN channel; an offer sent to the wrong office waits.",
    sources: [UN.sfgcpc, expert("the right office per contribution type (review 2026-11, H1)")],
  }),
  recommendation({
    id: "pledge-to-requirements",
    title: "Offer only what missions ask for",
    action:
      "Compare what the country can offer with the UN's current uniformed capability requirements and mission plans, drawdowns included, each year, and drop or change offers the UN does not need.",
    reformArea: "bureaucratic",
    ownerRole: "defence-policy",
    effort: 1,
    horizon: "0-6",
    prerequisites: [],
    triggers: [{ indicator: "capability-demand-fit" }, { redFlag: "offers-off-target" }],
    rationale:
      "Since the 2025 liquidity cuts missions are shrinking; offers that match stated needs are the ones likely to be taken up.",
    sources: [UN.requirements, UN.liquidity],
  }),
  recommendation({
    id: "commitment-tracker",
    title: "Track every commitment to delivery",
    action:
      "Keep a tracker of every pledge and commitment made to the UN with its due date and status, tell the UN in writing before withdrawing one, and report the tracker to parliament each year.",
    reformArea: "bureaucratic",
    ownerRole: "foreign-ministry",
    effort: 1,
    horizon: "0-6",
    prerequisites: [],
    triggers: [{ indicator: "pledge-delivery" }, { redFlag: "offers-off-target" }],
    rationale:
      "The article presents the reforms as the way middle powers meet their stated commitments; a tracker shows whether they do.",
    sources: [seed(17)],
  }),
  recommendation({
    id: "coe-readiness-review",
    title: "Review equipment and self-sustainment before a UN visit",
    action:
      "Check each offered unit's major equipment and self-sustainment against the COE Manual, fund the gaps, and train staff to negotiate the memorandum of understanding before asking for an assessment visit.",
    reformArea: "bureaucratic",
    ownerRole: "defence-policy",
    effort: 2,
    horizon: "6-18",
    prerequisites: [],
    triggers: [{ indicator: "coe-self-sustainment" }, { redFlag: "unit-without-coe" }],
    rationale:
      "UN assessment visits check equipment and self-sustainment, and reimbursement follows the memorandum of understanding.",
    sources: [UN.coe, UN.aav],
  }),
  recommendation({
    id: "governance-diplomacy",
    title: "Put the country's diplomacy to work in peacekeeping bodies",
    action:
      "Agree positions across ministries and table proposals in the Special Committee on Peacekeeping Operations, the Fifth Committee's peacekeeping budget talks and ministerial preparations, and offer to co-lead one theme.",
    reformArea: "bureaucratic",
    ownerRole: "foreign-ministry",
    effort: 2,
    horizon: "6-18",
    prerequisites: ["standing-coordination-body"],
    triggers: [{ indicator: "governance-engagement" }],
    rationale:
      "The article asks middle powers to use their diplomatic skills as bargaining advantages in security governance.",
    sources: [seed(7)],
  }),
  recommendation({
    id: "pay-assessments-on-time",
    title: "Pay peacekeeping assessments in full and on time",
    action:
      "Pay peacekeeping assessments in full by their due dates and clear any arrears, and say so when announcing renewed commitment.",
    reformArea: "bureaucratic",
    ownerRole: "finance-function",
    effort: 1,
    horizon: "0-6",
    prerequisites: [],
    triggers: [{ indicator: "assessed-contributions" }, { redFlag: "arrears-signal" }],
    rationale:
      "Late and unpaid assessments caused the 2025 cuts; paying on time is the cheapest visible commitment a returning country can make.",
    sources: [UN.liquidity],
  }),
  recommendation({
    id: "offer-technology",
    title: "Offer technology through the pledging process",
    action:
      "Offer a technology contribution (camp security, medical, data or communications) with funding for its support through the next peacekeeping ministerial pledging process, and pilot it with a mission or training centre.",
    reformArea: "bureaucratic",
    ownerRole: "defence-policy",
    effort: 2,
    horizon: "6-18",
    prerequisites: ["pledge-to-requirements"],
    triggers: [{ indicator: "technology-innovation" }, { profile: "contribution-type", includes: "technology" }],
    rationale:
      "The article credits middle powers with technological capacities as a comparative advantage; the UN names technology-enabled peacekeeping among its A4P+ themes.",
    sources: [seed(13), UN.a4p],
  }),
  recommendation({
    id: "civilian-roster",
    title: "Build a roster of deployable civilian experts",
    action:
      "Have one agency keep a yearly updated roster of screened justice, corrections, civil affairs and similar experts by skill and language, and agree arrangements for government-provided personnel or standby partnerships.",
    reformArea: "bureaucratic",
    ownerRole: "foreign-ministry",
    effort: 2,
    horizon: "6-18",
    prerequisites: [],
    triggers: [{ indicator: "civilian-rosters" }, { profile: "contribution-type", includes: "civilian-experts" }],
    rationale: "The article gives civilians a role in supporting local actors, which needs civilians ready to go.",
    sources: [seed(8)],
  }),
  keptRecommendation("host-state-focal-point", {
    reformArea: "bureaucratic",
    ownerRole: "foreign-ministry",
    sources: [seed(8)],
    normative: true,
    rationale:
      "The article wants plans for peace to be designed locally, which means listening to local actors directly.",
  }),
  keptRecommendation("local-feedback-loop", {
    reformArea: "bureaucratic",
    ownerRole: "coordination-body",
    sources: [seed(9)],
    normative: true,
    rationale:
      "The article traces useful knowledge to dialogue between local and international actors; unrecorded, it is lost.",
  }),
];

import type { Indicator } from "../../schema.ts";
import { indicator, keptIndicator } from "./build.ts";
import { expert, seed, UN } from "./sources.ts";

/** Adaptive capacity towards the UN: force generation, commitments, demand, equipment, governance, money. */
export const unFacingIndicators: Indicator[] = [
  indicator({
    id: "force-generation-channels",
    title: "Engagement with UN force generation, by contribution type",
    question:
      "Has the country offered what it intends to contribute through the UN channel that handles that type of contribution?",
    weight: 3,
    levels: [
      "No contact point for UN force generation is named, and no offer has been made through any UN channel.",
      "A contact point in the permanent mission is named, but no offer is registered through the channel for an intended contribution type.",
      "For every intended contribution type an offer is registered through its channel: units pledged in the PCRS with the documents it requires, or individual officers, police or civilians nominated against UN vacancies or rosters in the last two years.",
      "As level 2, and a pledged unit reached PCRS level 2 or higher after a UN visit, or nominated individuals were selected, and offers are reviewed with the UN offices concerned every year.",
    ],
    reformArea: "bureaucratic",
    institution: "defence",
    guidance:
      "The PCRS registers unit pledges of military, police and enabling capabilities; military pledges go to the Office of Military Affairs' Force Generation Service and police pledges to the Police Division's Selection and Recruitment Section, copied to the Strategic Force Generation and Capability Planning Cell. Individual staff officers, police officers and civilians are put forward through UN vacancy and nomination processes. The UN schedules its visits, so a request alone does not reach level 3.",
    sources: [UN.pcrs, UN.sfgcpc, seed(2), expert("channels by contribution type (review 2026-11, H1)")],
    replaces: ["un-force-generation"],
    carryRule: "re-answer",
  }),
  indicator({
    id: "pledge-delivery",
    title: "Delivery of commitments made to the UN",
    question: "Does the country track and deliver the commitments it made to UN peacekeeping?",
    weight: 2,
    levels: [
      "No record compares the commitments made to the UN (ministerial pledges, PCRS pledges, public statements) with what was delivered.",
      "Commitments are listed, but their delivery is not tracked.",
      "A named office keeps a tracker of every commitment of the last three years with its status, and every commitment that fell due was delivered or withdrawn with notice to the UN.",
      "As level 2, and the tracker is reported to parliament or published each year.",
    ],
    reformArea: "bureaucratic",
    institution: "foreign-affairs",
    guidance:
      "Commitments include pledges at peacekeeping ministerial meetings (the latest in Berlin in May 2025) and PCRS pledges. 'Withdrawn with notice' means the UN was told in writing before the due date.",
    sources: [seed(17), seed(2)],
  }),
  indicator({
    id: "capability-demand-fit",
    title: "Fit between offers and UN demand",
    question: "Are the country's offers matched to what UN operations currently ask for?",
    weight: 2,
    levels: [
      "Offers are not compared with the UN's published uniformed capability requirements.",
      "Offers were compared with UN requirements informally, with no written result.",
      "A written comparison in the last two years of what the country can offer against the UN's current capability requirements and mission plans, drawdowns included, shaped what is offered.",
      "As level 2, and the comparison is discussed with the UN force generation offices each year, and at least one offer was changed as a result.",
    ],
    reformArea: "bureaucratic",
    institution: "defence",
    guidance:
      "Since the 2025 liquidity crisis missions are shrinking, so demand for new formed units is low; niche enablers, training, technology, women in uniform and senior posts are where offers are most likely to be taken up. Evidence: the written comparison.",
    sources: [UN.requirements, UN.liquidity, expert("capability–demand matching (review 2026-11, §5)")],
  }),
  indicator({
    id: "coe-self-sustainment",
    title: "Equipment, self-sustainment and MOU readiness",
    question:
      "Is the country ready to equip and sustain a unit, and to be reimbursed for it, under the UN's contingent-owned equipment rules?",
    weight: 2,
    levels: [
      "No one in the defence or police administration is tasked with UN contingent-owned equipment rules.",
      "Staff know the COE Manual, but no unit's equipment and self-sustainment have been checked against it.",
      "For each unit offered, the major equipment and self-sustainment lists were checked against the COE Manual, gaps are funded, and staff trained to negotiate a memorandum of understanding are named.",
      "As level 2, and a UN assessment visit or a signed memorandum of understanding in the last five years confirmed the unit's equipment and self-sustainment.",
    ],
    reformArea: "bureaucratic",
    institution: "defence",
    guidance:
      "Contingent-owned equipment (COE) is the equipment a unit brings; self-sustainment covers the services it provides for itself (catering, accommodation, communications...). Both are set in the memorandum of understanding (MOU) and drive UN reimbursement. Not applicable when only individuals are contributed.",
    sources: [UN.coe, UN.aav, expert("COE and MOU readiness (review 2026-11, H5)")],
    naWhen: { profile: "unit-contribution", includes: "individuals-only" },
  }),
  indicator({
    id: "governance-engagement",
    title: "Engagement in peacekeeping governance",
    question: "Does the country use its diplomacy in the bodies that shape UN peacekeeping?",
    weight: 2,
    levels: [
      "In the last two years the country took no active part in the bodies that shape peacekeeping: the Special Committee on Peacekeeping Operations, the Fifth Committee's peacekeeping budgets, mandate consultations, ministerial meetings.",
      "Delegates attend those bodies, but the country made no statement, proposal or pledge in them in the last two years.",
      "In the last two years the country made written proposals or statements in at least two of those bodies, on positions agreed across its ministries.",
      "As level 2, and in the last three years it led or co-led a group, initiative or theme in peacekeeping, for example as co-chair of a ministerial preparatory meeting.",
    ],
    reformArea: "bureaucratic",
    institution: "foreign-affairs",
    guidance:
      "Evidence: statements and proposals on the record of each body, and the document naming the country as (co-)lead.",
    sources: [seed(7), seed(6), expert("seed claim S11 had no indicator (review 2026-11, §1)")],
  }),
  indicator({
    id: "assessed-contributions",
    title: "Payment of peacekeeping assessments",
    question: "Does the country pay its assessed contributions to UN peacekeeping in full and on time?",
    weight: 1,
    levels: [
      "The country has arrears on its peacekeeping assessments from earlier years.",
      "There are no arrears from earlier years, but current assessments are paid late or in part.",
      "The peacekeeping assessments of the last two budget periods were paid in full by their due dates.",
      "As level 2, and the country also gives unearmarked or multi-year money to peacekeeping or peacebuilding trust funds, such as the Peacebuilding Fund.",
    ],
    reformArea: "bureaucratic",
    institution: "finance",
    guidance:
      "In 2025 unpaid and late assessments forced missions to cut budgets and repatriate about a quarter of uniformed personnel, so timely payment is now a visible commitment signal. Evidence: the UN's status of contributions.",
    sources: [UN.liquidity, seed(15)],
  }),
  indicator({
    id: "technology-innovation",
    title: "Technology and innovation offered to operations",
    question: "Does the country offer its technology and innovation to UN peace operations?",
    weight: 1,
    levels: [
      "No technology the country could offer UN operations (camp security, medical, data, communications, sensing) has been identified.",
      "Possible technology contributions are identified, but none has been offered.",
      "At least one technology contribution (equipment, software, training or experts) was offered to the UN in writing or through a pledging process, with funding for its support.",
      "As level 2, and a technology contribution was delivered or piloted with a UN mission or training centre in the last three years, with an evaluation on record.",
    ],
    reformArea: "bureaucratic",
    institution: "defence",
    guidance:
      "Evidence: the written offer or pledge, and the pilot's evaluation. Not applicable when the country does not intend a technology contribution.",
    sources: [seed(13), UN.a4p],
    naWhen: { profile: "contribution-type", excludes: "technology" },
  }),
  keptIndicator("information-management", {
    reformArea: "bureaucratic",
    institution: "defence",
    guidance: "Evidence: the handling rules, the access list and a recent dashboard.",
    sources: [seed(12), seed(8)],
  }),
];

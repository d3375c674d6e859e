import type { Source } from "../../schema.ts";

/**
 * Paragraphs of the seed article (shared/seed), numbered in reading order so that a `seed` source can point at the
 * passage an item rests on. The labels paraphrase; they do not quote.
 */
export const seedParagraphs = {
  1: "middle powers use peacekeeping for interest and influence; shift to regional alliances and technical engagement",
  2: "UN calls for recommitment and Security Council ambitions drive re-engagement",
  3: "a contested liberal order; lessons of past operations must be reinterpreted",
  4: "less directive interventions, local legitimacy, risk tolerance and adaptive capacity",
  6: "bureaucracy, training and public information must adapt coherently; middle powers can lead",
  7: "diplomatic skills as leverage in security governance; negotiation against bureaucratic rivalry",
  8: "civil and military roles centred on local actors; micro impacts; knowledge shared tactical to strategic",
  9: "engagement, experimentation and dialogue; less bunkerization; risk tolerance and physical presence",
  10: "training to unlearn liberal assumptions",
  11: "military and civilian institutions must understand conflict complexity",
  12: "tools for non-traditional tasks; soldier-diplomats",
  13: "local culture, intelligence, languages; interoperability; technological comparative advantage",
  14: "responsibility and complicity instead of values- and fear-based narratives",
  15: "support tied to costs, risks and effectiveness; holistic and unconditional funding",
  16: "operations are not low-risk; peacekeeping as elite, specialist work",
  17: "reforms let middle powers meet their stated commitments and lead",
} as const;

/** A source pointing at paragraph `n` of the seed article. */
export function seed(n: keyof typeof seedParagraphs): Source {
  return { kind: "seed", ref: `seed ¶${n}: ${seedParagraphs[n]}` };
}

/** A source naming a UN document or body. */
export function un(ref: string): Source {
  return { kind: "un", ref };
}

/** A source resting on expert judgement, saying which. */
export function expert(ref: string): Source {
  return { kind: "expert", ref };
}

/** UN documents cited more than once; each was checked during the 2026-11 method review or while writing 2026.2. */
export const UN = {
  pcrs: un("PCRS Guidelines 2019.01 (Peacekeeping Capability Readiness System; unit pledges of enabling capabilities)"),
  sfgcpc: un(
    "PCRS FAQ: pledges go to OMA Force Generation Service (military) or Police Division Selection and Recruitment Section (police), copied to the Strategic Force Generation and Capability Planning Cell",
  ),
  aav: un("SOP on Assessment and Advisory Visits 2020.10 (checklists: training, COE, movement control, medical, ICT)"),
  rdl: un("PCRS rapid deployment level: deployment within 60 days of a UN request after a verification visit"),
  ac2: un("Policy on Authority, Command and Control in UN Peacekeeping Operations, DPO/DOS Ref. 2019.23"),
  casevac: un("Policy on Casualty Evacuation in the Field, DOS/2020.7 (implications of 10-1-2 in a mission)"),
  pdt: un("A/RES/49/37: pre-deployment training to UN standards is a Member State responsibility"),
  cptm: un("UN Core Pre-Deployment Training Materials (CPTM) and Specialized Training Materials (STMs)"),
  a4p: un("Action for Peacekeeping and A4P+ priorities (DPO), incl. accountability of peacekeepers"),
  gender: un("UN Uniformed Gender Parity Strategy 2018–2028 (targets per category of uniformed personnel)"),
  elsie: un(
    "Elsie Initiative Fund terms of reference: a credible national barrier assessment is required for project funding; DCAF MOWIP is the recommended method",
  ),
  lcm: un(
    "DPO Light Coordination Mechanism (Division of Policy, Evaluation and Training): matches capacity-building needs and providers",
  ),
  sea: un("Secretary-General's bulletin ST/SGB/2003/13 on protection from sexual exploitation and abuse"),
  mou: un(
    "Model memorandum of understanding between the UN and troop contributors (national investigation of misconduct)",
  ),
  coe: un("Contingent-Owned Equipment (COE) Manual: wet/dry lease, self-sustainment categories, MOU negotiation"),
  requirements: un("DPO note on current and emerging uniformed capability requirements"),
  liquidity: un(
    "UN Secretariat, October 2025: missions told to cut about 15% of budgets, about a quarter of uniformed personnel repatriated, owing to unpaid assessments",
  ),
  pki: un("UN Peacekeeping-Intelligence Policy and handbooks"),
  cmcoord: un("OCHA UN Humanitarian Civil-Military Coordination (UN-CMCoord) guidance"),
} as const;

/**
 * The glossary: the acronyms and UN terms the instrument uses, defined in plain words. Loaded only with the glossary
 * page. Definitions avoid figures and dates except where the checked sources state them (10-1-2, rapid deployment).
 */
export interface GlossaryEntry {
  /** The term as it appears in questions, e.g. "CPTM". */
  term: string;
  /** What the letters stand for, when the term is an acronym. */
  expansion?: string;
  text: string;
}

export const glossaryEn = {
  a4p: {
    term: "A4P / A4P+",
    expansion: "Action for Peacekeeping",
    text: "The UN Secretary-General's initiative, backed by Member States, to make peacekeeping work better. A4P+ names its current priorities, such as strategic communications and the conduct of personnel.",
  },
  ac2: {
    term: "AC2",
    expansion: "Authority, command and control",
    text: "The UN policy that says who directs a peacekeeping mission and its units, and which responsibilities a contributing government keeps over its own contingent.",
  },
  casevac: {
    term: "CASEVAC",
    expansion: "Casualty evacuation",
    text: "Moving a wounded or sick person from where the injury happened to the medical care they need, with care given on the way. Missions plan it against the 10-1-2 timelines.",
  },
  tenOneTwo: {
    term: "10-1-2",
    text: "The UN's medical timelines after an injury: first aid that controls bleeding and the airway within 10 minutes, advanced resuscitation within 1 hour, and damage-control surgery within 2 hours.",
  },
  cimic: {
    term: "CIMIC",
    expansion: "Civil-military cooperation",
    text: "A national or alliance military function for working with civilian actors in an area of operations. It is not the same as UN-CMCoord, which follows humanitarian principles.",
  },
  coe: {
    term: "COE",
    expansion: "Contingent-owned equipment",
    text: "Equipment a contributing country brings with its unit; the UN reimburses it under rules agreed in the memorandum of understanding.",
  },
  cptm: {
    term: "CPTM",
    expansion: "Core Pre-deployment Training Materials",
    text: "The UN's common course content that every peacekeeper (military, police or civilian) should have covered before deploying: UN principles, mandates, conduct, protection of civilians and related topics. Countries deliver it at home.",
  },
  crsv: {
    term: "CRSV",
    expansion: "Conflict-related sexual violence",
    text: "Sexual violence linked to a conflict, such as rape used against a population. Peacekeepers are trained to prevent it, recognise it and report it.",
  },
  dpo: {
    term: "DPO and DOS",
    expansion: "Department of Peace Operations; Department of Operational Support",
    text: "The two UN Secretariat departments that plan and run peace operations and support them (logistics, medical, supply). Force generation and training standards come from them.",
  },
  elsie: {
    term: "Elsie Initiative",
    text: "An initiative, with a UN-administered fund, that supports contributing countries in deploying more uniformed women to peace operations.",
  },
  its: {
    term: "ITS",
    expansion: "Integrated Training Service",
    text: "The UN office that writes peacekeeping training standards and materials (CPTM, STMs) and can recognise national pre-deployment courses.",
  },
  lcm: {
    term: "Light Coordination Mechanism",
    text: "A UN arrangement that matches countries offering training or equipment with contributors that need them.",
  },
  mou: {
    term: "MOU",
    expansion: "Memorandum of understanding",
    text: "The agreement between the UN and a contributing country for one unit: its people, equipment, self-sufficiency and reimbursement.",
  },
  mowip: {
    term: "MOWIP",
    expansion: "Measuring Opportunities for Women in Peace Operations",
    text: "A method developed by DCAF with academic partners to find what keeps women in a country's military or police from deploying to peace operations; it is the assessment method the Elsie Initiative Fund asks for.",
  },
  caveats: {
    term: "National caveats",
    text: "Limits a government places on what its contingent may do beyond what its agreement with the UN says. They make a unit harder to use and are a common complaint of mission commanders.",
  },
  pcrs: {
    term: "PCRS",
    expansion: "Peacekeeping Capability Readiness System",
    text: "The UN's register of units that countries pledge for peacekeeping. Pledges rise through levels as the UN checks them; at the highest, the rapid deployment level, a country commits to deploy within 60 days of a UN request.",
  },
  poc: {
    term: "POC",
    expansion: "Protection of civilians",
    text: "A task in most peacekeeping mandates: preventing and responding to threats of physical violence against civilians.",
  },
  sea: {
    term: "SEA",
    expansion: "Sexual exploitation and abuse",
    text: "Abuse of power or trust for sexual purposes by UN personnel. The UN forbids it; contributing countries must prevent it, investigate and hold their personnel to account.",
  },
  stm: {
    term: "STM",
    expansion: "Specialized Training Materials",
    text: "UN training materials for particular roles or units, such as staff officers, military experts on mission or police; they build on the CPTM.",
  },
  tcc: {
    term: "TCC / PCC",
    expansion: "Troop-contributing country; police-contributing country",
    text: "A Member State that sends military or police personnel to a UN peace operation.",
  },
  cmcoord: {
    term: "UN-CMCoord",
    expansion: "UN humanitarian civil-military coordination",
    text: "The UN framework, led by OCHA, for dialogue between humanitarian and military actors so that aid stays principled (neutral, impartial, independent) and the two do not get in each other's way.",
  },
} satisfies Record<string, GlossaryEntry>;

export type Glossary = Record<keyof typeof glossaryEn, GlossaryEntry>;

import type { glossaryEn } from "./terms-en.ts";

export type GlossaryId = keyof typeof glossaryEn;

/**
 * How each glossary term shows up in English or French question text. Kept apart from the definitions, which load
 * only when a reader opens the guidance or the glossary, so the first load stays small.
 */
const acronym = (source: string) => new RegExp(`\\b(?:${source})\\b`);
const phrase = (source: string) => new RegExp(source, "i");
const patterns: Record<GlossaryId, RegExp[]> = {
  a4p: [acronym("A4P")],
  ac2: [acronym("AC2"), phrase("command and control|commandement et contr[ôo]le")],
  casevac: [acronym("CASEVAC"), phrase("casualty evacuation|évacuation (sanitaire|des blessés)")],
  tenOneTwo: [acronym("10-1-2")],
  cimic: [acronym("CIMIC")],
  coe: [acronym("COE"), phrase("contingent-owned equipment|matériel appartenant aux contingents")],
  cptm: [acronym("CPTM"), phrase("core pre-deployment training")],
  crsv: [acronym("CRSV"), phrase("conflict-related sexual violence|violences sexuelles liées aux conflits")],
  dpo: [acronym("DPO|DOS"), phrase("Department of Peace Operations|Département des opérations de paix")],
  elsie: [phrase("\\bElsie\\b")],
  its: [acronym("ITS"), phrase("Integrated Training Service|Service intégré de formation")],
  lcm: [phrase("Light Coordination Mechanism|coordination légère")],
  mou: [acronym("MOU"), phrase("memorandum of understanding|mémorandum d’accord")],
  mowip: [acronym("MOWIP")],
  caveats: [phrase("\\bcaveats?\\b")],
  pcrs: [acronym("PCRS"), phrase("capability readiness system|rapid deployment level|déploiement rapide")],
  poc: [acronym("POC"), phrase("protection of civilians|protection des civils")],
  sea: [acronym("SEA"), phrase("sexual exploitation|exploitation et (les )?atteintes sexuelles")],
  stm: [acronym("STMs?"), phrase("specialized training material")],
  tcc: [acronym("T/PCCs?|TCCs?|PCCs?"), phrase("troop-contributing|police-contributing")],
  cmcoord: [phrase("CMCoord")],
};

/** The glossary terms that appear in any of these texts, in glossary order. */
export function termsIn(texts: string[]): GlossaryId[] {
  const all = texts.join("\n");
  return (Object.keys(patterns) as GlossaryId[]).filter((id) => patterns[id].some((p) => p.test(all)));
}

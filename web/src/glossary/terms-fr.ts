import type { Glossary } from "./terms-en.ts";

/** The glossary in French; typed as `Glossary`, so a term added in English without its French fails typecheck. */
export const glossaryFr: Glossary = {
  a4p: {
    term: "A4P / A4P+",
    expansion: "Action pour le maintien de la paix",
    text: "L’initiative du Secrétaire général de l’ONU, soutenue par les États membres, pour rendre le maintien de la paix plus efficace. A4P+ en désigne les priorités actuelles, comme la communication stratégique et la conduite du personnel.",
  },
  ac2: {
    term: "AC2",
    expansion: "Autorité, commandement et contrôle",
    text: "La politique de l’ONU qui dit qui dirige une mission de maintien de la paix et ses unités, et quelles responsabilités un gouvernement contributeur garde sur son propre contingent.",
  },
  casevac: {
    term: "CASEVAC",
    expansion: "Évacuation sanitaire des blessés",
    text: "Transporter une personne blessée ou malade du lieu de la blessure jusqu’aux soins dont elle a besoin, en la soignant pendant le trajet. Les missions la planifient selon les délais 10-1-2.",
  },
  tenOneTwo: {
    term: "10-1-2",
    text: "Les délais médicaux de l’ONU après une blessure : premiers secours qui arrêtent l’hémorragie et libèrent les voies aériennes dans les 10 minutes, réanimation avancée dans l’heure, chirurgie de sauvetage dans les 2 heures.",
  },
  cimic: {
    term: "CIMIC",
    expansion: "Coopération civilo-militaire",
    text: "Une fonction militaire nationale ou d’alliance pour travailler avec les acteurs civils dans une zone d’opérations. Ce n’est pas UN-CMCoord, qui suit les principes humanitaires.",
  },
  coe: {
    term: "COE",
    expansion: "Matériel appartenant aux contingents",
    text: "Le matériel qu’un pays contributeur apporte avec son unité ; l’ONU le rembourse selon les règles du mémorandum d’accord.",
  },
  cptm: {
    term: "CPTM",
    expansion: "Supports de formation de base préalable au déploiement",
    text: "Le contenu de formation commun de l’ONU que tout Casque bleu (militaire, policier ou civil) doit avoir suivi avant de partir : principes de l’ONU, mandats, conduite, protection des civils et sujets voisins. Chaque pays le dispense chez lui.",
  },
  crsv: {
    term: "CRSV",
    expansion: "Violences sexuelles liées aux conflits",
    text: "Les violences sexuelles liées à un conflit, comme le viol utilisé contre une population. Les Casques bleus sont formés pour les prévenir, les reconnaître et les signaler.",
  },
  dpo: {
    term: "DPO et DOS",
    expansion: "Département des opérations de paix ; Département de l’appui opérationnel",
    text: "Les deux départements du Secrétariat de l’ONU qui planifient et conduisent les opérations de paix et les soutiennent (logistique, santé, approvisionnement). La constitution des forces et les normes de formation viennent d’eux.",
  },
  elsie: {
    term: "Initiative Elsie",
    text: "Une initiative, dotée d’un fonds administré par l’ONU, qui aide les pays contributeurs à déployer davantage de femmes en uniforme dans les opérations de paix.",
  },
  its: {
    term: "ITS",
    expansion: "Service intégré de formation",
    text: "Le bureau de l’ONU qui rédige les normes et supports de formation au maintien de la paix (CPTM, STM) et peut reconnaître les cours nationaux préalables au déploiement.",
  },
  lcm: {
    term: "Mécanisme de coordination légère",
    text: "Un dispositif de l’ONU qui met en relation les pays offrant formation ou équipement avec les contributeurs qui en ont besoin.",
  },
  mou: {
    term: "MOU",
    expansion: "Mémorandum d’accord",
    text: "L’accord entre l’ONU et un pays contributeur pour une unité : son personnel, son matériel, son autonomie logistique et son remboursement.",
  },
  mowip: {
    term: "MOWIP",
    expansion: "Mesurer les possibilités offertes aux femmes dans les opérations de paix",
    text: "Une méthode élaborée par le DCAF avec des partenaires universitaires pour repérer ce qui empêche les femmes des forces armées ou de la police d’un pays d’être déployées en opération de paix ; c’est la méthode d’évaluation que demande le Fonds de l’Initiative Elsie.",
  },
  caveats: {
    term: "Restrictions nationales (caveats)",
    text: "Les limites qu’un gouvernement impose à son contingent au-delà de ce que prévoit son accord avec l’ONU. Elles rendent l’unité plus difficile à employer et sont un reproche fréquent des commandants de mission.",
  },
  pcrs: {
    term: "PCRS",
    expansion: "Système de préparation des capacités de maintien de la paix",
    text: "Le registre de l’ONU des unités que les pays proposent pour le maintien de la paix. Les offres montent de niveau à mesure que l’ONU les vérifie ; au plus haut, le niveau de déploiement rapide, un pays s’engage à déployer dans les 60 jours suivant une demande de l’ONU.",
  },
  poc: {
    term: "POC",
    expansion: "Protection des civils",
    text: "Une tâche de la plupart des mandats de maintien de la paix : prévenir les menaces de violence physique contre les civils et y répondre.",
  },
  sea: {
    term: "SEA",
    expansion: "Exploitation et atteintes sexuelles",
    text: "L’abus de pouvoir ou de confiance à des fins sexuelles par du personnel de l’ONU. L’ONU l’interdit ; les pays contributeurs doivent le prévenir, enquêter et tenir leur personnel responsable.",
  },
  stm: {
    term: "STM",
    expansion: "Supports de formation spécialisée",
    text: "Les supports de formation de l’ONU pour des fonctions ou unités particulières, comme les officiers d’état-major, les experts militaires en mission ou la police ; ils s’appuient sur les CPTM.",
  },
  tcc: {
    term: "TCC / PCC",
    expansion: "Pays fournisseur de contingents ; pays fournisseur de personnel de police",
    text: "Un État membre qui envoie du personnel militaire ou policier dans une opération de paix de l’ONU.",
  },
  cmcoord: {
    term: "UN-CMCoord",
    expansion: "Coordination civilo-militaire humanitaire des Nations Unies",
    text: "Le cadre de l’ONU, animé par le BCAH (OCHA), pour le dialogue entre acteurs humanitaires et militaires, afin que l’aide reste fondée sur les principes (neutralité, impartialité, indépendance) et que les uns ne gênent pas les autres.",
  },
};

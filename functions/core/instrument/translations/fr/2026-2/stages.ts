import { flatten, type TranslationTable } from "../../flatten.ts";

/** French of 2026.2's own stage names, descriptors and PCRS crosswalk (they differ from 2026.1's). */
export const stages2026_2Fr: TranslationTable = flatten({
  "stages:1": {
    name: "Pas encore déployable",
    description:
      "La formation ne suit pas les normes de l’ONU ou les décisions de base font défaut : le pays ne pourrait pas envoyer de personnel dans une opération des Nations Unies au niveau requis.",
  },
  "stages:2": {
    name: "En préparation",
    description:
      "Les supports de formation de l’ONU sont utilisés et les premières dispositions existent ; il reste du travail avant que quiconque soit déployé au niveau requis.",
  },
  "stages:3": {
    name: "Contributeur de personnel individuel",
    description:
      "Peut déployer des personnes et de petites équipes au niveau requis par l’ONU : chaque personne déployée est formée et certifiée, une autorité est désignée pour le risque de pertes, les antécédents sont vérifiés et les manquements font l’objet d’enquêtes, une instance de coordination permanente existe.",
    pcrs: "Compatible avec l’inscription d’offres au niveau 1 du PCRS ; les contributions individuelles passent par d’autres canaux de l’ONU.",
  },
  "stages:4": {
    name: "Contributeur d’unités",
    description:
      "Peut assurer des relèves d’unités : restrictions déclarées et justifiées, décision documentée de l’autorité compétente, offres inscrites par le canal de l’ONU propre à chaque type, formation à la protection des civils évaluée, enseignements recueillis.",
    pcrs: "Compatible avec des unités prêtes pour une visite d’évaluation et de conseil au niveau 2 du PCRS ; seule l’ONU le vérifie.",
  },
  "stages:5": {
    name: "Déploiement rapide et rôle moteur",
    description:
      "Peut déployer rapidement et montrer la voie : formation reconnue par l’ONU, décisions nationales prises dans des délais fixés, communication sur les incidents répétée avec l’ONU.",
    pcrs: "Compatible avec le niveau 3 du PCRS ou le niveau de déploiement rapide ; seule l’ONU le vérifie.",
  },
});

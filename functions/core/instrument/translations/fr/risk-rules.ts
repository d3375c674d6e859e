import type { NestedTexts } from "../flatten.ts";

/** French of the red-flag (risk rule) messages. */
export const riskRulesFr: NestedTexts = {
  "riskRules:unowned-casualty-risk": {
    message:
      "Aucune autorité politique n’a accepté le risque pour le personnel et le parlement n’a pas approuvé les déploiements : la première perte pourrait imposer un retrait précipité.",
  },
  "riskRules:bunkered-contingent": {
    message:
      "Les restrictions nationales et la faible activité hors des bases annoncent un contingent qui reste derrière ses murs, incapable de bâtir la confiance locale dont dépend son mandat.",
  },
  "riskRules:formed-unit-casevac-gap": {
    message:
      "Des unités constituées sont prévues, mais personne n’a vérifié comment leurs blessés seraient évacués : un seul incident grave pourrait tourner à la crise nationale.",
  },
  "riskRules:untrained-for-poc": {
    message:
      "Le personnel serait déployé sans formation aux normes de l’ONU, ou chargé de protéger des civils après une préparation purement magistrale : des dommages pour les civils et pour la réputation du pays sont probables.",
  },
  "riskRules:rapid-ambition-unpledged": {
    message:
      "Le pays veut déployer bientôt ou rapidement, mais n’a ni offre inscrite ni contact avec la constitution des forces de l’ONU : cette ambition est hors de portée dans ce délai.",
  },
  "riskRules:language-mismatch": {
    message:
      "Les missions envisagées travaillent en français ou en arabe, mais peu de membres du personnel parlent ces langues : ils dépendront d’autrui pour comprendre la mission et la population qu’elle sert.",
  },
  "riskRules:lessons-lost": {
    message:
      "Ce qu’apprend le personnel déployé ne parvient ni à la doctrine, ni à la formation, ni aux décideurs : chaque relève repartira de zéro et répétera les erreurs de la précédente.",
  },
  "riskRules:stovepiped-government": {
    message:
      "Les ministères planifient et financent leur part chacun de leur côté, sans instance permanente qui les réunisse : la contribution sera façonnée par les rivalités plutôt que par les besoins de la mission.",
  },
  "riskRules:fragile-public-support": {
    message:
      "Le gouvernement ne sait pas dans quelle mesure le public soutient les déploiements et n’a pas de plan pour expliquer un incident : ce soutien peut s’effondrer sans signe avant-coureur.",
  },
  "riskRules:funding-cliff": {
    message:
      "Les déploiements sont financés par des redéploiements de crédits en cours d’exercice : une contrainte budgétaire pourrait écourter une relève et entamer la fiabilité du pays aux yeux de l’ONU.",
  },
  "riskRules:risk-authority-unknown": {
    message:
      "Les responsables qui répondent ignorent qui accepte le risque de pertes ou quelles restrictions s’appliquent : cette incertitude constitue en soi un risque pour toute décision de déploiement.",
  },
};

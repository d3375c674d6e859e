import { flatten, type TranslationTable } from "../../flatten.ts";

/** French of 2026.2's profile questions and risk rules: new ones, and `2026.2|` overrides of reworded texts. */
export const profileRules2026_2Fr: TranslationTable = flatten({
  "profile:contribution-type": {
    "training-provider": {
      label: "Formation au profit d’autres pays contributeurs (formateurs, équipes mobiles de formation, cours)",
    },
    technology: { label: "Technologie (sécurité des camps, santé, données, communications)" },
    finance: {
      label:
        "Financement (fonds d’affectation spéciale, Fonds pour la consolidation de la paix, appui aux partenaires)",
    },
    "senior-leadership": { label: "Hauts responsables de mission et postes clés des quartiers généraux" },
  },
  "profile:unit-contribution": {
    text: "Le pays prévoit-il de fournir des unités constituées (militaires, de police ou de soutien) ?",
    help: "Les questions sur le matériel et le soutien autonome peuvent recevoir la réponse « sans objet » lorsque seules des personnes sont fournies.",
    "units-planned": { label: "Oui, des unités constituées sont prévues" },
    "individuals-only": {
      label: "Non, seulement des personnes, de la formation, de la technologie ou des financements",
    },
  },
  "profile:deployment-status": {
    text: "Quand le pays a-t-il eu pour la dernière fois du personnel déployé dans une opération de paix des Nations Unies ?",
    help: "Ne fait que plafonner les cibles : on ne demande pas à un pays qui n’a pas déployé depuis plus de cinq ans de démontrer en déploiement ce qu’il peut seulement préparer. Aucune réponse n’est jamais refusée.",
    "deployed-now": { label: "Du personnel est actuellement déployé" },
    "deployed-last-5-years": { label: "Pas actuellement, mais au cours des cinq dernières années" },
    "not-deployed-5-years": { label: "Pas depuis plus de cinq ans, ou jamais" },
  },
  "2026.2|profile:target-readiness": {
    help: "Fixe le niveau cible de chaque indicateur ; d’autres réponses relèvent la cible de certains indicateurs, et les minimums de l’ONU fixent des planchers qu’aucun choix n’abaisse.",
  },
  "2026.2|profile:pcrs-ambition": {
    text: "Quel niveau du Système de préparation des moyens de maintien de la paix (PCRS) le pays vise-t-il par ses offres d’unités ?",
    "no-pledge": { label: "Aucune offre d’unité prévue (contributions individuelles seulement, ou à l’étude)" },
    "rapid-deployment": {
      label: "Niveau de déploiement rapide (déploiement dans les 60 jours suivant une demande de l’ONU)",
    },
  },
  "profile:operation-type": {
    text: "À quels types d’opérations de paix des Nations Unies le pays entend-il participer ?",
    help: "Les opérations de maintien de la paix déploient des contingents en tenue ; les missions politiques spéciales sont surtout civiles, avec peu ou pas d’unités.",
    "peacekeeping-operation": { label: "Opérations de maintien de la paix" },
    "special-political-mission": { label: "Missions politiques spéciales" },
  },
  "profile:regions": {
    help: "Chaque région relève la cible de compréhension du contexte local ; les régions d’Afrique, où se trouvent les plus importants mandats de protection des civils, relèvent aussi celles de la formation à la protection et de l’évacuation sanitaire.",
  },
  "2026.2|riskRules:unowned-casualty-risk": {
    message:
      "Aucune autorité politique n’a accepté le risque pour le personnel, et aucune décision documentée n’appuie les contributions : la première perte pourrait imposer un retrait précipité.",
  },
  "2026.2|riskRules:bunkered-contingent": {
    message:
      "Les restrictions nationales et l’absence d’attente de travail hors des bases annoncent un contingent qui resterait derrière ses murs, incapable de bâtir la confiance locale dont dépend son mandat.",
  },
  "riskRules:misconduct-unaccounted": {
    message:
      "Le personnel serait déployé sans vérification consignée de ses antécédents ni enquêteurs désignés : une seule allégation d’exploitation ou d’atteintes sexuelles pourrait mettre fin au retour et nuire à la population que sert la mission.",
  },
  "riskRules:unit-casevac-gap": {
    message:
      "Des unités sont prévues, mais personne n’a évalué comment leurs blessés seraient évacués : un seul incident grave pourrait tourner à la crise nationale.",
  },
  "riskRules:unit-without-coe": {
    message:
      "Des unités sont prévues, mais leur matériel et leur soutien autonome n’ont pas été vérifiés au regard des règles de l’ONU : une visite de l’ONU relèverait des lacunes et le remboursement en pâtirait.",
  },
  "riskRules:rapid-ambition-unready": {
    message:
      "Le pays veut déployer bientôt ou rapidement, mais n’a fait aucune offre par un canal de l’ONU ou ne peut pas prendre ses propres décisions rapidement : le compte à rebours commence avec la décision nationale, et le délai ne peut être tenu.",
  },
  "riskRules:offers-off-target": {
    message:
      "Les offres ne sont ni adaptées à ce que demandent les missions ni suivies jusqu’à leur exécution : sur un marché qui se contracte, elles resteront probablement inutilisées, et les engagements non tenus coûtent en crédibilité.",
  },
  "riskRules:arrears-signal": {
    message:
      "Les contributions au budget du maintien de la paix sont versées en retard ou en partie : pendant la crise de liquidités actuelle, cela affaiblit toute offre d’engagement renouvelé.",
  },
  "2026.2|riskRules:language-mismatch": {
    message:
      "Les missions envisagées travaillent dans une langue que peu de membres du personnel parlent : ils dépendront d’autrui pour comprendre la mission et la population qu’elle sert.",
  },
  "2026.2|riskRules:lessons-lost": {
    message:
      "Ce qu’apprend le personnel ne parvient ni à la doctrine, ni à la formation, ni aux décideurs : chaque relève repartira de zéro et répétera les erreurs de la précédente.",
  },
  "2026.2|riskRules:fragile-public-support": {
    message:
      "Le gouvernement ne sait pas dans quelle mesure le public soutient les contributions et n’a pas de plan pour expliquer un incident : ce soutien peut s’effondrer sans signe avant-coureur.",
  },
  "2026.2|riskRules:funding-cliff": {
    message:
      "Les contributions sont financées par des redéploiements de crédits en cours d’exercice : une contrainte budgétaire ou un retard de remboursement de l’ONU pourrait écourter une relève.",
  },
});

import type { NestedTexts } from "../flatten.ts";

/** French of the stage names and descriptors and of the lens titles (method metadata). */
export const methodMetadataFr: NestedTexts = {
  "stages:1": {
    name: "Pas encore préparé",
    description:
      "Peu des dispositions qu’exige un retour sont en place ; les premières décisions (qui décide du risque, comment le personnel est formé aux normes de l’ONU) restent à prendre.",
  },
  "stages:2": {
    name: "Bases posées",
    description:
      "Certaines dispositions existent et le personnel déployé reçoit la formation préalable au déploiement de l’ONU, mais les bases politiques, administratives et de formation d’un déploiement restent incomplètes.",
  },
  "stages:3": {
    name: "Prêt pour des déploiements individuels",
    description:
      "L’acceptation du risque, la coordination entre ministères et une formation certifiée sont en place : le pays peut envoyer des officiers d’état-major, des experts et de petites équipes aux normes de l’ONU.",
    pcrs: "À peu près le point où une première offre au Système de préparation des moyens de maintien de la paix (PCRS) devient crédible.",
  },
  "stages:4": {
    name: "Prêt pour des rotations d’unités",
    description:
      "Un mandat politique, des restrictions déclarées, des liens suivis avec la constitution des forces de l’ONU et un système de retour d’expérience permettent de déployer et de relever des unités constituées.",
    pcrs: "À peu près le point où l’offre d’une unité peut dépasser le premier niveau du PCRS, ce que l’ONU confirme par une visite d’évaluation et de conseil.",
  },
  "stages:5": {
    name: "Prêt à déployer vite et à montrer la voie",
    description:
      "Le pays peut déployer rapidement, s’adapter sur le terrain, communiquer sur les incidents et partager sa pratique avec d’autres contributeurs.",
    pcrs: "À peu près le point où convient une offre au niveau de déploiement rapide du PCRS (déploiement dans les 60 jours suivant une demande de l’ONU).",
  },
  "lenses:un-standard": { title: "Norme ONU : les éléments de conformité pèsent double" },
  "lenses:post-liberal": { title: "Post-libéral : les éléments relationnels et d’appropriation locale pèsent double" },
};

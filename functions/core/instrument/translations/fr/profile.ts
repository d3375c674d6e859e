import type { NestedTexts } from "../flatten.ts";

/** French of the instrument's title and description and of the ambition-profile questions. */
export const profileFr: NestedTexts = {
  instrument: {
    title: "Préparation au retour dans les opérations de paix des Nations Unies",
    description:
      "Une auto-évaluation, destinée aux ministères de la Défense et des Affaires étrangères, du degré de préparation du pays à reprendre part aux opérations de paix des Nations Unies : sa tolérance au risque, la capacité d’adaptation de ses institutions et la préparation de son personnel. Elle s’appuie sur l’argumentaire de l’article du CIPS consacré au retour des puissances moyennes dans les opérations de paix des Nations Unies, ainsi que sur les normes de l’ONU applicables aux contributions au maintien de la paix.",
  },
  "profile:contribution-type": {
    text: "Quels types de contribution le pays entend-il apporter ?",
    "staff-officers-experts": { label: "Officiers d’état-major et experts militaires en mission" },
    "formed-military-units": { label: "Unités militaires constituées (bataillons, compagnies d’infanterie)" },
    enablers: { label: "Unités de soutien spécialisées (génie, santé, aviation, logistique)" },
    police: { label: "Police (policiers hors unités constituées ou unités de police constituées)" },
    "civilian-experts": { label: "Experts civils (justice, administration pénitentiaire, affaires civiles)" },
  },
  "profile:target-readiness": {
    text: "Quel niveau de préparation le pays vise-t-il ?",
    help: "Fixe le niveau cible de chaque indicateur ; d’autres réponses relèvent la cible de certains indicateurs.",
    initial: { label: "Initial : premières contributions d’individus et de petites équipes" },
    standard: { label: "Standard : relèves régulières conformes aux exigences de l’ONU" },
    high: { label: "Élevé : déploiement rapide et rôles de premier plan dans les missions" },
  },
  "profile:pcrs-ambition": {
    text: "Quel niveau du Système de préparation des moyens de maintien de la paix (PCRS) le pays vise-t-il par ses offres ?",
    "no-pledge": { label: "Aucune offre prévue pour l’instant" },
    "pcrs-level-1-2": { label: "Niveau 1 ou 2 du PCRS" },
    "pcrs-level-3": { label: "Niveau 3 du PCRS" },
    "rapid-deployment": { label: "Niveau de déploiement rapide" },
  },
  "profile:deployment-timeline": {
    text: "Quand le pays entend-il déployer ?",
    "within-12-months": { label: "Dans les 12 mois" },
    "one-to-three-years": { label: "Dans un à trois ans" },
    "beyond-three-years": { label: "Dans plus de trois ans, ou à l’étude" },
  },
  "profile:mission-tasks": {
    text: "Quelles tâches prescrites par le mandat le pays attend-il de son personnel ?",
    "protection-of-civilians": { label: "Protection des civils" },
    "political-support": { label: "Appui aux processus politiques et à la médiation locale" },
    "capacity-building": { label: "Renforcement des institutions de l’État et de sécurité" },
    "humanitarian-support": { label: "Sécurisation de l’accès humanitaire" },
    monitoring: { label: "Surveillance des cessez-le-feu et observation" },
  },
  "profile:regions": {
    text: "À quelles missions, par région, le pays est-il le plus susceptible de participer ?",
    "west-central-africa": { label: "Afrique de l’Ouest et Afrique centrale" },
    "east-africa": { label: "Afrique de l’Est et Corne de l’Afrique" },
    "middle-east-north-africa": { label: "Moyen-Orient et Afrique du Nord" },
    americas: { label: "Amériques et Caraïbes" },
    "europe-asia": { label: "Europe et Asie" },
  },
  "profile:working-languages": {
    text: "Quelles sont les langues de travail des missions envisagées ?",
    english: { label: "Anglais" },
    french: { label: "Français" },
    arabic: { label: "Arabe" },
    spanish: { label: "Espagnol" },
    portuguese: { label: "Portugais" },
  },
  "profile:security-council-candidacy": {
    text: "Le pays est-il candidat à un siège non permanent au Conseil de sécurité ?",
    "candidate-next-election": { label: "Oui, à l’une des deux prochaines élections" },
    "candidate-later": { label: "Oui, ultérieurement" },
    "not-candidate": { label: "Non" },
  },
};

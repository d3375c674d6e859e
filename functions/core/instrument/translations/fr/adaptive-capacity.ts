import type { NestedTexts } from "../flatten.ts";

/** French of the adaptive-capacity dimension: its indicators and gates. */
export const adaptiveCapacityFr: NestedTexts = {
  "dimensions:adaptive-capacity": {
    title: "Capacité d’adaptation",
    description:
      "Les institutions du pays coopèrent-elles entre ministères, font-elles remonter les enseignements du terrain jusqu’au niveau stratégique, financent-elles de manière globale et changent-elles de cap quand la situation évolue ?",
  },
  "indicators:interministerial-coordination": {
    title: "Instance de coordination interministérielle",
    question:
      "Existe-t-il une instance permanente où la défense, les affaires étrangères, le développement et la police décident ensemble des contributions à l’ONU ?",
    levels: [
      "Aucune instance permanente n’existe ; les ministères se coordonnent sur les contributions à l’ONU par échanges ponctuels.",
      "Un groupe de travail ne se réunit que lorsqu’une décision de déploiement est en suspens, ou il exclut le développement ou la police.",
      "Une instance permanente dotée d’un mandat écrit réunit la défense, les affaires étrangères, le développement et la police, se réunit au moins chaque trimestre et tient des procès-verbaux.",
      "Comme au niveau 2 ; en outre, elle est présidée au niveau de vice-ministre ou au-dessus, dispose d’un secrétariat permanent, et son mandat rend ses décisions contraignantes pour ses membres.",
    ],
  },
  "indicators:joint-planning": {
    title: "Planification conjointe entre ministères",
    question: "Les ministères concernés rédigent-ils et signent-ils un plan unique pour un déploiement ?",
    levels: [
      "Chaque ministère planifie sa part séparément et aucun document de planification commun n’existe.",
      "Les ministères échangent leurs plans respectifs avant le déploiement.",
      "Un plan conjoint unique pour le déploiement en cours ou le plus récent est signé par la défense, les affaires étrangères et le développement (et la police le cas échéant).",
      "Comme au niveau 2 ; en outre, le plan conjoint a été révisé à des échéances fixées pendant le déploiement, chaque révision étant consignée et confrontée aux priorités de l’État hôte.",
    ],
  },
  "indicators:lessons-learned-system": {
    title: "Gestion des connaissances, du niveau tactique au niveau stratégique",
    question:
      "Comment ce qu’apprennent les Casques bleus sur le terrain parvient-il à ceux qui décident de la politique ?",
    levels: [
      "Les comptes rendus de fin de mandat ne sont pas centralisés, et personne n’est chargé des enseignements tirés des déploiements auprès de l’ONU.",
      "Les comptes rendus de fin de mandat sont centralisés, mais personne n’est chargé de les analyser.",
      "Une cellule de retour d’expérience dotée de personnel désigné recueille les comptes rendus de chaque relève et adresse une analyse annuelle au ministre ou au chef d’état-major des armées.",
      "Comme au niveau 2 ; en outre, les enseignements sont partagés avec les autres ministères et l’ONU, et un tableau de suivi indique la suite donnée à chacun d’eux.",
    ],
  },
  "indicators:after-action-doctrine": {
    title: "Retours d’expérience qui font évoluer la doctrine et la formation",
    question: "Les conclusions des retours d’expérience entraînent-elles des changements de doctrine ou de cours ?",
    levels: [
      "Aucun retour d’expérience n’est conduit pour les déploiements auprès de l’ONU.",
      "Les unités conduisent des retours d’expérience, mais leurs conclusions ne parviennent pas aux bureaux de la doctrine et de la formation.",
      "Les conclusions parviennent aux bureaux de la doctrine et de la formation dans les trois mois suivant la fin d’une relève, et au moins une modification des trois dernières années s’y réfère.",
      "Comme au niveau 2 ; en outre, chaque conclusion retenue est suivie jusqu’à une modification de doctrine ou de cours assortie d’une échéance, et le tableau de suivi est examiné par un officier général.",
    ],
  },
  "indicators:pooled-funding": {
    title: "Financement commun entre ministères",
    question:
      "Les crédits destinés aux opérations de paix peuvent-ils circuler entre les budgets de la défense, de la diplomatie, du développement et de la police ?",
    levels: [
      "Chaque ministère finance sa part sur son propre budget, sans mécanisme de transfert entre eux.",
      "Les transferts entre ministères ne sont possibles qu’avec l’accord du ministère des Finances, au cas par cas.",
      "Un fonds commun ou une ligne budgétaire conjointe couvre les activités de défense, de diplomatie, de développement et de police, selon des règles de gouvernance écrites.",
      "Comme au niveau 2 ; en outre, le fonds est pluriannuel, peut financer des activités proposées par les partenaires locaux et statue sur les demandes en 30 jours au plus.",
    ],
  },
  "indicators:field-delegated-authority": {
    title: "Délégation de pouvoir pour s’adapter sur le terrain",
    question:
      "Que peut modifier le représentant national le plus élevé dans la mission sans demander d’abord l’accord de la capitale ?",
    levels: [
      "Toute modification des tâches, du dispositif ou des dépenses exige l’accord préalable de la capitale.",
      "Les commandants peuvent adapter la tactique, mais toute modification des tâches ou des dépenses remonte à la capitale.",
      "Une délégation écrite permet au représentant national le plus élevé d’adapter les tâches et d’engager des dépenses jusqu’à un montant fixé, en rendant compte a posteriori.",
      "Comme au niveau 2 ; en outre, les décisions prises en vertu de la délégation sont consignées, et la capitale répond aux demandes dépassant le seuil dans un délai mesuré de 72 heures.",
    ],
  },
  "indicators:un-force-generation": {
    title: "Relation avec la constitution des forces de l’ONU et le PCRS",
    question:
      "Dans quelle mesure le pays travaille-t-il avec le Département des opérations de paix et son Système de préparation des moyens de maintien de la paix ?",
    levels: [
      "Aucune offre n’est inscrite au Système de préparation des moyens de maintien de la paix (PCRS) et aucun point de contact n’est désigné auprès du Service de la constitution des forces.",
      "Un point de contact est désigné à la mission permanente, mais les offres sont inexistantes ou limitées au niveau 1 du PCRS.",
      "Au moins une unité a atteint le niveau 2 du PCRS à la suite d’une visite d’évaluation et de conseil au cours des trois dernières années, et le conseiller militaire à New York rencontre le Service de la constitution des forces au moins chaque trimestre.",
      "Au moins une unité est inscrite au niveau 3 du PCRS ou au niveau de déploiement rapide, et les offres sont réexaminées chaque année avec le Département des opérations de paix.",
    ],
  },
  "indicators:civilian-rosters": {
    title: "Fichiers de civils déployables",
    question:
      "Le pays peut-il proposer rapidement des experts civils (police, justice, administration pénitentiaire, affaires civiles) ?",
    levels: [
      "Il n’existe aucun fichier d’experts civils disponibles pour un déploiement auprès de l’ONU.",
      "Un fichier existe, mais il n’a pas été mis à jour au cours de l’année écoulée ou compte moins de 20 personnes présélectionnées.",
      "Un organisme désigné tient un fichier, mis à jour au cours de l’année écoulée, d’experts civils présélectionnés, classés par compétence et par langue.",
      "Comme au niveau 2 ; en outre, des accords de détachement avec l’ONU ou des partenaires de réserve ont permis de placer en mission des personnes inscrites au fichier au cours des deux dernières années.",
    ],
  },
  "indicators:host-state-liaison": {
    title: "Liaison avec l’État hôte et les acteurs locaux",
    question:
      "Qui, dans le dispositif national, dialogue régulièrement avec les autorités hôtes et la société civile locale dans la zone de la mission ?",
    levels: [
      "Il n’existe aucun contact national avec les autorités hôtes ou la société civile locale en dehors de la chaîne onusienne.",
      "L’ambassade traite avec le gouvernement hôte, mais pas au sujet du déploiement et pas avec la société civile.",
      "Un officier de liaison ou un point focal désigné à l’ambassade rencontre au moins chaque mois les autorités hôtes et des groupes de la société civile locale, et rend compte à l’instance de coordination.",
      "Comme au niveau 2 ; en outre, les retours des partenaires locaux sont consignés et ont conduit à au moins une modification documentée des plans nationaux.",
    ],
  },
  "indicators:information-management": {
    title: "Gestion des données et de l’information",
    question:
      "Les ministères partagent-ils l’information relative aux déploiements dans un système unique, avec des règles de traitement claires ?",
    levels: [
      "Les données de déploiement (personnel, incidents, rapports) sont dispersées dans des fichiers distincts par unité ou par ministère.",
      "Les données se trouvent dans un système ministériel auquel les autres ministères n’ont pas accès.",
      "Un système partagé, doté de règles écrites de classification et de traitement, est ouvert à tous les ministères de l’instance de coordination et mis à jour au moins chaque mois.",
      "Comme au niveau 2 ; en outre, il produit des exports aux formats de rapport de l’ONU et alimente un tableau de bord trimestriel utilisé par l’instance de coordination.",
    ],
  },
  "gates:interministerial-coordination>3": {
    why: "Sans instance permanente qui réunit les ministères, chacun planifie seul et ce sont les rivalités qui tranchent.",
  },
  "gates:un-force-generation>4": {
    why: "Un pays sur lequel l’ONU ne peut pas compter par l’intermédiaire du PCRS n’est pas déployable dans les délais de l’Organisation.",
  },
  "gates:lessons-learned-system>4": {
    why: "L’adaptation suppose que la connaissance du terrain parvienne aux décideurs ; sinon, les mêmes erreurs se répètent.",
  },
  "gates:field-delegated-authority>5": {
    why: "Des équipes de terrain qui doivent consulter la capitale pour chaque changement ne peuvent pas répondre à temps aux partenaires locaux.",
  },
};

import { flatten, type TranslationTable } from "../../flatten.ts";

const defencePolicy = "Défense — politique de défense et relations internationales";
const unDivision = "Affaires étrangères — direction des Nations Unies et des affaires multilatérales";
const coordination = "Instance de coordination interministérielle et son secrétariat";
const finance = "Fonction financière (Trésor ou direction du budget)";
const training = "Défense — commandement de la formation et centre de formation aux opérations de soutien à la paix";

/** French of 2026.2's institutional and UN-facing recommendations (new ones and `2026.2|` overrides). */
export const institutionRecommendations2026_2Fr: TranslationTable = flatten({
  "2026.2|recommendations:plan-review-points": { owner: coordination },
  "2026.2|recommendations:pooled-peace-fund": {
    owner: finance,
    rationale: "L’article fait des mécanismes de financement globaux une condition des opérations adaptatives.",
  },
  "recommendations:national-decision-procedure": {
    title: "Préciser qui décide, et dans quel délai, de ce que le pays conserve sous commandement de l’ONU",
    action:
      "Rédiger une procédure désignant qui, dans la capitale, répond aux demandes de l’ONU relevant du mémorandum d’accord (réaffectation ou redéploiement par le commandement de la force ou de la police, levée d’une restriction pour une opération, dépenses nationales de protection de la force ou de projets), fixer un délai de réponse et la répéter lors d’un exercice.",
    owner: defencePolicy,
    rationale:
      "Dans le cadre du commandement et du contrôle de l’ONU, c’est la mission qui attribue les tâches au contingent ; une capitale qui répond vite sur ce qu’elle se réserve évite que les décisions nationales freinent la mission.",
  },
  "2026.2|recommendations:request-turnaround-standard": {
    title: "Consigner les décisions nationales et en mesurer la rapidité",
    action:
      "Consigner chaque demande de l’ONU traitée selon la procédure nationale de décision avec son délai de réponse, et communiquer ces délais chaque trimestre à l’instance de coordination.",
    owner: "Défense — commandement des opérations interarmées",
    rationale:
      "Un délai qui n’est pas mesuré n’est pas tenu ; le relevé montre si la capitale suit le rythme de la mission.",
  },
  "2026.2|recommendations:shared-information-system": { owner: coordination },
  "2026.2|recommendations:lessons-learned-cell": {
    title: "Doter en personnel une cellule de retour d’expérience pour les contributions à l’ONU",
    action:
      "Désigner le personnel chargé de recueillir les comptes rendus de fin de mandat, d’exercice et de retour d’expérience, d’adresser une analyse annuelle au ministre ou au chef d’état-major des armées, et d’échanger les enseignements avec les autres pays contributeurs par le Mécanisme de coordination léger de l’ONU.",
    owner: defencePolicy,
    rationale:
      "L’article insiste pour que la connaissance du contexte remonte du niveau tactique jusqu’au niveau stratégique.",
  },
  "2026.2|recommendations:share-lessons-across-government": { owner: coordination },
  "2026.2|recommendations:aar-to-doctrine": {
    owner: training,
    rationale:
      "L’article voit dans l’expérimentation et le dialogue le moteur du changement, à condition que les conclusions soient suivies d’effet.",
  },
  "recommendations:results-framework": {
    title: "Suivre avec les partenaires les résultats modestes et locaux",
    action:
      "Adopter un cadre de suivi doté d’indicateurs nommés de changement local signalés par les partenaires et le personnel, l’examiner chaque année au sein de l’instance de coordination, et commander une évaluation indépendante qui s’en serve.",
    owner: "Fonction de développement (agence ou direction du ministère des Affaires étrangères)",
    rationale: "L’article estime que c’est la valorisation des micro-impacts qui permet aux opérations de s’adapter.",
  },
  "recommendations:report-micro-results": {
    title: "Informer le public des résultats modestes au fil de l’eau",
    action:
      "Publier régulièrement de courts comptes rendus des résultats et des revers locaux tirés du cadre de suivi, et pas seulement des bilans annuels.",
    owner: "Communication de la Défense et des Affaires étrangères",
    rationale:
      "L’article lie une compréhension progressive par le public au soutien à un financement global et sans conditions.",
  },
  "2026.2|recommendations:pcrs-pledge": {
    title: "Offrir des unités au PCRS au regard des besoins actuels de l’ONU",
    action:
      "Inscrire des offres d’unités au PCRS avec les documents demandés, en choisissant des capacités figurant sur la liste actuelle des besoins de l’ONU, et s’enquérir auprès de la Cellule de constitution stratégique des forces et de planification des capacités d’une visite d’évaluation et de conseil.",
    owner: defencePolicy,
    rationale:
      "Le PCRS est le moyen par lequel l’ONU peut compter sur les offres d’unités ; le Secrétariat programme ses visites selon ses priorités, de sorte qu’une offre dont il a besoin a plus de chances d’être visitée.",
  },
  "recommendations:force-generation-dialogue": {
    title: "Dialoguer avec le bureau de l’ONU chargé de chaque type de contribution",
    action:
      "Désigner un point de contact à la mission permanente et rencontrer régulièrement le bureau compétent pour chaque contribution envisagée : le Service de la constitution des forces pour les unités militaires et les officiers d’état-major, la Division de la police pour la police, et le recrutement de l’ONU ou les partenaires de réserve pour les civils.",
    owner: "Mission permanente auprès de l’Organisation des Nations Unies à New York",
    rationale:
      "Chaque type de contribution a son propre canal à l’ONU ; une offre adressée au mauvais bureau reste en attente.",
  },
  "recommendations:pledge-to-requirements": {
    title: "N’offrir que ce que demandent les missions",
    action:
      "Comparer chaque année ce que le pays peut offrir aux besoins actuels en capacités en tenue et aux plans des missions de l’ONU, réductions d’effectifs comprises, et retirer ou modifier les offres dont l’ONU n’a pas besoin.",
    owner: defencePolicy,
    rationale:
      "Depuis les coupes budgétaires liées à la crise de liquidités de 2025, les missions se réduisent ; ce sont les offres conformes aux besoins exprimés qui ont des chances d’être retenues.",
  },
  "recommendations:commitment-tracker": {
    title: "Suivre chaque engagement jusqu’à son exécution",
    action:
      "Tenir un tableau de suivi de chaque annonce et engagement pris envers l’ONU, avec son échéance et son état, informer l’ONU par écrit avant d’en retirer un, et présenter chaque année le tableau au parlement.",
    owner: unDivision,
    rationale:
      "L’article présente les réformes comme le moyen pour les puissances moyennes de tenir leurs engagements déclarés ; un tableau de suivi montre si elles y parviennent.",
  },
  "recommendations:coe-readiness-review": {
    title: "Vérifier le matériel et le soutien autonome avant une visite de l’ONU",
    action:
      "Vérifier le matériel majeur et le soutien autonome de chaque unité offerte au regard du Manuel relatif au matériel appartenant aux contingents, financer les lacunes et former du personnel à la négociation du mémorandum d’accord avant de demander une visite d’évaluation.",
    owner: defencePolicy,
    rationale:
      "Les visites d’évaluation de l’ONU vérifient le matériel et le soutien autonome, et le remboursement découle du mémorandum d’accord.",
  },
  "recommendations:governance-diplomacy": {
    title: "Mettre la diplomatie du pays au service des organes du maintien de la paix",
    action:
      "Arrêter des positions entre ministères et présenter des propositions au Comité spécial des opérations de maintien de la paix, lors des négociations de la Cinquième Commission sur les budgets du maintien de la paix et des préparatifs des réunions ministérielles, et proposer de codiriger un thème.",
    owner: unDivision,
    rationale:
      "L’article invite les puissances moyennes à faire de leur savoir-faire diplomatique un atout de négociation dans la gouvernance de la sécurité.",
  },
  "recommendations:pay-assessments-on-time": {
    title: "Verser intégralement et à temps les contributions au budget du maintien de la paix",
    action:
      "Verser intégralement les contributions au budget du maintien de la paix aux dates d’échéance, apurer les arriérés éventuels, et le faire savoir en annonçant un engagement renouvelé.",
    owner: finance,
    rationale:
      "Les contributions tardives ou impayées ont provoqué les coupes de 2025 ; payer à temps est l’engagement visible le moins coûteux que puisse prendre un pays qui revient.",
  },
  "recommendations:offer-technology": {
    title: "Offrir de la technologie dans le cadre du processus d’annonces",
    action:
      "Proposer une contribution technologique (sécurité des camps, santé, données ou communications), avec le financement de son soutien, lors du prochain processus d’annonces de la réunion ministérielle sur le maintien de la paix, et l’expérimenter avec une mission ou un centre de formation.",
    owner: defencePolicy,
    rationale:
      "L’article reconnaît aux puissances moyennes des capacités technologiques qui constituent un avantage comparatif ; l’ONU range le maintien de la paix s’appuyant sur la technologie parmi les thèmes d’A4P+.",
  },
  "2026.2|recommendations:civilian-roster": {
    action:
      "Confier à un organisme unique la tenue d’un fichier, mis à jour chaque année, d’experts présélectionnés en justice, administration pénitentiaire, affaires civiles et domaines voisins, classés par compétence et par langue, et conclure des accords pour du personnel fourni par des gouvernements ou des partenariats de réserve.",
    owner: unDivision,
    rationale:
      "L’article confie aux civils un rôle d’appui aux acteurs locaux, ce qui exige des civils prêts à partir.",
  },
  "2026.2|recommendations:host-state-focal-point": {
    owner: unDivision,
    rationale:
      "L’article veut que les plans de paix soient conçus localement, ce qui suppose d’écouter directement les acteurs locaux.",
  },
  "2026.2|recommendations:local-feedback-loop": {
    owner: coordination,
    rationale:
      "L’article fait naître le savoir utile du dialogue entre acteurs locaux et internationaux ; s’il n’est pas consigné, il se perd.",
  },
});

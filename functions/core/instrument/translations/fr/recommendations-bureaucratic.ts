import type { NestedTexts } from "../flatten.ts";

/** French of the bureaucratic (institutional) recommendations. */
export const bureaucraticRecommendationsFr: NestedTexts = {
  "recommendations:standing-coordination-body": {
    title: "Créer une instance interministérielle permanente pour les contributions à l’ONU",
    action:
      "Mettre en place une instance dotée d’un mandat écrit réunissant la défense, les affaires étrangères, le développement et la police, qui se réunit au moins chaque trimestre et tient des procès-verbaux.",
    owner: "Services du Premier ministre (secrétariat du conseil des ministres)",
    rationale:
      "L’article du CIPS avertit que les querelles de compétences entre ministères paralysent l’action commune, à moins que ceux-ci ne continuent de négocier entre eux.",
  },
  "recommendations:elevate-coordination-body": {
    title: "Doter l’instance de coordination d’une direction de haut niveau et d’un secrétariat",
    action:
      "Confier la présidence de l’instance à un vice-ministre ou à une autorité de rang supérieur, la doter d’un secrétariat permanent et inscrire dans son mandat le caractère contraignant de ses décisions pour les ministères membres.",
    owner: "Services du Premier ministre (secrétariat du conseil des ministres)",
    rationale:
      "L’article attend qu’une culture de coopération naisse d’échanges répétés, ce qui exige une instance de convocation dotée d’autorité.",
  },
  "recommendations:joint-deployment-plan": {
    title: "Signer un plan conjoint unique pour chaque déploiement",
    action:
      "Rédiger pour chaque déploiement un plan unique couvrant les volets militaire, diplomatique, développement et police, signé par chacun des ministères concernés.",
    owner:
      "Ministère de la Défense — état-major de planification interarmées, avec les Affaires étrangères et le Développement",
    rationale:
      "L’article demande que les rôles militaires et civils soient repensés autour de l’appui aux acteurs locaux, ce qui suppose un plan commun.",
  },
  "recommendations:plan-review-points": {
    title: "Prévoir des points de révision dans le plan conjoint",
    action:
      "Fixer, pendant chaque déploiement, les dates auxquelles le plan conjoint est réexaminé au regard des rapports du terrain et des priorités de l’État hôte, et consigner chaque révision.",
    owner: "Secrétariat de l’instance de coordination",
    rationale:
      "La réponse adaptative que décrit l’article implique que les plans évoluent à mesure que la compréhension du contexte progresse.",
  },
  "recommendations:pooled-peace-fund": {
    title: "Mettre en commun entre ministères le financement des opérations de paix",
    action:
      "Créer un fonds pluriannuel ou une ligne budgétaire conjointe couvrant les activités de défense, de diplomatie, de développement et de police, avec des règles écrites précisant qui décide et dans quels délais.",
    owner: "Ministère des Finances, avec les services du Premier ministre",
    rationale: "L’article du CIPS fait des mécanismes de financement globaux une condition des opérations adaptatives.",
  },
  "recommendations:field-delegation": {
    title: "Déléguer le pouvoir de s’adapter sur le terrain",
    action:
      "Établir une délégation écrite permettant au représentant national le plus élevé d’adapter les tâches et d’engager des dépenses jusqu’à un montant fixé sans accord préalable, en rendant compte a posteriori.",
    owner: "Ministère de la Défense — direction de la politique de défense, avec le ministère des Affaires étrangères",
    rationale:
      "L’article lie l’adaptabilité opérationnelle à des rôles centrés sur les acteurs locaux, ce qui exige une marge de décision sur place.",
  },
  "recommendations:request-turnaround-standard": {
    title: "Répondre aux demandes du terrain sous 72 heures",
    action:
      "Fixer et mesurer un délai de 72 heures pour que la capitale réponde aux demandes du terrain dépassant le seuil délégué, et consigner les décisions prises en vertu de la délégation.",
    owner: "Commandement des opérations interarmées",
    rationale:
      "Les opérations adaptatives que décrit l’article réagissent aux changements au moment où ils surviennent ; une capitale lente les en empêche.",
  },
  "recommendations:shared-information-system": {
    title: "Partager l’information sur les déploiements dans un système unique",
    action:
      "Mettre à disposition un système unique, doté de règles écrites de classification et de traitement, utilisable par tous les ministères de l’instance de coordination, et en tirer un tableau de bord trimestriel.",
    owner: "Ministère de la Défense — direction des systèmes d’information, avec le ministère des Affaires étrangères",
    rationale:
      "L’article range le partage et la gestion de l’information parmi les tâches dont dépendent les opérations concertées.",
  },
  "recommendations:lessons-learned-cell": {
    title: "Doter en personnel une cellule de retour d’expérience pour les déploiements auprès de l’ONU",
    action:
      "Désigner le personnel chargé de recueillir les comptes rendus de fin de mandat et de retour d’expérience de chaque relève et d’adresser une analyse annuelle au ministre ou au chef d’état-major des armées.",
    owner: "Ministère de la Défense — centre interarmées de doctrine et de retour d’expérience",
    rationale:
      "L’article insiste pour que la connaissance du contexte remonte du niveau tactique jusqu’au niveau stratégique.",
  },
  "recommendations:share-lessons-across-government": {
    title: "Partager les enseignements avec les autres ministères et l’ONU",
    action:
      "Présenter l’analyse annuelle des enseignements à l’instance de coordination, la transmettre aux services de l’ONU chargés des politiques et des meilleures pratiques en matière d’opérations de paix, et suivre la suite donnée à chaque enseignement.",
    owner: "Secrétariat de l’instance de coordination",
    rationale:
      "L’article lie le changement organisationnel à une connaissance partagée entre tous les acteurs, et non détenue par un seul ministère.",
  },
  "recommendations:aar-to-doctrine": {
    title: "Faire aboutir les conclusions des retours d’expérience dans la doctrine et les cours",
    action:
      "Exiger que les conclusions des retours d’expérience parviennent aux bureaux de la doctrine et de la formation dans les trois mois suivant la fin d’une relève, et suivre chaque conclusion retenue jusqu’à une modification assortie d’une échéance.",
    owner: "Bureau de la doctrine de défense",
    rationale:
      "L’article voit dans l’expérimentation sur le terrain et le dialogue le moteur du changement, à condition que les conclusions soient suivies d’effet.",
  },
  "recommendations:pcrs-pledge": {
    title: "Inscrire des offres au PCRS et demander une visite d’évaluation",
    action:
      "Inscrire au moins une unité au Système de préparation des moyens de maintien de la paix et demander la visite d’évaluation et de conseil nécessaire pour atteindre le niveau 2.",
    owner:
      "Ministère de la Défense — direction des affaires internationales, avec la mission permanente auprès de l’ONU",
    rationale:
      "L’article décrit des puissances moyennes qui répondent aux appels de l’ONU à un engagement renouvelé ; les offres inscrites au PCRS rendent cette réponse exploitable.",
  },
  "recommendations:fgs-dialogue": {
    title: "Entretenir un dialogue régulier avec le Service de la constitution des forces de l’ONU",
    action:
      "Désigner le conseiller militaire de la mission permanente comme point de contact et prévoir des réunions trimestrielles avec le Service de la constitution des forces sur les offres et les lacunes.",
    owner: "Mission permanente auprès de l’ONU — conseiller militaire",
    rationale:
      "L’article reconnaît aux puissances moyennes une réputation diplomatique qui porte ses fruits grâce à un engagement constant auprès de l’ONU.",
  },
  "recommendations:civilian-roster": {
    title: "Constituer un fichier d’experts civils déployables",
    action:
      "Confier à un organisme unique la tenue d’un fichier, mis à jour chaque année, d’experts présélectionnés en police, justice, administration pénitentiaire et affaires civiles, classés par compétence et par langue, et conclure des accords de détachement avec l’ONU.",
    owner: "Ministère des Affaires étrangères — unité de stabilisation",
    rationale:
      "L’article confie aux civils comme aux militaires un rôle d’appui aux acteurs locaux, ce qui exige des civils prêts à partir.",
  },
  "recommendations:host-state-focal-point": {
    title: "Désigner un point focal auprès des autorités hôtes et de la société civile",
    action:
      "Charger un officier de liaison ou un point focal de l’ambassade de rencontrer au moins chaque mois les autorités hôtes et des groupes de la société civile locale, et de rendre compte à l’instance de coordination.",
    owner: "Ministère des Affaires étrangères — ambassade dans le pays hôte",
    rationale:
      "L’article veut que les plans de paix soient conçus localement, ce qui suppose d’écouter directement les acteurs locaux.",
  },
  "recommendations:local-feedback-loop": {
    title: "Consigner les retours des acteurs locaux et y donner suite",
    action:
      "Consigner ce que disent les autorités hôtes et les partenaires locaux des activités nationales, et faire statuer l’instance de coordination sur chaque point lors de sa réunion suivante.",
    owner: "Secrétariat de l’instance de coordination",
    rationale:
      "L’article fait naître le savoir utile des échanges entre personnel international et population locale ; s’il n’est pas consigné, il se perd.",
  },
};

import type { NestedTexts } from "../flatten.ts";

/** French of the training-readiness dimension: its indicators and gates. */
export const trainingReadinessFr: NestedTexts = {
  "dimensions:training-readiness": {
    title: "Préparation par la formation",
    description:
      "Le personnel du pays est-il préparé au rôle de soldat-diplomate : normes des Nations Unies, médiation, coordination, information, langues et compréhension du contexte local ?",
  },
  "indicators:pdt-certification": {
    title: "Formation préalable au déploiement certifiée selon les normes des Nations Unies",
    question:
      "La formation préalable au déploiement suit-elle les supports pédagogiques de base (CPTM) et les supports de formation spécialisée (STM) pertinents des Nations Unies, et est-elle certifiée ?",
    levels: [
      "La formation préalable au déploiement n’utilise pas les supports pédagogiques de base préalables au déploiement (CPTM) des Nations Unies.",
      "Les modules CPTM sont utilisés, mais toutes les personnes déployées ne les suivent pas, ou le suivi n’est pas enregistré individuellement.",
      "Chaque personne déployée suit les CPTM et les supports de formation spécialisée (STM) propres à sa fonction, le suivi est enregistré individuellement, et le gouvernement le certifie par écrit à l’ONU.",
      "Comme au niveau 2 ; en outre, le cours national bénéficie d’une reconnaissance du Service intégré de formation des Nations Unies obtenue ou renouvelée au cours des trois dernières années.",
    ],
  },
  "indicators:poc-crsv-gender": {
    title: "Protection des civils, violences sexuelles liées aux conflits et genre",
    question:
      "Comment le personnel est-il préparé à protéger les civils et à réagir aux violences sexuelles liées aux conflits ?",
    levels: [
      "La protection des civils n’est pas enseignée avant le déploiement.",
      "La protection des civils, les violences sexuelles liées aux conflits et l’exploitation sexuelle ne sont abordées qu’en cours magistraux.",
      "Chaque personne déployée suit une formation à la protection des civils et aux violences sexuelles liées aux conflits fondée sur des mises en situation et sanctionnée par un test, et chaque unité dispose d’un point focal genre formé.",
      "Comme au niveau 2 ; en outre, les commandants pratiquent lors d’un exercice les procédures d’alerte rapide et de réaction de la mission, et chaque compagnie dispose d’un point focal formé aux violences sexuelles liées aux conflits.",
    ],
  },
  "indicators:mediation-negotiation": {
    title: "Médiation, négociation et résolution interactive des problèmes",
    question:
      "Les officiers et sous-officiers sont-ils formés à la médiation pratique, à la négociation et à la résolution conjointe des problèmes ?",
    levels: [
      "Aucune formation à la médiation ou à la négociation n’est dispensée avant le déploiement ni dans les cours de carrière.",
      "Une séance de moins d’une journée sur la négociation fait partie de la formation préalable au déploiement.",
      "Les officiers et sous-officiers des postes de commandement suivent un cours d’au moins trois jours fondé sur des jeux de rôle, et ce suivi est enregistré.",
      "Comme au niveau 2 ; en outre, des médiateurs civils co-animent le cours, et chaque relève compte un groupe identifié de négociateurs ayant suivi une formation avancée.",
    ],
  },
  "indicators:civil-military-coordination": {
    title: "Coordination civilo-militaire (UN-CMCoord)",
    question: "Le personnel est-il formé à la coordination civilo-militaire humanitaire telle que la pratique l’ONU ?",
    levels: [
      "Il n’existe aucune formation à la coordination civilo-militaire.",
      "La doctrine nationale de coopération civilo-militaire (CIMIC) est enseignée, mais pas l’UN-CMCoord ni les principes humanitaires.",
      "Le personnel des postes civilo-militaires suit un cours UN-CMCoord avant le déploiement, et la formation préalable au déploiement inclut les principes humanitaires.",
      "Comme au niveau 2 ; en outre, un exercice annuel associe des organismes humanitaires ou des ONG comme participants ou comme figurants.",
    ],
  },
  "indicators:communication-engagement-skills": {
    title: "Compétences de communication et de dialogue avec la population",
    question:
      "Les chefs de patrouille sont-ils formés à dialoguer avec la population, y compris par l’intermédiaire d’interprètes et d’assistants chargés de la liaison avec la population locale ?",
    levels: [
      "Aucune formation à la communication avec les populations locales n’est dispensée.",
      "Seuls les commandants reçoivent une séance d’information sur les relations avec les médias.",
      "Tous les chefs de patrouille suivent une formation pratique au dialogue avec la population et au travail avec des interprètes et des assistants chargés de la liaison avec la population locale.",
      "Comme au niveau 2 ; en outre, des équipes d’engagement mixtes s’entraînent ensemble pendant au moins une semaine et sont évaluées avant le déploiement.",
    ],
  },
  "indicators:peacekeeping-intelligence": {
    title: "Recueil d’informations et renseignement aux fins du maintien de la paix",
    question:
      "Le personnel est-il formé selon la politique des Nations Unies relative au renseignement aux fins du maintien de la paix, et à ses limites ?",
    levels: [
      "Aucune formation ne fait référence à la politique des Nations Unies relative au renseignement aux fins du maintien de la paix.",
      "Le personnel du renseignement ne reçoit que la formation nationale au renseignement militaire.",
      "Le personnel affecté à des fonctions de renseignement est formé à la politique et au manuel des Nations Unies relatifs au renseignement aux fins du maintien de la paix, y compris à leurs limites, et ce suivi est enregistré.",
      "Comme au niveau 2 ; en outre, tous les chefs de patrouille sont formés au recueil d’informations et à leur transmission dans les formats utilisés par la mission.",
    ],
  },
  "indicators:language-capability": {
    title: "Langues de la mission (français, arabe et autres)",
    question:
      "Combien de membres du personnel déployé sont évalués dans les langues de travail et les langues locales de la mission ?",
    levels: [
      "Personne ne recense combien de membres du personnel parlent les langues des missions envisagées.",
      "Les compétences linguistiques sont recensées, mais moins d’une personne sur vingt d’une relève parle la langue de travail de la mission.",
      "Un plan linguistique fixe des objectifs ; au moins une personne sur dix d’une relève et tous les officiers de liaison ont un niveau certifié par un test dans la langue de travail de la mission.",
      "Comme au niveau 2 ; en outre, des cours financés de trois mois ou plus existent, et du personnel sélectionné est évalué dans une des principales langues locales de la zone de la mission.",
    ],
  },
  "indicators:cultural-political-awareness": {
    title: "Culture, histoire et vie politique locales",
    question:
      "La formation traite-t-elle en profondeur de l’histoire, de la vie politique et de la culture de la zone de la mission ?",
    levels: [
      "La formation préalable au déploiement ne comporte aucun contenu propre à la mission sur l’histoire, la vie politique ou la culture.",
      "Une présentation générale du pays, de moins d’une demi-journée, est dispensée.",
      "Un module propre à la mission, d’au moins deux jours et assuré par des spécialistes de la région, couvre l’histoire, la vie politique, les structures d’autorité locales et les croyances.",
      "Comme au niveau 2 ; en outre, des ressortissants du pays hôte participent à l’enseignement, et le module est mis à jour avant chaque relève.",
    ],
  },
  "indicators:unlearning-assumptions": {
    title: "Remise en question des présupposés libéraux de la construction de l’État",
    question:
      "La formation invite-t-elle les participants à interroger les modèles de construction de l’État conçus de l’extérieur ?",
    levels: [
      "Aucun contenu de formation n’interroge les présupposés de la construction de l’État conçue de l’extérieur.",
      "Le sujet ne figure que dans des listes de lecture.",
      "Un séminaire doté d’un objectif pédagogique écrit examine des cas où des institutions importées ont échoué tandis que des arrangements définis localement ont tenu.",
      "Comme au niveau 2 ; en outre, les planificateurs et les hauts responsables le suivent également, et l’avis des participants est évalué chaque année.",
    ],
  },
  "indicators:conflict-complexity": {
    title: "Compréhension de la complexité des conflits",
    question:
      "Enseigne-t-on au personnel comment la sécurité, le développement et les dynamiques transfrontalières interagissent dans les conflits ?",
    levels: [
      "Aucune formation n’aborde le fonctionnement des conflits et des processus de paix au-delà de la dimension militaire.",
      "Une introduction générale à l’analyse des conflits est dispensée.",
      "Les officiers d’état-major suivent un module sur les liens entre sécurité et développement, les facteurs transnationaux tels que les trafics, et les tensions entre consolidation de la paix et construction de l’État.",
      "Comme au niveau 2 ; en outre, le module est co-animé avec le ministère du Développement ou la société civile et comporte un exercice d’analyse de conflit.",
    ],
  },
  "indicators:women-participation": {
    title: "Participation des femmes aux déploiements",
    question: "Quelle est la part des femmes dans le personnel déployé, au regard des objectifs des Nations Unies ?",
    levels: [
      "La part des femmes dans le personnel déployé n’est pas suivie.",
      "La part est suivie, mais reste inférieure aux objectifs de parité des genres en vigueur aux Nations Unies pour le personnel en tenue.",
      "La part atteint les objectifs en vigueur aux Nations Unies pour les observateurs militaires et les officiers d’état-major, et une évaluation des obstacles (par exemple selon la méthode de l’Initiative Elsie) a été menée.",
      "Comme au niveau 2 ; en outre, les unités constituées atteignent aussi les objectifs, et les mesures issues de l’évaluation des obstacles sont financées.",
    ],
  },
  "indicators:trainers-mobile-teams": {
    title: "Formateurs et équipes mobiles de formation",
    question:
      "Le pays dispose-t-il de suffisamment de formateurs formés par l’ONU, et forme-t-il à son tour d’autres pays ?",
    levels: [
      "Aucun formateur national n’a suivi de cours de formation de formateurs des Nations Unies.",
      "Quelques formateurs ont suivi des cours de formation de formateurs des Nations Unies, mais aucun plan ne prévoit de maintenir ou d’étoffer ce vivier.",
      "Le vivier de formateurs formés par l’ONU suffit à dispenser toute la formation préalable au déploiement sans aide extérieure.",
      "Comme au niveau 2 ; en outre, des formateurs nationaux ont formé du personnel d’autres pays contributeurs au sein d’équipes mobiles de formation des Nations Unies ou de partenaires au cours des trois dernières années.",
    ],
  },
  "gates:pdt-certification>2": {
    why: "L’ONU exige une formation préalable au déploiement conforme à ses normes ; un pays qui ne les applique pas n’est pas encore déployable.",
  },
  "gates:pdt-certification>3": {
    why: "Une formation onusienne suivie en partie, ou sans trace individuelle, laisse des lacunes que la mission découvrira sur le terrain.",
  },
  "gates:poc-crsv-gender>4": {
    why: "La protection des civils est au cœur de la plupart des mandats ; une préparation non évaluée met en danger la population et la mission.",
  },
  "gates:pdt-certification>5": {
    why: "Les meilleures pratiques supposent une formation reconnue par l’ONU elle-même.",
  },
};

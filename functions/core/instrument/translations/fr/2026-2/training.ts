import { flatten, type TranslationTable } from "../../flatten.ts";

const training = "Défense — commandement de la formation et centre de formation aux opérations de soutien à la paix";
const unDivision = "Affaires étrangères — direction des Nations Unies et des affaires multilatérales";
const defencePolicy = "Défense — politique de défense et relations internationales";

/** French of 2026.2's training texts: indicators, gates and recommendations (new ones and `2026.2|` overrides). */
export const training2026_2Fr: TranslationTable = flatten({
  "2026.2|dimensions:training-readiness": {
    description:
      "Le personnel militaire, policier et civil du pays est-il préparé au rôle de soldat-diplomate : normes des Nations Unies, protection, médiation, coordination, information, langues, compréhension du contexte local et travail avec les partenaires ?",
  },
  "2026.2|indicators:pdt-certification": {
    question:
      "La formation préalable au déploiement suit-elle les supports pédagogiques de base (CPTM) et les supports de formation spécialisée (STM) des Nations Unies propres à chaque fonction, et est-elle certifiée ?",
    levels: {
      1: "Les modules CPTM sont utilisés, mais toutes les personnes déployées ne les suivent pas, ou le suivi n’est pas enregistré individuellement.",
      2: "Tous les éléments suivants : chaque personne déployée suit les CPTM et les supports de formation spécialisée (STM) propres à sa fonction ; le suivi est enregistré individuellement ; le gouvernement le certifie par écrit à l’ONU.",
      3: "Comme au niveau 2 ; en outre, le cours national bénéficie actuellement d’une reconnaissance de sa formation par l’ONU.",
    },
  },
  "indicators:pdt-certification": {
    guidance:
      "La formation aux normes de l’ONU de chaque personne déployée incombe au pays contributeur, quelle que soit l’ampleur de la contribution. La police et les civils comptent aussi. Justificatifs : relevés individuels et lettre de certification ; pour le niveau 3, le document de reconnaissance de l’ONU et sa validité.",
  },
  "indicators:poc-crsv-gender": {
    guidance:
      "La protection des civils, les violences sexuelles liées aux conflits et le rôle des points focaux genre sont enseignés comme un ensemble dans les CPTM. Le niveau 2 énumère plusieurs faits ; tous doivent être réunis.",
  },
  "2026.2|indicators:women-participation": {
    title: "Participation des femmes aux contributions",
    question:
      "Comment le pays planifie-t-il et atteint-il la part des femmes dans le personnel qu’il offre et déploie, au regard des objectifs de l’ONU ?",
    levels: [
      "La part des femmes dans le personnel offert ou déployé dans les opérations de l’ONU n’est pas suivie.",
      "La part est suivie, mais aucune évaluation des obstacles n’a été menée au cours des cinq dernières années, ou aucun objectif n’est fixé.",
      "Une évaluation des obstacles a été menée au cours des cinq dernières années, et les objectifs du pays pour chaque catégorie qu’il fournit (observateurs et officiers d’état-major, contingents, policiers hors unités constituées, unités de police constituées) sont au moins égaux à ceux de l’ONU pour cette catégorie.",
      "Comme au niveau 2 ; en outre, lors du déploiement le plus récent, chaque catégorie a atteint l’objectif de l’ONU qui lui était applicable, et les mesures issues de l’évaluation des obstacles sont financées.",
    ],
  },
  "indicators:women-participation": {
    guidance:
      "Retenez les objectifs de l’ONU en vigueur au moment de l’évaluation pour chaque catégorie, catégories de police comprises ; le questionnaire ne fixe pas les pourcentages. Une évaluation des obstacles recense ce qui empêche les femmes d’être déployées ; la méthode MOWIP du DCAF est celle que recommande le Fonds de l’Initiative Elsie, qui demande une évaluation des obstacles crédible avant de financer un projet.",
  },
  "indicators:trainers-mobile-teams": {
    guidance:
      "Les formateurs formés par l’ONU sont ceux qui ont suivi un cours de formation de formateurs des Nations Unies. Le niveau 3 prend en compte l’enseignement dispensé à d’autres pays contributeurs au sein d’équipes mobiles de formation de l’ONU ou de programmes de partenaires.",
  },
  "indicators:civilian-wog-training": {
    title: "Formation des fonctionnaires civils",
    question:
      "Les fonctionnaires civils qui travaillent sur les contributions à l’ONU (diplomates, personnel du développement, agents de la police et de la justice) y sont-ils formés ?",
    levels: [
      "Aucune formation sur les opérations de paix des Nations Unies n’est proposée aux fonctionnaires civils.",
      "Les fonctionnaires civils peuvent suivre des cours militaires ou des cours en ligne de l’ONU, mais aucun n’est exigé pour leur poste.",
      "Les fonctionnaires occupant des postes liés aux contributions à l’ONU suivent un cours sur les opérations de paix des Nations Unies, l’analyse des conflits et les relations civilo-militaires, et ce suivi est enregistré.",
      "Comme au niveau 2 ; en outre, fonctionnaires civils et militaires s’entraînent ensemble lors d’au moins un exercice par an.",
    ],
    guidance: "Justificatifs : la liste des postes, les relevés de suivi des cours, le plan de l’exercice commun.",
  },
  "indicators:senior-leadership-pipeline": {
    title: "Candidats aux postes de direction des missions",
    question:
      "Le pays prépare-t-il des candidats aux postes de direction des missions et aux postes clés des quartiers généraux de la force ou de la police ?",
    levels: [
      "Personne ne recense les ressortissants qui pourraient occuper des postes de direction de mission ou des postes clés de quartier général.",
      "Les candidats sont présentés au cas par cas lorsque l’ONU publie un poste, sans liste préparée.",
      "Une liste de candidats préparés aux postes de direction de mission et de quartier général est tenue, comptant au moins 40 % de femmes, et les candidats inscrits suivent les cours de l’ONU destinés aux hauts responsables.",
      "Comme au niveau 2 ; en outre, un candidat national a été nommé à un poste de direction de mission ou de quartier général au cours des cinq dernières années.",
    ],
    guidance:
      "La part de 40 % de femmes relève d’un jugement d’experts, à réexaminer lors de la phase pilote. Justificatifs : la liste et les relevés de cours.",
  },
  "indicators:mediation-negotiation": {
    guidance:
      "Le minimum de trois jours relève d’un jugement d’experts, à réexaminer lors de la phase pilote. Le niveau 3 énumère deux faits ; les deux doivent être réunis.",
  },
  "indicators:civil-military-coordination": {
    guidance:
      "L’UN-CMCoord est la coordination civilo-militaire humanitaire de l’ONU ; la seule doctrine nationale CIMIC relève du niveau 1.",
  },
  "2026.2|indicators:communication-engagement-skills": {
    title: "Compétences de dialogue avec la population",
    levels: {
      0: "Aucune formation au dialogue avec les populations locales n’est dispensée.",
      1: "Le dialogue avec la population est abordé dans un cours magistral ou une séance d’information, sans exercice pratique.",
      2: "Tous les chefs de patrouille suivent une formation pratique au dialogue avec la population et au travail avec des interprètes et des assistants chargés de la liaison avec la population locale.",
    },
  },
  "indicators:communication-engagement-skills": {
    guidance:
      "Les relations avec les médias sont une autre compétence et ne comptent pas ici. Justificatifs : le programme et les relevés de suivi.",
  },
  "indicators:peacekeeping-intelligence": {
    guidance:
      "Le renseignement aux fins du maintien de la paix obéit à la politique de l’ONU et à ses limites, qui diffèrent du renseignement militaire national.",
  },
  "2026.2|indicators:language-capability": {
    title: "Langues de la mission",
    levels: {
      0: "Personne ne recense quels membres du personnel parlent les langues des missions envisagées.",
      1: "Les compétences linguistiques sont recensées, mais il n’existe aucun plan linguistique fixant des objectifs par relève, ou ses objectifs ne sont pas atteints.",
      2: "Un plan linguistique fixe des objectifs par relève, et tous les officiers de liaison ainsi qu’au moins une personne sur dix d’une relève ont un niveau certifié par un test dans la langue de travail de la mission.",
    },
  },
  "indicators:language-capability": {
    guidance:
      "La proportion d’une personne sur dix relève d’un jugement d’experts, à réexaminer lors de la phase pilote. Justificatifs : résultats des tests par personne et le plan.",
  },
  "indicators:cultural-political-awareness": {
    guidance: "Le minimum de deux jours relève d’un jugement d’experts, à réexaminer lors de la phase pilote.",
  },
  "indicators:unlearning-assumptions": {
    guidance: "Le séminaire examine des cas ; il ne prescrit pas quels arrangements conviennent à une société hôte.",
  },
  "2026.2|indicators:conflict-complexity": {
    question:
      "Enseigne-t-on au personnel militaire et aux fonctionnaires civils comment la sécurité, le développement et les dynamiques transfrontalières interagissent dans les conflits ?",
    levels: {
      1: "Une introduction générale à l’analyse des conflits est dispensée, ou le module complet n’est enseigné qu’au personnel militaire.",
      2: "Les officiers d’état-major et les fonctionnaires civils qui travaillent sur les contributions suivent un module sur les liens entre sécurité et développement, les facteurs transnationaux tels que les trafics, et les tensions entre consolidation de la paix et construction de l’État.",
      3: "Comme au niveau 2 ; en outre, le module est co-animé avec la fonction de développement ou la société civile et comporte un exercice d’analyse de conflit.",
    },
  },
  "indicators:conflict-complexity": {
    guidance: "Justificatifs : le programme du module et la présence de participants militaires et civils.",
  },
  "indicators:interoperability": {
    title: "Interopérabilité avec les autres pays contributeurs",
    question:
      "Le personnel du pays s’entraîne-t-il et travaille-t-il avec d’autres pays contributeurs selon les normes de l’ONU ?",
    levels: [
      "Le personnel ne s’est ni entraîné ni déployé avec le personnel d’autres pays contributeurs au cours des cinq dernières années.",
      "Le personnel a participé à des exercices multinationaux, mais aucun n’était fondé sur les procédures de l’ONU.",
      "Au cours des trois dernières années, le personnel a participé à un exercice multinational fondé sur les procédures de l’ONU, et un partenariat écrit avec un autre pays contributeur couvre la formation ou le déploiement conjoint.",
      "Comme au niveau 2 ; en outre, le pays a déployé conjointement une capacité, ou en a partagé les relèves, avec un partenaire dans une mission de l’ONU au cours des cinq dernières années.",
    ],
    guidance: "Le niveau 3 se démontre en déploiement ; les niveaux 0 à 2 peuvent être atteints avant.",
  },
  "2026.2|gates:pdt-certification>3": {
    why: "Chaque personne déployée doit être formée aux normes de l’ONU ; un suivi partiel ou non enregistré enfreint cette obligation.",
  },
  "2026.2|recommendations:cptm-alignment": {
    owner: training,
    rationale:
      "Former chaque personne déployée aux normes de l’ONU incombe au pays contributeur ; les CPTM et les STM sont ces normes.",
  },
  "2026.2|recommendations:un-training-recognition": {
    action:
      "Demander la reconnaissance par l’ONU du cours national de formation préalable au déploiement et la maintenir à jour.",
    owner: training,
    rationale:
      "La reconnaissance par l’ONU est le contrôle extérieur qui atteste que la formation nationale respecte ses normes.",
  },
  "2026.2|recommendations:poc-crsv-scenario-training": {
    owner: training,
    rationale:
      "La protection des civils et la réponse aux violences sexuelles sont au cœur de la plupart des mandats et font partie de la formation de base de l’ONU.",
  },
  "2026.2|recommendations:women-participation-plan": {
    action:
      "Mener une évaluation crédible des obstacles (la méthode MOWIP du DCAF est celle que recommande le Fonds de l’Initiative Elsie), financer les mesures qui en découlent et fixer pour chaque catégorie fournie des objectifs au moins égaux à ceux de l’ONU, catégories de police comprises.",
    owner: "Défense — direction des ressources humaines",
    rationale:
      "L’ONU fixe des objectifs de parité par catégorie de personnel en tenue, et le Fonds de l’Initiative Elsie demande une évaluation des obstacles crédible avant de financer un projet.",
  },
  "2026.2|recommendations:train-the-trainers": {
    owner: training,
    rationale:
      "Un vivier national de formateurs fait durer la formation aux normes de l’ONU au-delà de la première relève.",
  },
  "2026.2|recommendations:offer-mobile-training-teams": {
    title: "Proposer des formateurs nationaux là où d’autres pays contributeurs en ont besoin",
    action:
      "Inscrire le pays comme fournisseur de formation auprès du Mécanisme de coordination léger de l’ONU, qui met en relation les fournisseurs et les besoins des pays contributeurs, et proposer des formateurs aux équipes mobiles de formation en commençant par les domaines où le cours national est reconnu.",
    owner: defencePolicy,
    rationale:
      "L’article suggère que les puissances moyennes peuvent montrer la voie en partageant leurs avantages ; le Mécanisme de coordination léger est l’intermédiaire de l’ONU pour ce type d’offres.",
  },
  "2026.2|recommendations:scenario-capstone-exercise": { owner: training },
  "2026.2|recommendations:pki-training": {
    owner: training,
    rationale:
      "L’article range le renseignement aux fins du maintien de la paix et le recueil d’informations parmi les compétences qui renforcent la capacité d’adaptation.",
  },
  "recommendations:civilian-peace-ops-course": {
    title: "Former les fonctionnaires civils qui travaillent sur les contributions",
    action:
      "Exiger des fonctionnaires occupant des postes liés aux contributions à l’ONU (diplomates, personnel du développement, de la police et de la justice) qu’ils suivent un cours sur les opérations de paix des Nations Unies, l’analyse des conflits et les relations civilo-militaires, et les entraîner avec les militaires lors d’un exercice annuel.",
    owner: unDivision,
    rationale:
      "L’article demande aux institutions militaires comme civiles de comprendre la complexité des conflits et de la paix.",
  },
  "recommendations:multinational-partnership": {
    title: "S’associer à un autre pays contributeur pour la formation et le déploiement conjoint",
    action:
      "Participer à un exercice multinational fondé sur les procédures de l’ONU et conclure avec un autre pays contributeur un partenariat couvrant la formation combinée, le partage des relèves ou le déploiement conjoint d’une capacité.",
    owner: defencePolicy,
    rationale:
      "L’article attend des compétences partagées qu’elles améliorent l’interopérabilité, et d’échanges répétés qu’ils fassent naître une culture de coopération.",
  },
  "recommendations:senior-leadership-slate": {
    title: "Préparer une liste paritaire de candidats aux postes de direction",
    action:
      "Tenir une liste de candidats préparés aux postes de direction de mission et de quartier général comptant au moins 40 % de femmes, les inscrire aux cours de l’ONU destinés aux hauts responsables, et présenter des candidats de cette liste lorsque des postes s’ouvrent.",
    owner: unDivision,
    rationale:
      "Les postes de direction permettent aux puissances moyennes de montrer la voie, comme l’article les y invite ; la part de 40 % relève d’un jugement d’experts.",
  },
  "2026.2|recommendations:mediation-course": {
    owner: training,
    rationale:
      "L’article range la médiation et la résolution interactive des problèmes parmi les nouvelles tâches du soldat-diplomate.",
  },
  "2026.2|recommendations:un-cmcoord-course": { owner: training },
  "2026.2|recommendations:community-engagement-training": { owner: training },
  "2026.2|recommendations:language-crash-courses": { owner: training },
  "2026.2|recommendations:language-plan": { owner: training },
  "2026.2|recommendations:mission-context-module": {
    owner: training,
    rationale:
      "L’article veut que le personnel déployé saisisse l’histoire, la vie politique et les systèmes de sens des lieux où il sert.",
  },
  "2026.2|recommendations:unlearning-seminar": {
    owner: training,
    rationale:
      "L’article affirme que la formation doit aider à désapprendre les présupposés libéraux, afin que les communautés choisissent leur propre avenir.",
  },
  "2026.2|recommendations:conflict-complexity-module": {
    action:
      "Ajouter pour les officiers d’état-major et les fonctionnaires civils un module sur les liens entre sécurité et développement, les facteurs transnationaux et la tension entre consolidation de la paix et construction de l’État, co-animé avec la fonction de développement.",
    owner: training,
  },
});

import type { NestedTexts } from "../flatten.ts";

/** French of the training recommendations. */
export const trainingRecommendationsFr: NestedTexts = {
  "recommendations:cptm-alignment": {
    title: "Aligner la formation préalable au déploiement sur les CPTM et les STM",
    action:
      "Refondre la formation préalable au déploiement sur la base des supports pédagogiques de base préalables au déploiement (CPTM) et des supports de formation spécialisée (STM) propres à chaque fonction, enregistrer le suivi de chaque personne et le certifier par écrit à l’ONU.",
    owner: "Commandement de la formation des armées",
    rationale:
      "L’article fait de la formation à de nouveaux types de tâches l’un de ses trois axes de réforme ; les normes de l’ONU en constituent le socle commun.",
  },
  "recommendations:un-training-recognition": {
    title: "Demander la reconnaissance du cours national par l’ONU",
    action:
      "Demander au Service intégré de formation des Nations Unies la reconnaissance du cours national de formation préalable au déploiement et la renouveler tous les trois ans.",
    owner: "Centre de formation aux opérations de soutien à la paix",
    rationale:
      "L’article attend des puissances moyennes qu’elles montrent l’exemple en matière de crédibilité ; une formation reconnue par l’ONU elle-même en apporte la preuve.",
  },
  "recommendations:poc-crsv-scenario-training": {
    title:
      "Fonder sur des mises en situation la formation à la protection des civils et aux violences sexuelles liées aux conflits",
    action:
      "Remplacer les cours magistraux par une formation évaluée, fondée sur des mises en situation, à la protection des civils et à la réponse aux violences sexuelles liées aux conflits pour chaque personne déployée, et former un point focal genre dans chaque unité.",
    owner: "Commandement de la formation des armées, avec le conseiller pour les questions de genre",
    rationale:
      "L’article veut une paix inclusive et représentative, ce qui commence par la protection des civils que servent les missions.",
  },
  "recommendations:women-participation-plan": {
    title: "Évaluer et lever les obstacles au déploiement des femmes",
    action:
      "Mener une évaluation des obstacles (par exemple selon la méthode de l’Initiative Elsie), financer les mesures qui en découlent et fixer des objectifs annuels conformes à la stratégie de parité des genres des Nations Unies pour le personnel en tenue.",
    owner: "Ministère de la Défense — direction des ressources humaines",
    rationale:
      "L’article appelle à une consolidation de la paix représentative et inclusive ; des contingents comptant des femmes en font partie.",
  },
  "recommendations:train-the-trainers": {
    title: "Étoffer un vivier de formateurs formés par l’ONU",
    action:
      "Envoyer des instructeurs aux cours de formation de formateurs des Nations Unies jusqu’à ce que le vivier puisse dispenser toute la formation préalable au déploiement, et tenir un fichier assorti d’un plan de remplacement des départs.",
    owner: "Commandement de la formation des armées",
    rationale:
      "L’article réclame un ensemble entièrement nouveau de compétences ; c’est un vivier national de formateurs qui les rend durables.",
  },
  "recommendations:offer-mobile-training-teams": {
    title: "Proposer des formateurs nationaux aux équipes mobiles de formation de l’ONU",
    action:
      "Proposer des formateurs aux équipes mobiles de formation de l’ONU ou aux cours de pays partenaires, en commençant par les domaines où le cours national est reconnu.",
    owner: "Ministère de la Défense — direction des affaires internationales",
    rationale:
      "L’article suggère que les puissances moyennes disposent d’avantages comparatifs qu’elles peuvent partager pour conduire la nouvelle génération d’opérations.",
  },
  "recommendations:scenario-capstone-exercise": {
    title: "Conclure la formation préalable au déploiement par un exercice réaliste",
    action:
      "Clore chaque cours par un exercice de plusieurs jours avec des figurants civils, policiers et locaux, évalué selon des critères écrits, et reprendre la formation de ceux qui n’atteignent pas le niveau requis.",
    owner: "Centre de formation aux opérations de soutien à la paix",
    rationale:
      "L’article valorise l’expérimentation ; un exercice réaliste permet de s’exercer sans danger au rôle de soldat-diplomate.",
  },
  "recommendations:pki-training": {
    title: "Former selon la politique des Nations Unies relative au renseignement aux fins du maintien de la paix",
    action:
      "Former toutes les personnes affectées à des fonctions de renseignement à la politique des Nations Unies relative au renseignement aux fins du maintien de la paix et à ses limites, et enseigner aux chefs de patrouille le recueil d’informations et les formats de compte rendu de la mission.",
    owner: "École du renseignement de défense",
    rationale:
      "L’article cite le renseignement aux fins du maintien de la paix et le recueil d’informations parmi les formations qui renforcent la capacité d’adaptation.",
  },
  "recommendations:mediation-course": {
    title: "Enseigner la médiation et la négociation pratiques",
    action:
      "Faire suivre aux officiers et sous-officiers des postes de commandement un cours d’au moins trois jours de médiation, de négociation et de résolution conjointe des problèmes par jeux de rôle, co-animé par des médiateurs civils.",
    owner: "Commandement de la formation des armées, avec l’unité de médiation du ministère des Affaires étrangères",
    rationale:
      "L’article du CIPS range la médiation et la résolution interactive des problèmes parmi les nouvelles tâches du soldat-diplomate.",
  },
  "recommendations:un-cmcoord-course": {
    title: "Former le personnel civilo-militaire à l’UN-CMCoord",
    action:
      "Envoyer le personnel des postes civilo-militaires suivre un cours UN-CMCoord avant le déploiement et intégrer les principes humanitaires à la formation préalable au déploiement.",
    owner: "Commandement de la formation des armées",
    rationale:
      "L’article fait de la coordination civilo-militaire et de la coopération sur le terrain des outils essentiels des opérations à venir.",
  },
  "recommendations:community-engagement-training": {
    title: "Former les chefs de patrouille au dialogue avec la population",
    action:
      "Former chaque chef de patrouille au dialogue avec la population et au travail avec des interprètes et des assistants chargés de la liaison avec la population locale, et préparer ensemble des équipes d’engagement mixtes.",
    owner: "Commandement de la formation des armées",
    rationale:
      "L’article réclame des compétences de communication et interculturelles pour que les Casques bleus agissent par la relation, et non derrière des murs.",
  },
  "recommendations:language-crash-courses": {
    title: "Financer des cours de langue intensifs pour la prochaine relève",
    action:
      "Financer des cours intensifs dans la langue de travail de la mission pour les officiers de liaison et d’état-major de la prochaine relève, et les évaluer avant le départ.",
    owner: "École des langues de la défense",
    rationale:
      "L’article lie les compétences linguistiques à la capacité de travailler avec les acteurs locaux selon leurs propres termes.",
  },
  "recommendations:language-plan": {
    title: "Adopter un plan linguistique assorti d’objectifs évalués",
    action:
      "Fixer pour chaque relève des objectifs de niveau certifié en français, en arabe et dans les autres langues des missions, financer des cours de trois mois ou plus et enregistrer les résultats de chaque personne.",
    owner: "École des langues de la défense, avec la direction des ressources humaines",
    rationale:
      "L’article range les langues parmi les compétences qui améliorent l’interopérabilité et la compréhension du sens local.",
  },
  "recommendations:mission-context-module": {
    title: "Enseigner l’histoire, la vie politique et la culture de la zone de la mission",
    action:
      "Ajouter un module propre à la mission, d’au moins deux jours, assuré par des spécialistes de la région et des ressortissants du pays hôte, et le mettre à jour avant chaque relève.",
    owner: "Centre de formation aux opérations de soutien à la paix, avec des spécialistes de la région",
    rationale:
      "L’article veut que le personnel déployé saisisse l’histoire, la vie politique, les coutumes et les systèmes de croyances des lieux où il sert.",
  },
  "recommendations:unlearning-seminar": {
    title: "Organiser un séminaire qui interroge les modèles importés de construction de l’État",
    action:
      "Tenir, pour le personnel déployé, les planificateurs et les hauts responsables, un séminaire doté d’un objectif pédagogique écrit, consacré à des cas où des institutions importées ont échoué tandis que des arrangements locaux ont tenu.",
    owner: "École d’état-major",
    rationale:
      "L’article du CIPS affirme que la formation doit aider à désapprendre les présupposés libéraux, afin que les communautés choisissent leur propre avenir.",
  },
  "recommendations:conflict-complexity-module": {
    title: "Enseigner les interactions entre sécurité, développement et dynamiques transfrontalières",
    action:
      "Ajouter pour les officiers d’état-major un module sur les liens entre sécurité et développement, les facteurs transnationaux et la tension entre consolidation de la paix et construction de l’État, co-animé avec le ministère du Développement.",
    owner: "École d’état-major, avec le ministère du Développement",
    rationale:
      "L’article fait commencer la formation par la manière dont la sécurité, le développement et les dynamiques transnationales façonnent les conflits et la paix.",
  },
};

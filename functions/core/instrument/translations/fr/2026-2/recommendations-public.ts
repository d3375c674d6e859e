import { flatten, type TranslationTable } from "../../flatten.ts";

const defencePolicy = "Défense — politique de défense et relations internationales";
const headOfGovernment = "Services du chef du gouvernement (secrétariat général du gouvernement)";
const publicAffairs = "Communication de la Défense et des Affaires étrangères";
const unDivision = "Affaires étrangères — direction des Nations Unies et des affaires multilatérales";
const personnel = "Défense — direction des ressources humaines";
const jointOperations = "Défense — commandement des opérations interarmées";

/** French of 2026.2's public-information and risk recommendations (new ones and `2026.2|` overrides). */
export const publicRecommendations2026_2Fr: TranslationTable = flatten({
  "2026.2|recommendations:adopt-casualty-risk-policy": {
    owner: defencePolicy,
    rationale:
      "L’article soutient que revenir suppose d’accepter davantage de risques, et que cette acceptation commence par une autorité habilitée à en décider.",
  },
  "2026.2|recommendations:record-deployment-risk-decisions": { owner: headOfGovernment },
  "2026.2|recommendations:casevac-assurance": {
    title: "Vérifier la chaîne d’évacuation sanitaire au regard de la politique CASEVAC des Nations Unies",
    action:
      "Faire évaluer par le service de santé des armées la chaîne d’évacuation de chaque mission envisagée au regard des délais 10-1-2, tels que les applique la politique des Nations Unies relative à l’évacuation sanitaire primaire (DOS/2020.7), prévoir un secours national ou partenaire pour chaque lacune, et rendre compte du résultat au ministre.",
    owner: "Défense — service de santé",
    rationale:
      "La politique CASEVAC des Nations Unies fixe les délais qu’une mission s’efforce de tenir ; savoir où ils ne peuvent pas l’être permet au gouvernement d’accepter ouvertement le risque qui subsiste.",
  },
  "2026.2|recommendations:review-national-caveats": {
    title:
      "Déclarer les restrictions avant le déploiement et supprimer celles qui confinent le personnel dans les bases",
    action:
      "Recenser chaque restriction nationale avec sa justification écrite, supprimer celles qui interdisent les patrouilles hors des bases, les déplacements de nuit ou des tâches prescrites, et déclarer les autres à l’ONU avant le déploiement.",
    owner: jointOperations,
    rationale:
      "Des restrictions non déclarées ou trop contraignantes ne passent pas l’étape de la constitution des forces de l’ONU, et l’article soutient que des missions retranchées coupent les Casques bleus du dialogue local dont dépend la paix.",
  },
  "2026.2|recommendations:presence-targets": {
    title: "Inscrire des attentes de présence dans la directive de déploiement",
    action:
      "Fixer dans la directive nationale des attentes en matière de patrouilles, de bases opérationnelles temporaires et de réunions avec la population, avec un format de compte rendu mensuel à la capitale, avant le prochain déploiement.",
    owner: jointOperations,
  },
  "recommendations:national-investigation-officers": {
    title: "Désigner et former des enquêteurs nationaux",
    action:
      "Désigner des enquêteurs nationaux formés pour chaque contingent, rédiger une procédure respectant les délais d’enquête du mémorandum d’accord, et l’exercer avant le prochain déploiement.",
    owner: personnel,
    rationale:
      "Les pays contributeurs répondent des enquêtes sur les manquements de leur personnel ; des enquêteurs désignés et formés à l’avance rendent cette réponse crédible.",
  },
  "recommendations:human-rights-screening": {
    title: "Vérifier les antécédents de chaque personne déployée et le certifier",
    action:
      "Vérifier les antécédents de chaque personne proposée pour servir auprès de l’ONU, y compris en matière de droits humains, consigner le résultat pour chacune et le certifier à l’ONU comme elle l’exige.",
    owner: personnel,
    rationale:
      "La politique de tolérance zéro de l’ONU à l’égard de l’exploitation et des atteintes sexuelles commence par le choix des personnes envoyées.",
  },
  "2026.2|recommendations:local-ownership-statement": {
    owner: unDivision,
    rationale:
      "L’article soutient que la légitimité locale peut coûter aux acteurs extérieurs une part de contrôle, et que ce prix vaut d’être payé.",
  },
  "2026.2|recommendations:publish-local-partner-evaluation": {
    owner: "Fonction de développement (agence ou direction du ministère des Affaires étrangères)",
    rationale:
      "L’article valorise les changements modestes définis localement ; une évaluation publiée les rend visibles.",
  },
  "recommendations:documented-mandate": {
    title: "Documenter la décision de contribuer et consulter au-delà du gouvernement",
    action:
      "Faire prendre par l’autorité constitutionnellement compétente une décision documentée de contribuer, consulter au préalable les principaux groupes politiques hors du gouvernement, et envisager un cadre permanent qui autorise par avance une enveloppe pluriannuelle et précise la conduite à tenir après un décès.",
    owner: headOfGovernment,
    rationale:
      "L’article lie le soutien de l’opinion aux coûts et aux risques ; une décision concertée qui anticipe les pertes y résiste mieux, quel que soit l’organe qui la prend.",
  },
  "2026.2|recommendations:annual-committee-briefing": {
    title: "Informer chaque année la commission parlementaire compétente",
    action:
      "Prévoir une audition annuelle de la commission parlementaire compétente sur les contributions à l’ONU en cours et envisagées.",
    owner: defencePolicy,
    rationale:
      "L’article attend du soutien qu’il naisse d’une compréhension progressive et continue plutôt que d’annonces ponctuelles.",
  },
  "2026.2|recommendations:measure-public-support": {
    owner: publicAffairs,
    rationale:
      "L’article note que le soutien varie avec les coûts, les risques et les résultats perçus ; il faut donc le mesurer, et non le présumer.",
  },
  "2026.2|recommendations:responsibility-narrative": {
    owner: publicAffairs,
    rationale:
      "L’article invite à remplacer les justifications fondées sur la peur ou les valeurs par la responsabilité ; il n’apporte pas encore la preuve que cela accroît le soutien : il faut donc tester les messages.",
  },
  "recommendations:public-education-linkages": {
    title: "Expliquer les liens historiques et économiques qui fondent les contributions",
    action:
      "Mener avec les écoles, les universités et les médias un programme d’éducation du public sur la manière dont l’histoire coloniale et la mondialisation relient le pays aux lieux où servent les missions, et tester ses messages sur deux vagues de sondage.",
    owner: publicAffairs,
    rationale:
      "L’article invoque la responsabilité et la complicité, fondées sur ces liens, comme raison d’être du soutien de l’opinion.",
  },
  "2026.2|recommendations:annual-results-report": { owner: unDivision },
  "2026.2|recommendations:elite-career-track": {
    owner: personnel,
    rationale:
      "L’article demande que le maintien de la paix soit perçu comme un travail d’élite confié à des spécialistes dotés d’un savoir-faire diplomatique.",
  },
  "2026.2|recommendations:incident-communication-protocol": {
    title: "Préparer un protocole en cas d’incident et une chaîne de notification avec l’ONU",
    action:
      "Rédiger un protocole d’annonce des pertes et des allégations de manquement qui désigne le porte-parole, fixe un délai pour la première déclaration et prévoit la liaison avec les familles ; convenir de la chaîne de notification avec la mission permanente et l’ONU ; l’exercer tous les deux ans.",
    owner: publicAffairs,
    rationale:
      "L’article rappelle que ces opérations comportent un risque réel ; bien expliquer un incident évite qu’un seul revers mette fin au soutien.",
  },
  "recommendations:counter-disinformation": {
    title: "Se préparer à répondre à la désinformation sur la contribution",
    action:
      "Convenir avec les communicants de la mission et de l’ONU de la manière de détecter les fausses informations visant le personnel national et d’y répondre, et désigner qui répond dans la capitale.",
    owner: publicAffairs,
    rationale:
      "La communication stratégique face à la mésinformation et à la désinformation est une priorité d’A4P+ ; la seule communication de crise nationale n’y suffit pas.",
  },
  "2026.2|recommendations:multi-year-funding": {
    title: "Garantir le financement de relèves complètes",
    action:
      "Convenir avec la fonction financière soit d’une enveloppe pluriannuelle, soit d’une règle budgétaire permanente finançant des relèves complètes pendant toute la durée prévue d’une contribution, avec une réserve pour les prolongations et les retards de remboursement de l’ONU.",
    owner: "Fonction financière (Trésor ou direction du budget)",
    rationale:
      "L’article lie un financement stable et global aux opérations adaptatives ; depuis 2025, les retards de remboursement de l’ONU rendent prudente une réserve de trésorerie.",
  },
  "2026.2|recommendations:candidacy-peacekeeping-record": {
    title: "Fonder la candidature au Conseil de sécurité sur des engagements tenus",
    action:
      "Rendre compte avant le vote des engagements de maintien de la paix que le pays a pris et tenus, à l’aide du tableau de suivi des engagements, plutôt que d’en annoncer de nouveaux.",
    owner: unDivision,
    rationale:
      "L’article relève que les ambitions au Conseil ramènent les puissances moyennes vers le maintien de la paix ; c’est un bilan d’engagements tenus qui rend la candidature crédible.",
  },
  "2026.2|recommendations:standing-coordination-body": {
    action:
      "Mettre en place une instance dotée d’un mandat écrit réunissant la défense, les affaires étrangères, la fonction de développement et tout service de police contributeur, qui se réunit au moins chaque trimestre et tient des procès-verbaux.",
    owner: headOfGovernment,
    rationale:
      "L’article avertit que les rivalités institutionnelles paralysent l’action commune, à moins que les ministères ne continuent de négocier entre eux.",
  },
  "2026.2|recommendations:elevate-coordination-body": { owner: headOfGovernment },
  "2026.2|recommendations:joint-deployment-plan": {
    title: "Signer un plan conjoint unique pour chaque contribution",
    action:
      "Rédiger pour la prochaine contribution un plan unique couvrant les volets militaire, diplomatique, développement et police, signé par chacun des ministères ou fonctions concernés.",
    owner: "Instance de coordination interministérielle et son secrétariat",
  },
});

import type { NestedTexts } from "../flatten.ts";

/** French of the public-information recommendations. */
export const publicInformationRecommendationsFr: NestedTexts = {
  "recommendations:adopt-casualty-risk-policy": {
    title: "Adopter une politique signée d’acceptation du risque de pertes",
    action:
      "Rédiger une politique précisant le niveau de risque pour le personnel que le gouvernement accepte lors des déploiements auprès de l’ONU et désignant le ministre comme autorité de décision. La faire approuver par le ministre et prévoir son réexamen tous les trois ans.",
    owner: "Ministère de la Défense — direction de la politique de défense",
    rationale:
      "L’article du CIPS soutient que revenir dans les opérations de paix suppose d’accepter davantage de risques, et qu’accepter un risque commence par désigner qui a le pouvoir d’en décider.",
  },
  "recommendations:record-deployment-risk-decisions": {
    title: "Consigner une décision sur le risque pour chaque déploiement",
    action:
      "Joindre une évaluation écrite des risques à chaque proposition de déploiement et faire consigner par le ministre ou le conseil des ministres la décision de l’accepter.",
    owner: "Services du Premier ministre (secrétariat du conseil des ministres)",
    rationale:
      "L’article insiste sur le fait que ces opérations ne sont pas sans risque ; une décision consignée montre que le risque a été pris en connaissance de cause.",
  },
  "recommendations:casevac-assurance": {
    title: "Vérifier la chaîne d’évacuation sanitaire et en rendre compte",
    action:
      "Faire évaluer par le service de santé des armées la chaîne d’évacuation de la mission au regard de la norme 10-1-2 des Nations Unies, combler les lacunes par des moyens nationaux ou partenaires, et informer le parlement et les familles du résultat.",
    owner: "Ministère de la Défense — service de santé des armées",
    rationale:
      "L’article lie le soutien de l’opinion aux risques que comporte un déploiement ; un soutien médical visible rend leur acceptation défendable.",
  },
  "recommendations:review-national-caveats": {
    title: "Lever les restrictions qui confinent le personnel dans les bases",
    action:
      "Recenser chaque restriction nationale imposée au personnel déployé avec sa justification écrite, supprimer celles qui interdisent les patrouilles hors des bases ou les déplacements de nuit, et déclarer les autres à l’ONU avant le déploiement.",
    owner: "Commandement des opérations interarmées, avec la direction de la politique de défense",
    rationale:
      "L’article du CIPS estime que des missions retranchées et sécurisées à l’excès coupent les Casques bleus du dialogue local dont dépend la paix.",
  },
  "recommendations:presence-targets": {
    title: "Fixer des objectifs de présence hors des bases et en rendre compte",
    action:
      "Inscrire dans le concept d’opérations des objectifs de patrouilles, de bases opérationnelles temporaires et de réunions avec la population, et communiquer chaque mois les chiffres à la capitale.",
    owner: "Commandement des opérations interarmées",
    rationale:
      "L’article demande aux puissances moyennes qui reviennent une présence physique sur le terrain, et non des contributions sur le papier.",
  },
  "recommendations:local-ownership-statement": {
    title: "Affirmer publiquement que les partenaires locaux fixent les priorités",
    action:
      "Inscrire dans la prochaine déclaration de politique étrangère ou de défense l’acceptation explicite que les communautés et autorités hôtes fixent les priorités, même lorsque les résultats diffèrent des préférences nationales.",
    owner: "Ministère des Affaires étrangères — direction de la prospective",
    rationale:
      "L’article fait valoir que la légitimité locale peut coûter aux acteurs extérieurs une part de contrôle, prix qui vaut d’être payé pour une paix durable.",
  },
  "recommendations:publish-local-partner-evaluation": {
    title: "Publier une évaluation du rôle des partenaires locaux dans l’action menée",
    action:
      "Commander une évaluation indépendante d’au moins une contribution à une mission, portant sur la mesure dans laquelle les partenaires locaux ont fixé les priorités, et la publier avec la réponse du gouvernement.",
    owner: "Agence de développement — service de l’évaluation",
    rationale:
      "L’article valorise les changements modestes définis localement ; une évaluation les rend visibles pour le public.",
  },
  "recommendations:cross-party-mandate": {
    title: "Rechercher un mandat pluriannuel et transpartisan",
    action:
      "Présenter au parlement un cadre pluriannuel pour les contributions à l’ONU, comprenant la politique de risque et la conduite à tenir après un décès, et rechercher l’appui des principaux partis d’opposition.",
    owner: "Services du Premier ministre, avec la commission de la défense du parlement",
    rationale:
      "L’article lie le soutien de l’opinion aux coûts et aux risques ; un mandat qui les anticipe résiste mieux à une perte.",
  },
  "recommendations:annual-committee-briefing": {
    title: "Informer chaque année la commission de la défense",
    action:
      "Prévoir une audition annuelle de la commission parlementaire de la défense sur les contributions à l’ONU en cours et envisagées.",
    owner: "Ministère de la Défense — relations avec le parlement",
    rationale:
      "L’article voit le soutien naître d’une compréhension progressive et continue plutôt que d’annonces ponctuelles.",
  },
  "recommendations:measure-public-support": {
    title: "Mesurer le soutien de l’opinion tous les deux ans",
    action:
      "Financer, au moins tous les deux ans, un sondage sur le soutien aux contributions à l’ONU, y compris les risques et les coûts jugés acceptables, et en publier les résultats.",
    owner: "Direction de la communication",
    rationale:
      "L’article note que le soutien varie avec les coûts, les risques et les résultats perçus ; il faut donc le mesurer, et non le présumer.",
  },
  "recommendations:responsibility-narrative": {
    title: "Présenter les contributions comme une responsabilité partagée",
    action:
      "Adopter un plan de communication qui présente les contributions comme une responsabilité partagée dans un monde interdépendant et rend compte de ce que les missions accomplissent, au lieu d’arguments fondés sur la menace ou les valeurs nationales.",
    owner: "Directions de la communication de la Défense et des Affaires étrangères",
    rationale:
      "L’article du CIPS invite à remplacer les justifications fondées sur la peur ou les valeurs par un discours de responsabilité.",
  },
  "recommendations:annual-results-report": {
    title: "Publier un rapport annuel sur les résultats, revers compris",
    action:
      "Publier chaque année ce que les contributions du pays ont permis d’accomplir avec les partenaires locaux, où elles ont été insuffisantes, et pourquoi.",
    owner: "Ministère des Affaires étrangères — direction des Nations Unies",
    rationale:
      "L’article veut que l’argumentaire public repose sur l’efficacité et la légitimité locale plutôt que sur la rapidité ou le coût.",
  },
  "recommendations:elite-career-track": {
    title: "Faire du service auprès de l’ONU une affectation sélective et valorisante",
    action:
      "Intégrer le service en mission des Nations Unies aux critères écrits d’avancement et de sélection, sélectionner le personnel déployé selon des critères publiés, et le présenter dans le recrutement comme des soldats-diplomates spécialisés.",
    owner: "Ministère de la Défense — direction des ressources humaines",
    rationale:
      "L’article demande que le maintien de la paix soit perçu comme un déploiement d’élite confié à des spécialistes dotés d’un savoir-faire diplomatique.",
  },
  "recommendations:incident-communication-protocol": {
    title: "Préparer et répéter un protocole de communication en cas d’incident",
    action:
      "Rédiger un protocole d’annonce des pertes et des manquements qui désigne le porte-parole, fixe un délai pour la première déclaration et prévoit la liaison avec les familles ; l’exercer chaque année avec le bureau de l’information d’une mission des Nations Unies.",
    owner: "Direction de la communication",
    rationale:
      "L’article rappelle que ces déploiements comportent un risque réel ; bien expliquer un incident évite qu’un seul revers mette fin au soutien.",
  },
  "recommendations:multi-year-funding": {
    title: "Garantir une enveloppe budgétaire pluriannuelle",
    action:
      "Convenir avec le ministère des Finances d’une enveloppe d’au moins trois ans couvrant des relèves complètes, assortie d’une réserve pour les prolongations protégée des coupes en cours d’exercice.",
    owner: "Ministère des Finances — direction du budget",
    rationale:
      "L’article soutient que c’est la compréhension, par le public, d’une consolidation de la paix progressive qui rend possible un financement stable et global.",
  },
  "recommendations:candidacy-peacekeeping-record": {
    title: "Fonder la campagne pour le Conseil de sécurité sur un bilan visible en maintien de la paix",
    action:
      "Placer les contributions et réformes en cours du pays au cœur de la campagne, et rendre compte publiquement des progrès avant le vote.",
    owner: "Ministère des Affaires étrangères — direction des Nations Unies",
    rationale:
      "L’article relève que les ambitions au Conseil ramènent les puissances moyennes vers le maintien de la paix ; une candidature a besoin d’un bilan crédible.",
  },
};

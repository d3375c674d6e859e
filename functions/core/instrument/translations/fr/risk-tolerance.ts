import type { NestedTexts } from "../flatten.ts";

/** French of the risk-tolerance dimension: its indicators and gates. */
export const riskToleranceFr: NestedTexts = {
  "dimensions:risk-tolerance": {
    title: "Tolérance au risque",
    description:
      "Le pays est-il prêt à assumer les risques d’une présence au sein de la population, de l’appropriation locale et d’une part de perte de contrôle, et sa classe politique comme son opinion publique soutiendront-elles ce choix dans la durée ?",
  },
  "indicators:casualty-risk-policy": {
    title: "Acceptation du risque de pertes et autorité qui en décide",
    question:
      "Existe-t-il une politique écrite fixant le niveau de risque pour le personnel que le gouvernement accepte, et qui la signe ?",
    levels: [
      "Aucun document ne précise le niveau de risque acceptable pour le personnel déployé auprès de l’ONU, et aucune autorité n’est désignée pour en décider.",
      "Le risque est apprécié au cas par cas par les commandants ou les chargés de dossier ; les décisions sont archivées, mais il n’existe aucune politique écrite.",
      "Une politique écrite d’acceptation du risque de pertes désigne le ministre (ou le conseil des ministres) comme autorité de décision et a été approuvée au cours des trois dernières années.",
      "Comme au niveau 2 ; en outre, chaque décision de déploiement des trois dernières années s’appuie sur une évaluation des risques versée au dossier et présentée au ministre ou au conseil des ministres avant approbation.",
    ],
  },
  "indicators:casualty-evacuation": {
    title: "Évacuation sanitaire et soutien médical",
    question: "Le pays a-t-il vérifié comment ses blessés seraient soignés et évacués dans la zone de la mission ?",
    levels: [
      "Il n’existe aucune évaluation nationale du soutien médical ni de l’évacuation sanitaire dans les zones de mission envisagées.",
      "Le pays s’en remet au dispositif médical de la mission des Nations Unies sans l’avoir examiné.",
      "Le service de santé des armées dispose d’une évaluation écrite de la chaîne d’évacuation de la mission au regard de la norme 10-1-2 des Nations Unies, avec des dispositions nationales de secours pour combler les lacunes constatées.",
      "Comme au niveau 2 ; en outre, la chaîne d’évacuation a été répétée avec la mission ou un partenaire au cours des deux dernières années, et le résultat a été rapporté au ministre.",
    ],
  },
  "indicators:national-caveats": {
    title: "Restrictions nationales (caveats) imposées au personnel déployé",
    question:
      "Quelles restrictions nationales limitent l’action du personnel déployé, et sont-elles déclarées à l’ONU ?",
    levels: [
      "Le personnel déployé opère sous des restrictions qui n’ont jamais été consignées par écrit, ou qui n’ont été déclarées à l’ONU qu’après le déploiement.",
      "Les restrictions sont déclarées par écrit, mais au moins l’une d’elles interdit les patrouilles hors des bases, les déplacements de nuit ou des tâches exigées par le mandat.",
      "Toutes les restrictions sont déclarées à l’ONU avant le déploiement, chacune est justifiée par écrit, et aucune n’interdit les patrouilles hors des bases ni les déplacements de nuit.",
      "Comme au niveau 2 ; en outre, le contingent n’est soumis à aucune restriction allant au-delà de son mémorandum d’accord avec l’ONU, ce que le quartier général de la force a confirmé lors de sa dernière évaluation.",
    ],
  },
  "indicators:presence-beyond-bases": {
    title: "Présence hors des bases plutôt que repli derrière les murs",
    question:
      "À quelle fréquence le personnel du pays (déployé actuellement ou lors du dernier déploiement) travaille-t-il hors des enceintes protégées ?",
    levels: [
      "Le concept d’opérations maintient le personnel dans les enceintes, sauf déplacements escortés ; aucune statistique de patrouille n’est tenue.",
      "Des patrouilles ont lieu hors des bases, mais elles ne sont ni comptabilisées ni rapportées à la capitale.",
      "Des rapports mensuels à la capitale comptabilisent les patrouilles de jour et de nuit hors des bases, dont au moins une patrouille de longue portée ou de nuit par mois.",
      "Comme au niveau 2 ; en outre, le concept d’opérations fixe des objectifs de présence (patrouilles, bases opérationnelles temporaires, réunions avec la population) qui sont suivis et atteints la plupart des mois.",
    ],
  },
  "indicators:local-ownership-acceptance": {
    title: "Acceptation de l’appropriation locale et d’une perte de contrôle",
    question:
      "La politique gouvernementale admet-elle que les acteurs du pays hôte fixent les priorités, même lorsque les résultats s’écartent des siennes ?",
    levels: [
      "Aucun document de politique ne mentionne l’appropriation locale des processus de paix que le pays soutient.",
      "Les documents de politique mentionnent l’appropriation locale, mais chaque activité exige encore un plan conçu et approuvé dans la capitale.",
      "Une stratégie ou un livre blanc publié affirme que les communautés et autorités hôtes fixent les priorités, et accepte des résultats que le pays ne maîtrise pas.",
      "Comme au niveau 2 ; en outre, une évaluation publiée au cours des trois dernières années a examiné comment les partenaires locaux ont orienté les activités du pays dans au moins une mission.",
    ],
  },
  "indicators:parliamentary-mandate": {
    title: "Mandat politique et soutien parlementaire",
    question:
      "Le parlement (ou le conseil des ministres, lorsque la constitution lui confie la décision) a-t-il approuvé les déploiements auprès de l’ONU, et avec quelle majorité ?",
    levels: [
      "Aucune décision gouvernementale ou parlementaire sur la participation aux opérations de paix des Nations Unies n’a été prise au cours des cinq dernières années.",
      "L’exécutif autorise seul les déploiements et en informe le parlement a posteriori.",
      "Le parlement a voté ou approuvé un déploiement ou un cadre de contribution au cours des trois dernières années, et sa commission de la défense est informée au moins une fois par an.",
      "Comme au niveau 2 ; en outre, les principaux partis d’opposition ont voté pour, et l’approbation couvre plusieurs années et prévoit la conduite à tenir si du personnel est tué.",
    ],
  },
  "indicators:public-narrative": {
    title: "Discours public fondé sur la responsabilité et l’efficacité",
    question:
      "Comment le gouvernement explique-t-il au public pourquoi il contribue aux opérations de paix des Nations Unies ?",
    levels: [
      "Aucun ministre ne s’est exprimé publiquement, au cours des deux dernières années, sur les raisons de la contribution du pays.",
      "Les déclarations publiques justifient surtout la contribution par les menaces pesant sur le pays ou par la diffusion de ses valeurs.",
      "Un plan de communication approuvé présente la contribution comme une responsabilité partagée et rend compte de ce que les missions accomplissent, et des ministres l’ont porté publiquement au cours de l’année écoulée.",
      "Comme au niveau 2 ; en outre, un rapport public, au moins annuel, expose les résultats obtenus avec les partenaires locaux, y compris les revers et leurs causes.",
    ],
  },
  "indicators:elite-image": {
    title: "Le maintien de la paix perçu comme un service d’élite exigeant",
    question: "Le service auprès de l’ONU est-il présenté et valorisé comme un emploi spécialisé et sélectif ?",
    levels: [
      "Le service auprès de l’ONU est absent des supports de recrutement et ne compte ni pour l’avancement ni pour la sélection.",
      "Le service auprès de l’ONU figure dans les supports de recrutement ou est reconnu par une médaille, mais ne pèse pas dans les carrières.",
      "Des critères écrits d’avancement ou de sélection valorisent le service en mission des Nations Unies, et les candidats au déploiement sont sélectionnés selon des critères publiés.",
      "Comme au niveau 2 ; en outre, les candidatures pour la dernière relève ont dépassé le nombre de postes disponibles, ratio consigné par la direction des ressources humaines.",
    ],
  },
  "indicators:public-support-measurement": {
    title: "Mesure du soutien de l’opinion publique",
    question:
      "Le gouvernement mesure-t-il le soutien du public aux contributions à l’ONU, y compris les coûts et les risques jugés acceptables ?",
    levels: [
      "Aucun sondage sur les opérations de paix des Nations Unies n’a été réalisé ou commandé au cours des cinq dernières années.",
      "Un sondage, ou une seule question dans une enquête plus large, a été réalisé au cours des cinq dernières années.",
      "Un sondage, au moins tous les deux ans, porte sur le soutien, les risques et les coûts acceptables, et ses résultats sont publiés.",
      "Comme au niveau 2, avec au moins trois vagues comparables ; en outre, le plan de communication s’appuie sur l’évolution observée pour arrêter ses messages.",
    ],
  },
  "indicators:incident-communication": {
    title: "Communication stratégique en cas d’incident",
    question:
      "Existe-t-il un plan, déjà répété, pour informer le public de pertes ou de manquements survenus en déploiement ?",
    levels: [
      "Aucun plan n’existe pour annoncer des pertes ou des manquements impliquant le personnel déployé.",
      "Un plan général de communication de crise existe, mais il ne traite ni des déploiements, ni des familles, ni des partenaires onusiens.",
      "Un protocole écrit pour les incidents en déploiement désigne le porte-parole, fixe un délai pour la première déclaration, prévoit la liaison avec les familles, et a été exercé au cours des deux dernières années.",
      "Comme au niveau 2 ; en outre, le protocole a été exercé conjointement avec le bureau de l’information de la mission des Nations Unies, et chaque incident réel donne lieu à un retour d’expérience écrit.",
    ],
  },
  "indicators:funding-stability": {
    title: "Stabilité du financement des contributions",
    question: "Dans quelle mesure le financement d’un déploiement est-il garanti sur toute sa durée prévue ?",
    levels: [
      "Les coûts de déploiement sont couverts par des redéploiements de crédits en cours d’exercice ; il n’existe aucune ligne budgétaire dédiée.",
      "Une ligne budgétaire annuelle dédiée existe, mais elle a été réduite en cours d’exercice ou ne couvre pas une relève complète.",
      "Une enveloppe budgétaire d’au moins trois ans pour les contributions à l’ONU est approuvée par le ministère des Finances et couvre des relèves complètes.",
      "Comme au niveau 2 ; en outre, une réserve pour les prolongations ou les imprévus est protégée des coupes en cours d’exercice par une règle écrite.",
    ],
  },
  "gates:casualty-risk-policy>3": {
    why: "Sans décision signée sur le risque acceptable, la première perte peut mettre fin à une contribution, quels que soient les autres acquis.",
  },
  "gates:parliamentary-mandate>4": {
    why: "Un déploiement sans mandat politique explicite risque d’être remis en cause dès que les coûts apparaissent.",
  },
  "gates:national-caveats>4": {
    why: "Les restrictions aux patrouilles maintiennent le personnel derrière les murs, ce qui ruine la présence, quelle que soit la bonne volonté du reste du dispositif.",
  },
  "gates:incident-communication>5": {
    why: "Une forte tolérance au risque ne dure que si le gouvernement sait expliquer un incident rapidement et de façon crédible.",
  },
};

import { flatten, type TranslationTable } from "../../flatten.ts";

/** French of 2026.2's risk-tolerance texts: new items, and `2026.2|` overrides where 2026.2 reworded a 2026.1 text. */
// Flattened here, so that spreading it into the French table cannot replace a 2026.1 item's whole entry.
export const riskTolerance2026_2Fr: TranslationTable = flatten({
  "2026.2|instrument": {
    description:
      "Une auto-évaluation, destinée aux ministères d’un pays qui envisage de revenir dans les opérations de paix des Nations Unies, de sa tolérance au risque, de la capacité d’adaptation de ses institutions et de la préparation de son personnel. Elle associe les exigences de l’ONU envers les pays contributeurs (chaque élément cite le document de l’ONU sur lequel il repose) à l’argumentaire d’un article du CIPS sur le retour des puissances moyennes ; les éléments qui traduisent la thèse, discutée, de cet article sont signalés comme normatifs.",
  },
  instrument: {
    levelRule:
      "Les niveaux sont cumulatifs : chacun inclut tout ce qui le précède. Lorsqu’un niveau énumère plusieurs faits, tous doivent être réunis ; si certains seulement le sont, retenez le niveau le plus élevé dont tous les faits sont réunis. Une proposition introduite par « mais » explique pourquoi le niveau suivant n’est pas atteint et ne constitue pas une condition. Le niveau 0 couvre tous les cas qui n’atteignent pas le niveau 1.",
  },
  "2026.2|dimensions:risk-tolerance": {
    description:
      "Le pays est-il prêt à assumer les risques de la présence sur le terrain, de l’appropriation locale et d’une part de perte de contrôle, peut-il répondre de la conduite de son personnel, et sa classe politique comme son opinion publique soutiendront-elles ce choix dans la durée ?",
  },
  "indicators:casualty-risk-policy": {
    guidance:
      "Justificatifs : la politique signée et, pour le niveau 3, les propositions de déploiement avec leurs évaluations des risques. L’« autorité de décision » est l’autorité que la constitution ou les règles de fonctionnement du gouvernement rendent responsable de l’acceptation du risque pour le personnel.",
  },
  "indicators:political-mandate": {
    title: "Mandat politique des contributions",
    question:
      "Comment la décision de contribuer aux opérations de paix des Nations Unies est-elle prise, et quelle est l’ampleur et la durabilité du soutien sur lequel elle repose ?",
    levels: [
      "Aucune décision de contribuer aux opérations de paix des Nations Unies n’a été prise au cours des cinq dernières années par l’autorité que la constitution rend compétente.",
      "L’autorité compétente (gouvernement, chef de l’État ou parlement, selon la constitution) a décidé une contribution, mais au cas par cas, sans consultation au-delà du ou des partis au pouvoir.",
      "L’autorité compétente a pris une décision documentée au cours des trois dernières années, et les principaux groupes politiques hors du gouvernement ont été consultés ou informés au préalable, la consultation étant consignée.",
      "Comme au niveau 2 ; en outre, un cadre permanent adopté par l’autorité compétente autorise par avance une enveloppe de contributions sur plusieurs années et précise la réponse du pays si du personnel est tué.",
    ],
    guidance:
      "L’élément est neutre quant à la forme de gouvernement : une décision de l’exécutif, dans un système où l’exécutif décide, vaut autant qu’un vote du parlement là où le parlement décide. La consultation peut prendre la forme d’une audition en commission, d’un vote ou d’une réunion documentée avec les chefs de l’opposition. Justificatifs : la décision, la trace de la consultation, le texte du cadre.",
  },
  "indicators:public-narrative": {
    guidance:
      "Justificatifs : discours ministériels, plan de communication et rapport annuel. Le niveau 2 énumère plusieurs faits ; tous doivent être réunis. La « responsabilité partagée » consiste à argumenter à partir des liens entre le pays et les lieux qu’il aide, et non à partir de la menace ou de la diffusion de ses propres valeurs.",
  },
  "indicators:elite-image": {
    guidance:
      "Justificatifs : supports de recrutement, critères d’avancement et de sélection, et relevé par la direction des ressources humaines des candidatures par rapport aux postes lors de la dernière sélection.",
  },
  "indicators:public-support-measurement": {
    guidance:
      "Tout sondage réalisé par le gouvernement ou pour son compte, ou un sondage indépendant qu’il utilise, est pris en compte. Là où les sondages publiés ne sont pas d’usage, une consultation documentée d’un échantillon représentatif peut tenir lieu de vague de sondage.",
  },
  "2026.2|indicators:incident-communication": {
    title: "Communication sur les pertes et les manquements",
    question:
      "Le pays est-il prêt à informer l’ONU, les familles et le public d’une perte ou d’une allégation de manquement impliquant son personnel ?",
    levels: [
      "Aucune procédure n’existe pour annoncer une perte ou une allégation de manquement impliquant le personnel déployé.",
      "Un plan général de communication de crise existe, mais il ne couvre ni le personnel déployé, ni les familles, ni l’ONU.",
      "Un protocole écrit pour les incidents en déploiement désigne le porte-parole, fixe un délai pour la première déclaration et prévoit la liaison avec les familles, et il a été exercé au cours des deux dernières années.",
      "Comme au niveau 2 ; en outre, une chaîne de notification avec la mission permanente et l’ONU est convenue par écrit, et une réponse est préparée à la publication par l’ONU des allégations d’exploitation et d’atteintes sexuelles, qui nomme les pays contributeurs.",
    ],
  },
  "indicators:incident-communication": {
    guidance:
      "Les niveaux sont cumulatifs et chacun énumère des faits qui doivent tous être réunis ; s’il en manque un, retenez le niveau inférieur. Justificatifs : le protocole, le compte rendu d’exercice, la chaîne de notification convenue.",
  },
  "2026.2|indicators:casualty-evacuation": {
    levels: [
      "Le service de santé des armées n’a examiné ni le soutien médical ni l’évacuation sanitaire dans aucune des zones de mission envisagées.",
      "Un examen du dispositif médical et d’évacuation de la mission a commencé ou a été mené de façon informelle, sans résultat écrit.",
      "Il existe une évaluation écrite de la chaîne d’évacuation de la mission au regard des délais 10-1-2 des Nations Unies, et des dispositions nationales de secours couvrent chaque lacune constatée.",
      "Comme au niveau 2 ; en outre, la chaîne d’évacuation a été répétée avec une mission ou un partenaire au cours des deux dernières années, et le résultat a été rapporté au ministre.",
    ],
  },
  "indicators:casualty-evacuation": {
    guidance:
      "La norme 10-1-2 désigne les délais fixés par l’ONU pour les premiers secours, les soins de réanimation et la chirurgie après une blessure, tels que la politique des Nations Unies relative à l’évacuation sanitaire primaire (CASEVAC) les applique dans une mission. Justificatifs : l’évaluation écrite et les dispositions de secours (contrats, accords avec des partenaires).",
  },
  "2026.2|indicators:national-caveats": {
    question:
      "Quelles restrictions nationales limiteraient l’action du personnel déployé, et sont-elles déclarées à l’ONU ?",
    levels: [
      "Il n’existe aucune liste écrite des restrictions nationales qui s’appliqueraient au personnel déployé.",
      "Une liste écrite existe, mais elle n’est pas déclarée à l’ONU avant le déploiement, ou une restriction n’est pas justifiée par écrit, ou l’une d’elles interdit les patrouilles hors des bases, les déplacements de nuit ou une tâche prescrite par le mandat.",
      "Tous les éléments suivants : chaque restriction est déclarée à l’ONU avant le déploiement ; chacune est justifiée par écrit ; aucune n’interdit les patrouilles hors des bases, les déplacements de nuit ou une tâche prescrite par le mandat.",
      "Comme au niveau 2 ; en outre, lors du déploiement le plus récent, le contingent n’a été soumis à aucune restriction allant au-delà de son mémorandum d’accord, comme l’atteste un document de la mission ou du quartier général de la force.",
    ],
  },
  "indicators:national-caveats": {
    guidance:
      "Le niveau 3 suppose un déploiement ; un pays qui n’a pas déployé au cours des cinq dernières années peut atteindre le niveau 2 avec une déclaration préparée. Justificatifs : la liste déclarée, les justifications et, pour le niveau 3, un document de la mission.",
  },
  "2026.2|indicators:presence-beyond-bases": {
    question: "Le personnel du pays est-il préparé et appelé à travailler hors des enceintes protégées ?",
    levels: [
      "Aucun concept ni ordre national ne précise dans quelle mesure le personnel travaillerait hors des enceintes protégées.",
      "Les ordres nationaux autorisent le travail hors des enceintes, mais ne fixent aucune attente ni aucun compte rendu à ce sujet.",
      "Le concept national d’opérations ou la directive de déploiement fixe des attentes de présence (patrouilles, bases opérationnelles temporaires, réunions avec la population) et un format de compte rendu mensuel à la capitale.",
      "Comme au niveau 2 ; en outre, lors du déploiement le plus récent, les rapports mensuels ont montré que les attentes de présence étaient satisfaites la plupart des mois.",
    ],
  },
  "indicators:presence-beyond-bases": {
    guidance:
      "Les niveaux 0 à 2 sont des dispositions qu’un pays non déployé peut mettre en place ; le niveau 3 se démontre en déploiement. Justificatifs : la directive et les rapports.",
  },
  "indicators:local-ownership-acceptance": {
    guidance:
      "Justificatifs : la stratégie ou le livre blanc et l’évaluation publiée. Une simple phrase de principe relève du niveau 1 ; le niveau 2 exige l’acceptation publiée de résultats que le pays ne maîtrise pas.",
  },
  "indicators:conduct-discipline": {
    title: "Conduite, discipline et responsabilité en matière d’exploitation et d’atteintes sexuelles",
    question:
      "Le pays peut-il prévenir les manquements de son personnel, y compris l’exploitation et les atteintes sexuelles, enquêter sur eux et en rendre compte ?",
    levels: [
      "Aucun dispositif national ne couvre la vérification des antécédents du personnel déployé ni les enquêtes sur ses manquements au service de l’ONU.",
      "Le personnel est informé des normes de conduite de l’ONU, mais la vérification n’est pas consignée pour chaque personne, ou personne n’est désigné pour enquêter sur les allégations.",
      "Tous les éléments suivants : chaque personne déployée fait l’objet d’une vérification, y compris en matière de droits humains, dont le résultat est consigné ; des enquêteurs nationaux formés sont désignés ; une procédure écrite respecte les délais d’enquête du mémorandum d’accord.",
      "Comme au niveau 2 ; en outre, la procédure a été exercée ou appliquée au cours des trois dernières années, et chaque allégation de cette période a fait l’objet d’une enquête communiquée à l’ONU dans les délais, avec une issue consignée.",
    ],
    guidance:
      "S’applique au personnel militaire, policier et à tout autre personnel envoyé par le pays. Un pays sans allégation sur la période atteint le niveau 3 par un exercice de la procédure. Justificatifs : relevés de vérification, désignation des enquêteurs, procédure.",
  },
  "2026.2|indicators:funding-stability": {
    question: "Dans quelle mesure le financement d’une contribution est-il garanti sur toute sa durée prévue ?",
    levels: [
      "Les coûts de la contribution sont couverts par des redéploiements de crédits en cours d’exercice ; aucune ligne budgétaire ni règle ne les couvre.",
      "Une ligne budgétaire dédiée existe, mais elle a été réduite en cours d’exercice, ou elle ne couvre pas une relève complète.",
      "Le financement de relèves complètes sur toute la durée prévue d’une contribution est garanti, par une enveloppe pluriannuelle ou par une règle permanente du budget annuel.",
      "Comme au niveau 2 ; en outre, une réserve protégée ou un plan de trésorerie couvre les prolongations et les retards de remboursement par l’ONU des coûts de personnel et de matériel.",
    ],
  },
  "indicators:funding-stability": {
    guidance:
      "Les systèmes à budget annuel atteignent le niveau 2 par une règle permanente voulant que chaque budget annuel finance les relèves en cours. Les remboursements de l’ONU ont été retardés par la crise de liquidités de 2025 ; le niveau 3 demande donc un plan face aux retards de paiement.",
  },
  "gates:conduct-discipline>3": {
    why: "L’ONU attend des pays contributeurs qu’ils vérifient les antécédents de leur personnel et enquêtent sur les manquements ; faute de quoi, une seule allégation peut mettre fin au retour.",
  },
  "2026.2|gates:national-caveats>4": {
    why: "Des restrictions non déclarées ou qui interdisent les patrouilles maintiennent le personnel derrière les murs et ne passeront pas l’étape de la constitution des forces.",
  },
  "gates:political-mandate>4": {
    why: "Les relèves d’unités exigent une décision documentée de l’autorité compétente, sur laquelle les groupes d’opposition ont été consultés, faute de quoi elles restent exposées à une remise en cause.",
  },
  "2026.2|gates:incident-communication>5": {
    why: "Une forte tolérance au risque ne dure que si le gouvernement sait expliquer rapidement et de façon crédible une perte ou une allégation.",
  },
});

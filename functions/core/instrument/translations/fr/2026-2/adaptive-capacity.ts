import { flatten, type TranslationTable } from "../../flatten.ts";

/** French of 2026.2's adaptive-capacity texts: new items, and `2026.2|` overrides of reworded 2026.1 texts. */
export const adaptiveCapacity2026_2Fr: TranslationTable = flatten({
  "2026.2|dimensions:adaptive-capacity": {
    description:
      "Les institutions du pays coopèrent-elles entre ministères, tiennent-elles ce qu’elles offrent à l’ONU, font-elles remonter les enseignements du terrain jusqu’au niveau stratégique, financent-elles de manière globale et décident-elles vite de ce qu’elles conservent sous commandement de l’ONU ?",
  },
  "2026.2|indicators:interministerial-coordination": {
    question:
      "Existe-t-il une instance permanente où la défense, les affaires étrangères, la fonction de développement et, lorsqu’il contribue, le service de police décident ensemble des contributions à l’ONU ?",
    levels: {
      1: "Un groupe de travail existe, mais il ne se réunit que lorsqu’une décision est en suspens, ou il exclut la défense, les affaires étrangères, la fonction de développement ou un service de police contributeur.",
      2: "Tous les éléments suivants : une instance permanente dotée d’un mandat écrit réunit la défense, les affaires étrangères, la fonction de développement et tout service de police contributeur ; elle se réunit au moins chaque trimestre ; elle tient des procès-verbaux.",
    },
  },
  "indicators:interministerial-coordination": {
    guidance:
      "La « fonction de développement » désigne l’entité qui gère la coopération au développement : un ministère distinct, une agence ou une direction du ministère des Affaires étrangères. Justificatifs : mandat et procès-verbaux.",
  },
  "2026.2|indicators:joint-planning": {
    question: "Les ministères concernés rédigent-ils et signent-ils un plan unique pour une contribution ?",
    levels: [
      "Chaque ministère planifie sa part séparément, et il n’existe ni document ni modèle de planification commun.",
      "Les ministères échangent leurs plans respectifs, ou un modèle de planification conjointe existe mais n’a pas été utilisé.",
      "Un plan conjoint pour la contribution en cours ou la prochaine contribution envisagée est signé par la défense, les affaires étrangères et la fonction de développement, ainsi que par le service de police lorsqu’il contribue.",
      "Comme au niveau 2 ; en outre, lors du déploiement le plus récent, le plan conjoint a été révisé à des échéances fixées, chaque révision étant consignée et confrontée aux priorités de l’État hôte.",
    ],
  },
  "indicators:joint-planning": {
    guidance:
      "Un pays non déployé peut atteindre le niveau 2 avec un plan signé pour sa prochaine contribution envisagée ; le niveau 3 se démontre en déploiement. Justificatifs : le plan signé et le relevé de ses révisions.",
  },
  "indicators:lessons-learned-system": {
    guidance:
      "Pour un pays qui ne participe pas actuellement à une mission de l’ONU, les exercices, les missions de formation et les déploiements avec des partenaires comptent comme sources d’enseignements. Justificatifs : la lettre de mission de la cellule, l’analyse annuelle et le tableau de suivi.",
  },
  "indicators:after-action-doctrine": {
    guidance:
      "Les retours d’expérience d’exercices et d’opérations hors ONU comptent. Justificatifs : comptes rendus et modification de doctrine ou de cours qui s’y réfère.",
  },
  "indicators:pooled-funding": {
    guidance:
      "Un fonds commun, une ligne budgétaire conjointe ou un mécanisme de transfert convenu compte si des règles de gouvernance écrites précisent qui décide. Justificatifs : les règles et les décisions prises en application.",
  },
  "indicators:national-decision-speed": {
    title: "Rapidité des décisions nationales sous commandement de l’ONU",
    question:
      "À quelle vitesse la capitale peut-elle prendre les décisions que le pays se réserve lorsqu’une opération des Nations Unies sollicite son personnel ?",
    levels: [
      "Aucune procédure ne précise qui, dans la capitale, répond aux demandes de l’ONU concernant le personnel national, ni dans quel délai.",
      "Ces demandes suivent la chaîne ordinaire d’approbation ministérielle, sans délai fixé.",
      "Une procédure écrite désigne qui décide des demandes relevant du mémorandum d’accord (accepter une réaffectation ou un redéploiement par le commandement de la force ou de la police, lever une restriction pour une opération, engager des dépenses nationales de protection de la force ou de projets), fixe un délai de réponse et a été répétée lors d’un exercice.",
      "Comme au niveau 2 ; en outre, lors du déploiement le plus récent, les délais de réponse ont été consignés et respectés pour la plupart des demandes.",
    ],
    guidance:
      "Dans le cadre du commandement et du contrôle de l’ONU, l’autorité opérationnelle sur les contingents passe à l’ONU et l’attribution des tâches revient au commandement de la force ou de la police de la mission ; le pays contributeur conserve le commandement national, l’administration et la discipline. Cet élément ne mesure que les décisions que le pays se réserve, et non un quelconque pouvoir national de modifier les tâches fixées par l’ONU.",
  },
  "indicators:results-monitoring": {
    title: "Suivi des résultats modestes et locaux",
    question:
      "Le pays suit-il ce que ses contributions changent pour les personnes et les institutions qu’elles servent ?",
    levels: [
      "Les contributions ne sont suivies qu’en termes de moyens : personnel, crédits et matériel envoyés.",
      "Les rapports décrivent des activités et des réalisations, mais pas les changements pour les personnes ou les institutions servies.",
      "Un cadre de suivi doté d’indicateurs nommés consigne les changements modestes et locaux signalés par les partenaires et par le personnel déployé, et l’instance de coordination l’examine au moins une fois par an.",
      "Comme au niveau 2 ; en outre, une évaluation indépendante réalisée au cours des trois dernières années s’est appuyée sur ce cadre, et un plan ou un projet a été modifié en conséquence.",
    ],
    guidance:
      "Les « changements modestes et locaux » (micro-résultats) sont des changements visibles pour une communauté ou une institution locale, comme la réouverture d’un axe menant au marché ou le fonctionnement d’un comité local de règlement des différends. Justificatifs : le cadre, l’examen annuel, l’évaluation.",
  },
  "indicators:force-generation-channels": {
    title: "Relations avec la constitution des forces de l’ONU, par type de contribution",
    question:
      "Le pays a-t-il proposé ce qu’il entend fournir par le canal de l’ONU qui traite ce type de contribution ?",
    levels: [
      "Aucun point de contact n’est désigné pour la constitution des forces de l’ONU, et aucune offre n’a été faite par un canal de l’ONU.",
      "Un point de contact est désigné à la mission permanente, mais aucune offre n’est inscrite par le canal correspondant à un type de contribution envisagé.",
      "Pour chaque type de contribution envisagé, une offre est inscrite par le canal correspondant : unités offertes au PCRS avec les documents exigés, ou officiers, policiers ou civils présentés à des postes vacants ou fichiers de l’ONU au cours des deux dernières années.",
      "Comme au niveau 2 ; en outre, une unité offerte a atteint le niveau 2 du PCRS ou au-delà à la suite d’une visite de l’ONU, ou des personnes présentées ont été retenues, et les offres sont réexaminées chaque année avec les bureaux concernés de l’ONU.",
    ],
    guidance:
      "Le PCRS enregistre les offres d’unités militaires, de police et de soutien ; les offres militaires vont au Service de la constitution des forces du Bureau des affaires militaires, les offres de police à la Section de la sélection et du recrutement de la Division de la police, avec copie à la Cellule de constitution stratégique des forces et de planification des capacités. Les officiers d’état-major, policiers et civils sont présentés individuellement par les procédures de vacance de poste et de nomination de l’ONU. L’ONU fixe le calendrier de ses visites : une simple demande ne suffit donc pas pour atteindre le niveau 3.",
  },
  "indicators:pledge-delivery": {
    title: "Respect des engagements pris envers l’ONU",
    question:
      "Le pays suit-il et honore-t-il les engagements qu’il a pris envers le maintien de la paix des Nations Unies ?",
    levels: [
      "Aucun relevé ne compare les engagements pris envers l’ONU (annonces lors des réunions ministérielles, offres au PCRS, déclarations publiques) à ce qui a été fourni.",
      "Les engagements sont recensés, mais leur exécution n’est pas suivie.",
      "Un service désigné tient un tableau de suivi de chaque engagement des trois dernières années et de son état, et chaque engagement arrivé à échéance a été honoré ou retiré avec préavis à l’ONU.",
      "Comme au niveau 2 ; en outre, le tableau de suivi est présenté chaque année au parlement ou publié.",
    ],
    guidance:
      "Les engagements comprennent les annonces faites lors des réunions ministérielles sur le maintien de la paix (la plus récente à Berlin en mai 2025) et les offres au PCRS. « Retiré avec préavis » signifie que l’ONU en a été informée par écrit avant l’échéance.",
  },
  "indicators:capability-demand-fit": {
    title: "Adéquation des offres à la demande de l’ONU",
    question:
      "Les offres du pays correspondent-elles à ce que demandent actuellement les opérations des Nations Unies ?",
    levels: [
      "Les offres ne sont pas comparées aux besoins en capacités en tenue publiés par l’ONU.",
      "Les offres ont été comparées aux besoins de l’ONU de façon informelle, sans résultat écrit.",
      "Une comparaison écrite, au cours des deux dernières années, entre ce que le pays peut offrir et les besoins actuels en capacités et les plans des missions de l’ONU, réductions d’effectifs comprises, a orienté les offres.",
      "Comme au niveau 2 ; en outre, la comparaison est examinée chaque année avec les bureaux de l’ONU chargés de la constitution des forces, et au moins une offre a été modifiée en conséquence.",
    ],
    guidance:
      "Depuis la crise de liquidités de 2025, les missions se réduisent et la demande de nouvelles unités constituées est faible ; les offres ont plus de chances d’être retenues pour des capacités de soutien spécialisées, la formation, la technologie, les femmes en tenue et les postes de direction. Justificatif : la comparaison écrite.",
  },
  "indicators:coe-self-sustainment": {
    title: "Matériel, soutien autonome et préparation du mémorandum d’accord",
    question:
      "Le pays est-il prêt à équiper et soutenir une unité, et à être remboursé pour cela, selon les règles de l’ONU relatives au matériel appartenant aux contingents ?",
    levels: [
      "Personne, dans l’administration de la défense ou de la police, n’est chargé des règles de l’ONU relatives au matériel appartenant aux contingents.",
      "Le personnel connaît le Manuel relatif au matériel appartenant aux contingents, mais le matériel et le soutien autonome d’aucune unité n’ont été vérifiés au regard de ce manuel.",
      "Pour chaque unité offerte, les listes de matériel majeur et de soutien autonome ont été vérifiées au regard du Manuel, les lacunes sont financées, et du personnel formé à la négociation d’un mémorandum d’accord est désigné.",
      "Comme au niveau 2 ; en outre, une visite d’évaluation de l’ONU ou un mémorandum d’accord signé au cours des cinq dernières années a confirmé le matériel et le soutien autonome de l’unité.",
    ],
    guidance:
      "Le matériel appartenant aux contingents est le matériel qu’une unité apporte ; le soutien autonome couvre les services qu’elle assure pour elle-même (alimentation, hébergement, communications…). L’un et l’autre sont fixés dans le mémorandum d’accord et déterminent le remboursement par l’ONU. Sans objet lorsque seules des personnes sont fournies.",
  },
  "indicators:governance-engagement": {
    title: "Participation à la gouvernance du maintien de la paix",
    question:
      "Le pays met-il sa diplomatie au service des organes qui façonnent le maintien de la paix des Nations Unies ?",
    levels: [
      "Au cours des deux dernières années, le pays n’a pris aucune part active aux organes qui façonnent le maintien de la paix : Comité spécial des opérations de maintien de la paix, budgets du maintien de la paix à la Cinquième Commission, consultations sur les mandats, réunions ministérielles.",
      "Des délégués assistent à ces réunions, mais le pays n’y a fait ni déclaration, ni proposition, ni annonce au cours des deux dernières années.",
      "Au cours des deux dernières années, le pays a présenté des propositions ou déclarations écrites dans au moins deux de ces organes, sur des positions arrêtées entre ses ministères.",
      "Comme au niveau 2 ; en outre, au cours des trois dernières années, il a dirigé ou codirigé un groupe, une initiative ou un thème du maintien de la paix, par exemple comme coprésident d’une réunion préparatoire à la réunion ministérielle.",
    ],
    guidance:
      "Justificatifs : déclarations et propositions consignées dans les documents de chaque organe, et document désignant le pays comme (co)chef de file.",
  },
  "indicators:assessed-contributions": {
    title: "Paiement des contributions au budget du maintien de la paix",
    question:
      "Le pays verse-t-il intégralement et à temps ses contributions statutaires au budget du maintien de la paix des Nations Unies ?",
    levels: [
      "Le pays a des arriérés de contributions au budget du maintien de la paix au titre d’exercices antérieurs.",
      "Il n’y a pas d’arriérés au titre d’exercices antérieurs, mais les contributions de l’exercice en cours sont versées en retard ou en partie.",
      "Les contributions au budget du maintien de la paix des deux derniers exercices ont été versées intégralement aux dates d’échéance.",
      "Comme au niveau 2 ; en outre, le pays verse aussi des fonds non affectés ou pluriannuels à des fonds d’affectation spéciale pour le maintien ou la consolidation de la paix, tels que le Fonds pour la consolidation de la paix.",
    ],
    guidance:
      "En 2025, les contributions impayées ou tardives ont contraint les missions à réduire leurs budgets et à rapatrier environ un quart du personnel en tenue ; le paiement à temps est donc devenu un signal visible d’engagement. Justificatif : l’état des contributions publié par l’ONU.",
  },
  "indicators:technology-innovation": {
    title: "Technologie et innovation mises à la disposition des opérations",
    question:
      "Le pays met-il sa technologie et sa capacité d’innovation à la disposition des opérations de paix des Nations Unies ?",
    levels: [
      "Aucune technologie que le pays pourrait offrir aux opérations de l’ONU (sécurité des camps, santé, données, communications, détection) n’a été identifiée.",
      "Des contributions technologiques possibles sont identifiées, mais aucune n’a été proposée.",
      "Au moins une contribution technologique (matériel, logiciel, formation ou experts) a été proposée à l’ONU par écrit ou dans le cadre d’un processus d’annonces, avec un financement pour son soutien.",
      "Comme au niveau 2 ; en outre, une contribution technologique a été fournie ou expérimentée avec une mission ou un centre de formation de l’ONU au cours des trois dernières années, avec une évaluation consignée.",
    ],
    guidance: "Justificatifs : l’offre ou l’annonce écrite, et l’évaluation de l’expérimentation.",
  },
  "indicators:information-management": {
    guidance: "Justificatifs : les règles de traitement, la liste des accès et un tableau de bord récent.",
  },
  "2026.2|indicators:civilian-rosters": {
    question:
      "Le pays peut-il proposer des experts civils (justice, administration pénitentiaire, affaires civiles et domaines voisins) lorsque l’ONU ou un partenaire de réserve le demande ?",
    levels: [
      "Il n’existe aucun fichier d’experts civils disponibles pour servir auprès de l’ONU.",
      "Un fichier existe, mais il n’a pas été mis à jour au cours de l’année écoulée ou ses membres ne sont pas présélectionnés.",
      "Un organisme désigné tient un fichier, mis à jour au cours de l’année écoulée, d’experts civils présélectionnés classés par compétence et par langue, et des accords de détachement (personnel fourni par des gouvernements ou partenariats de réserve) sont en place.",
      "Comme au niveau 2 ; en outre, des personnes inscrites au fichier ont servi dans des missions de l’ONU, détachées ou recrutées comme fonctionnaires de l’ONU, au cours des deux dernières années.",
    ],
  },
  "indicators:civilian-rosters": {
    guidance:
      "La police fait partie du personnel en tenue et n’est pas comptée ici. La plupart des civils des missions sont des fonctionnaires de l’ONU recrutés individuellement ; les États Membres fournissent des civils surtout sous forme de personnel fourni par des gouvernements (par exemple des agents de la justice et de l’administration pénitentiaire) ou par l’intermédiaire de partenaires de réserve.",
  },
  "2026.2|indicators:host-state-liaison": {
    question:
      "Qui, dans le dispositif national, est chargé de dialoguer avec les autorités hôtes et la société civile locale au sujet d’une contribution ?",
    levels: [
      "Personne, dans le dispositif national, n’est chargé de dialoguer avec les autorités hôtes ou la société civile locale au sujet d’une contribution.",
      "L’ambassade ou un chargé de dossier suit le gouvernement hôte de manière générale, mais pas la contribution ni la société civile.",
      "Un point focal désigné (ambassade, officier de liaison ou bureau) est chargé par écrit de rencontrer les autorités hôtes et des groupes de la société civile locale au sujet de la contribution et de rendre compte à l’instance de coordination selon un calendrier fixé.",
      "Comme au niveau 2 ; en outre, lors du déploiement le plus récent, ces rencontres ont eu lieu au moins chaque mois, et les retours des partenaires locaux ont conduit à au moins une modification documentée des plans nationaux.",
    ],
  },
  "indicators:host-state-liaison": {
    guidance:
      "Les niveaux 0 à 2 peuvent être en place avant tout déploiement ; le niveau 3 se démontre en déploiement. Justificatifs : la lettre de mission, les comptes rendus de réunion, le plan modifié.",
  },
  "gates:force-generation-channels>4": {
    why: "Une offre que l’ONU n’a pas reçue par son propre canal ne peut pas être mobilisée lorsqu’une mission en a besoin.",
  },
  "gates:national-decision-speed>5": {
    why: "Une capitale lente à prendre les décisions qu’elle se réserve freine le commandement de l’ONU sous lequel sert son personnel.",
  },
});

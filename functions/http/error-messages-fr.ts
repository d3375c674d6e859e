/**
 * French for every error message the API sends. Messages are written in English where they are raised; the one
 * error responder translates them here, so codes and details never change with the language. Messages shaped
 * `field: reason` keep the field (an API name) and translate the reason. test/http/error-messages.test.ts fails
 * when a message raised anywhere in functions/ has no French here.
 */
type Rule = readonly [RegExp, (...groups: string[]) => string];

const things: Record<string, string> = {
  assessment: "Évaluation introuvable",
  snapshot: "Instantané introuvable",
  "instrument version": "Version de questionnaire introuvable",
  "public profile": "Profil public introuvable",
  cohort: "Groupe de pays introuvable",
  response: "Réponse introuvable",
};

/** Whole messages. */
const messages: readonly Rule[] = [
  [/^(.+) not found$/, (what) => things[what] ?? `Introuvable : ${what}`],
  [/^Not found$/, () => "Introuvable"],
  [/^No route for (\S+) (.*)$/, (method, path) => `Aucune route pour ${method} ${path}`],
  [/^Send the body as application\/json$/, () => "Envoyez le corps de la requête au format application/json"],
  [
    /^Send If-Match: "<version>" from the ETag you last read$/,
    () => 'Envoyez If-Match: "<version>" avec la valeur de l’ETag lue en dernier',
  ],
  [
    /^Send an Idempotency-Key header, unique per submission$/,
    () => "Envoyez un en-tête Idempotency-Key, unique pour chaque soumission",
  ],
  [/^A valid bearer token is required$/, () => "Un jeton d’accès (bearer) valide est requis"],
  [/^This route is not open to the (\S+) role$/, (role) => `Cette route n’est pas ouverte au rôle ${role}`],
  [/^Bodies are limited to (\d+) bytes$/, (n) => `Le corps des requêtes est limité à ${n} octets`],
  [/^Something went wrong on our side$/, () => "Une erreur s’est produite de notre côté"],
  [/^Request refused$/, () => "Requête refusée"],
  [/^Requests reach this API through its site only$/, () => "Cette API ne répond qu’aux requêtes passées par son site"],
  [/^The item changed meanwhile$/, () => "L’élément a été modifié entre-temps"],
  [
    /^This Idempotency-Key was used for a different request$/,
    () => "Cette clé Idempotency-Key a déjà servi pour une autre requête",
  ],
  [
    /^The assessment is changing; retry the submit$/,
    () => "L’évaluation est en cours de modification ; soumettez-la de nouveau",
  ],
  [/^The assessment is at version (\d+)$/, (v) => `L’évaluation en est à la version ${v}`],
  [/^The response is at version (\d+)$/, (v) => `La réponse en est à la version ${v}`],
  [/^No response saved yet$/, () => "Aucune réponse enregistrée pour l’instant"],
  [/^This country already has an assessment for this cycle$/, () => "Ce pays a déjà une évaluation pour ce cycle"],
  [/^The service is busy; retry shortly$/, () => "Le service est surchargé ; réessayez dans un instant"],
  [/^nextToken is not a token this list issued$/, () => "nextToken n’est pas un jeton émis par cette liste"],
];

/** The part after `field: `. */
const reasons: readonly Rule[] = [
  [/^not valid JSON$/, () => "JSON non valide"],
  [/^expected an entity tag like "3"$/, () => 'une étiquette d’entité telle que "3" est attendue'],
  [
    /^send a unique key \(1–128 of A–Z a–z 0–9 \. _ : -\)$/,
    () => "envoyez une clé unique (1 à 128 caractères parmi A–Z a–z 0–9 . _ : -)",
  ],
  [
    /^you may only start your own country's assessment$/,
    () => "vous ne pouvez commencer que l’évaluation de votre pays",
  ],
  [/^not a UN member state$/, () => "n’est pas un État Membre de l’ONU"],
  [/^no such published instrument version$/, () => "aucune version publiée de ce questionnaire"],
  [/^officials may list only their own country$/, () => "les responsables ne peuvent consulter que leur propre pays"],
  [/^no such indicator in this instrument$/, () => "cet indicateur n’existe pas dans ce questionnaire"],
  [
    /^no such profile question in this instrument$/,
    () => "cette question de profil n’existe pas dans ce questionnaire",
  ],
  [/^unknown option\(s\): (.*)$/, (list) => `option(s) inconnue(s) : ${list}`],
  [/^an option is repeated$/, () => "une option est répétée"],
  [/^only http and https links are accepted$/, () => "seuls les liens http et https sont acceptés"],
  [/^a date as YYYY, YYYY-MM or YYYY-MM-DD$/, () => "une date au format AAAA, AAAA-MM ou AAAA-MM-JJ"],
  [
    /^a documented level of 2 or more needs at least one source$/,
    () => "un niveau de 2 ou plus déclaré « documenté » exige au moins une source",
  ],
  [/^externally-verified results from a review$/, () => "externally-verified ne résulte que d’une vérification"],
  [
    /^respondents differ by 2 or more levels: explain the answer$/,
    () => "les répondants divergent de 2 niveaux ou plus : justifiez la réponse dans la note",
  ],
  [/^this indicator has no answer to review$/, () => "cet indicateur n’a pas de réponse à vérifier"],
  [/^the assessment is submitted; responses are closed$/, () => "l’évaluation est soumise ; les réponses sont closes"],
  [/^send \* for a first save$/, () => "envoyez * pour un premier enregistrement"],
  [/^choose at most one option$/, () => "choisissez au plus une option"],
  [/^a reason is required when level is na$/, () => "une raison est requise lorsque le niveau est na"],
  [/^(\S+) is listed twice$/, (code) => `${code} figure deux fois`],
  [/^at most (\d+) keys$/, (n) => `au plus ${n} clés`],
  [/^send answers or profile$/, () => "envoyez answers ou profile"],
  [/^officials and reviewers need a country$/, () => "les responsables et les vérificateurs doivent indiquer un pays"],
  [/^ids are kebab-case$/, () => "les identifiants s’écrivent en kebab-case"],
  [/^the assessment uses another instrument$/, () => "l’évaluation utilise un autre questionnaire"],
  [/^this key is reserved$/, () => "cette clé est réservée"],
  [/^control characters are not allowed$/, () => "les caractères de contrôle ne sont pas acceptés"],
  [/^not well-formed Unicode \(lone surrogate\)$/, () => "Unicode mal formé (demi-caractère de substitution isolé)"],
  [
    /^na is not allowed for this indicator: answer with a level or unknown$/,
    () => "na n’est pas admis pour cet indicateur : répondez par un niveau ou par unknown",
  ],
  [
    /^na is not valid under the chosen ambition profile: answer with a level or unknown$/,
    () => "na n’est pas valable avec le profil d’ambition choisi : répondez par un niveau ou par unknown",
  ],
  [
    /^unknown horizon "(.*)" \(use 0-6, 6-18 and 18-36\)$/,
    (h) => `horizon inconnu « ${h} » (utilisez 0-6, 6-18 et 18-36)`,
  ],
  [/^horizon (\S+) is given twice$/, (h) => `l’horizon ${h} figure deux fois`],
  [
    /^staff-months for (\S+) must be a whole number from 0 to (\d+)$/,
    (h, n) => `les mois-personnes pour ${h} doivent être un nombre entier de 0 à ${n}`,
  ],
  [/^staff-months missing for (.+)$/, (list) => `mois-personnes manquants pour ${list}`],
];

function apply(rules: readonly Rule[], text: string): string | undefined {
  for (const [pattern, french] of rules) {
    const match = pattern.exec(text);
    if (match) return french(...match.slice(1));
  }
  return undefined;
}

/** The French of a reason (a zod issue's custom message, or the text after `field: `), if known. */
export function frenchReason(reason: string): string | undefined {
  return apply(reasons, reason);
}

/** The French of an error message, or undefined when none is known. */
export function frenchMessage(message: string): string | undefined {
  const whole = apply(messages, message);
  if (whole !== undefined) return whole;
  const split = /^([^\s:]+): (.+)$/.exec(message);
  const reason = split ? frenchReason(split[2] as string) : undefined;
  return reason === undefined ? undefined : `${split?.[1]} : ${reason}`;
}

import type { Indicator } from "../../schema.ts";
import { indicator, keptIndicator } from "./build.ts";
import { expert, seed, UN } from "./sources.ts";

/** Training readiness: UN standards, protection, gender and trainers. */
export const standardsIndicators: Indicator[] = [
  indicator({
    id: "pdt-certification",
    title: "Pre-deployment training certified against UN standards",
    question:
      "Does pre-deployment training follow the UN Core Pre-Deployment Training Materials and the STMs for each role, and is it certified?",
    weight: 3,
    levels: [
      "Pre-deployment training does not use the UN Core Pre-Deployment Training Materials (CPTM).",
      "CPTM modules are used, but not every deploying person completes them, or completion is not recorded person by person.",
      "All of: every deploying person completes the CPTM and the specialized training materials (STMs) for their role; completion is recorded person by person; the government certifies this to the UN in writing.",
      "As level 2, and the national course currently holds UN recognition of its training.",
    ],
    reformArea: "training",
    institution: "defence",
    guidance:
      "Training to UN standards is the contributor's responsibility for every deploying person, whatever the size of the contribution. Police and civilians count too. Evidence: person-by-person records and the certification letter; for level 3 the UN recognition document and its validity.",
    sources: [UN.pdt, UN.cptm],
  }),
  keptIndicator("poc-crsv-gender", {
    reformArea: "training",
    institution: "defence",
    guidance:
      "Protection of civilians (POC), conflict-related sexual violence (CRSV) and the role of gender focal points are taught as one package in the CPTM. Level 2 lists several facts; all must hold.",
    sources: [UN.cptm, UN.a4p],
  }),
  indicator({
    id: "women-participation",
    title: "Women's participation in contributions",
    question:
      "How does the country plan and achieve women's share of the personnel it offers and deploys, against UN targets?",
    weight: 2,
    levels: [
      "The share of women among personnel offered or deployed to UN operations is not tracked.",
      "The share is tracked, but no barrier assessment was done in the last five years or no target is set.",
      "A barrier assessment was completed in the last five years, and the country's targets for each category it contributes (observers and staff officers, contingents, individual police officers, formed police units) are at least the UN's targets for that category.",
      "As level 2, and in the most recent deployment each category met the UN target that applied to it, and the actions from the barrier assessment are funded.",
    ],
    reformArea: "bureaucratic",
    institution: "defence",
    guidance:
      "Use the UN targets current at the time of assessment for each category, police categories included; the instrument does not fix the percentages. A barrier assessment identifies what keeps women from deploying; DCAF's MOWIP method is the one the Elsie Initiative Fund recommends, and the Fund asks for a credible barrier assessment before funding a project.",
    sources: [UN.gender, UN.elsie, expert("police targets added (review 2026-11, H1)")],
    deploymentDependent: true,
  }),
  keptIndicator("trainers-mobile-teams", {
    reformArea: "training",
    institution: "defence",
    guidance:
      "UN-trained trainers are those who completed a UN training-of-trainers course. Level 3 counts teaching for other contributors through UN mobile training teams or partner programmes.",
    sources: [UN.lcm, seed(17)],
  }),
  indicator({
    id: "civilian-wog-training",
    title: "Training for civilian officials",
    question:
      "Are the civilian officials who work on UN contributions (diplomats, development staff, police and justice officials) trained for it?",
    weight: 2,
    levels: [
      "No training on UN peace operations is offered to civilian officials.",
      "Civilian officials may join military or UN online courses, but none is required for their posts.",
      "Officials in posts dealing with UN contributions complete a course on UN peace operations, conflict analysis and civil-military relations, and completion is recorded.",
      "As level 2, and civilian and military officials train together in at least one exercise a year.",
    ],
    reformArea: "training",
    institution: "foreign-affairs",
    guidance: "Evidence: the list of posts, course completion records, the joint exercise plan.",
    sources: [seed(11), seed(6)],
  }),
  indicator({
    id: "senior-leadership-pipeline",
    title: "Candidates for senior mission posts",
    question:
      "Does the country prepare candidates for senior mission leadership and key force or police headquarters posts?",
    weight: 1,
    levels: [
      "No one tracks nationals who could serve in senior mission or key headquarters posts.",
      "Candidates are nominated case by case when the UN advertises a post, from no prepared list.",
      "A list of prepared candidates for senior mission and headquarters posts is kept, at least 40% of them women, and listed candidates attend UN senior leadership courses.",
      "As level 2, and a national candidate was appointed to a senior mission or headquarters post in the last five years.",
    ],
    reformArea: "bureaucratic",
    institution: "foreign-affairs",
    guidance:
      "The 40% share of women is set by expert judgement, to be reviewed in the pilot. Evidence: the list and course records.",
    sources: [seed(6), seed(17), expert("senior leadership pipeline and gender-balanced slates (review 2026-11, H5)")],
  }),
];

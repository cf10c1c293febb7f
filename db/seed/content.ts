/*
 * Demo content: a coalition campaigning for a moratorium on police facial recognition after the
 * Clearview AI findings. Facts (dates, figures, bodies) follow the shipped records in
 * db/seed/data/findings; the wording is ours.
 */

export const demoOrganisation = {
  name: "Private Faces Coalition",
  nameFr: "Coalition Visages privés",
  mailingAddress: "PO Box 4120, Station A, Ottawa ON K1P 5B2, Canada",
  contactEmail: "hello@privatefaces.example",
  contactUrl: null,
  fromAddress: "Private Faces Coalition <campaigns@privatefaces.example>",
  replyTo: "hello@privatefaces.example",
  defaultLocale: "en" as const,
};

export const demoAdminEmail = "organiser@privatefaces.example";

export const demoCampaign = {
  slug: "moratorium-police-facial-recognition",
  status: "live" as const,
  goal: 10_000,
  opensAt: new Date("2021-02-10T14:00:00Z"),
  closesAt: null,
  titleEn: "A moratorium on police facial recognition",
  titleFr: "Un moratoire sur la reconnaissance faciale policière",
  summaryEn: "Canada’s privacy commissioners found that Clearview AI’s face database was mass surveillance, and that police forces, the RCMP among them, had used it. Until Parliament writes clear rules, police should stop using facial recognition.",
  summaryFr:
    "Les commissaires à la protection de la vie privée du Canada ont conclu que la base de visages de Clearview AI constituait de la surveillance de masse, et que des corps policiers, dont la GRC, s’en étaient servis. Tant que le Parlement n’aura pas fixé de règles claires, la police doit cesser d’utiliser la reconnaissance faciale.",
  demandEn: "Declare a moratorium on the use of facial recognition technology by federal police, and by the provincial and municipal forces that work with them, until Parliament adopts a law that sets clear limits, independent oversight and public reporting.",
  demandFr:
    "Décréter un moratoire sur l’utilisation de la reconnaissance faciale par la police fédérale, et par les corps policiers provinciaux et municipaux qui collaborent avec elle, jusqu’à ce que le Parlement adopte une loi fixant des limites claires, une surveillance indépendante et une reddition de comptes publique.",
  targetEn: "The Minister of Public Safety and the House of Commons",
  targetFr: "Le ministre de la Sécurité publique et la Chambre des communes",
  bodyEn: `## What the commissioners found

On 3 February 2021, the federal privacy commissioner and his counterparts in Québec, British Columbia and Alberta published the results of their joint investigation into Clearview AI. The company had copied **more than three billion images** from the internet, people in Canada and children among them, and turned each face into a biometric identifier, without asking anyone. The commissioners called it what it was: mass surveillance.

At least 48 police forces and other organisations in Canada had tried or used the tool.

## The RCMP used it too

In June 2021 the federal commissioner found that the RCMP broke the *Privacy Act* by using Clearview. A police force cannot collect information from a company that gathered it unlawfully. The RCMP could account for only about 15% of its searches.

## Recommendations are not enough

The federal finding was a recommendation: the law gave the commissioner no power to order anything. Three provinces later issued binding orders, and Clearview went to court to fight them. Meanwhile, nothing in federal law stops a police force from signing up for the next service like it.

## How you can help

> Stop police use of facial recognition until Parliament sets the rules.

Sign the petition, then write to your MP. Every signature is confirmed by email and counted once.`,
  bodyFr: `## Ce que les commissaires ont conclu

Le 3 février 2021, le commissaire fédéral à la protection de la vie privée et ses homologues du Québec, de la Colombie-Britannique et de l’Alberta ont publié les résultats de leur enquête conjointe sur Clearview AI. L’entreprise avait copié **plus de trois milliards d’images** sur Internet, dont des images de personnes au Canada et d’enfants, et transformé chaque visage en identifiant biométrique, sans le consentement de quiconque. Les commissaires ont nommé la chose : de la surveillance de masse.

Au moins 48 corps policiers et autres organisations au Canada avaient essayé ou utilisé l’outil.

## La GRC s’en est servie aussi

En juin 2021, le commissaire fédéral a conclu que la GRC avait enfreint la *Loi sur la protection des renseignements personnels* en utilisant Clearview. Un corps policier ne peut pas recueillir des renseignements auprès d’une entreprise qui les a obtenus illégalement. La GRC n’a pu justifier qu’environ 15 % de ses recherches.

## Des recommandations ne suffisent pas

La conclusion fédérale n’était qu’une recommandation : la loi ne donnait au commissaire aucun pouvoir d’ordonnance. Trois provinces ont ensuite rendu des ordonnances exécutoires, que Clearview a contestées devant les tribunaux. Entre-temps, rien dans la loi fédérale n’empêche un corps policier de s’abonner au prochain service du même genre.

## Comment agir

> Suspendre l’usage policier de la reconnaissance faciale jusqu’à ce que le Parlement en fixe les règles.

Signez la pétition, puis écrivez à votre député·e. Chaque signature est confirmée par courriel et comptée une seule fois.`,
};

export const petitionConsent = {
  en: "I am signing this petition. Chorus will keep my name, email and postal code to count my signature and show it to the petition’s targets as one of the signers; my name is never published without my permission.",
  fr: "Je signe cette pétition. Chorus conservera mon nom, mon courriel et mon code postal pour compter ma signature et la présenter aux destinataires de la pétition parmi celles des signataires ; mon nom n’est jamais publié sans ma permission.",
};

export const updatesConsent = {
  en: "Yes, send me email updates about this campaign and related campaigns from the Private Faces Coalition. I can unsubscribe at any time with one click.",
  fr: "Oui, envoyez-moi par courriel des nouvelles de cette campagne et des campagnes connexes de la Coalition Visages privés. Je peux me désabonner en tout temps d’un seul clic.",
};

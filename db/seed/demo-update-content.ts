/*
 * The demo campaign's first update, published on the first run: what has happened since the
 * findings the campaign stands on, each fact cited with [[cite:<finding id>]] from the shipped
 * library (db/seed/data/findings). Written for Chorus, in both languages.
 */
export const demoUpdate = {
  titleEn: "Years after the Clearview findings, police facial recognition still has no rules",
  titleFr: "Des années après les conclusions sur Clearview, la reconnaissance faciale policière n’a toujours pas de règles",
  bodyEn: `In February 2021, four privacy commissioners concluded that Clearview AI's collection of billions of face images was mass surveillance[[cite:2021-02-03--joint-investigation-clearview-mass-surveillance]]. Four months later, the federal commissioner found that the RCMP had broken the *Privacy Act* by using the tool, and that it could not account for most of its searches[[cite:2021-06-10--rcmp-use-of-clearview-violated-privacy-act]].

## What has changed since

British Columbia, Alberta and Québec went further than recommendations: in December 2021 they ordered Clearview to stop and to delete the images it held[[cite:2021-12-14--provincial-orders-against-clearview]]. The company took the British Columbia and Alberta orders to court, and both courts have now ruled[[cite:2024-12--bc-court-reviews-clearview-order]] [[cite:2025-05--alberta-court-reviews-clearview-order]]. We will write again once we have read both judgments in full.

## What has not

Nothing in federal law stops a police force from signing up with the next company that offers what Clearview did. The law the federal commissioner applies to companies still gives that office no power to make orders[[cite:2021-02-03--joint-investigation-clearview-mass-surveillance]], and Clearview left Canada only because it chose to[[cite:2020-07-06--clearview-withdraws-from-canada]].

That is why we are asking for a moratorium until Parliament writes the rules. If you have signed, thank you. Once your signature is confirmed, you can also write to your MP: it takes two minutes.`,
  bodyFr: `En février 2021, quatre commissaires à la protection de la vie privée ont conclu que la collecte de milliards d’images de visages par Clearview AI constituait de la surveillance de masse[[cite:2021-02-03--joint-investigation-clearview-mass-surveillance]]. Quatre mois plus tard, le commissaire fédéral a conclu que la GRC avait enfreint la *Loi sur la protection des renseignements personnels* en se servant de l’outil, et qu’elle ne pouvait justifier la plupart de ses recherches[[cite:2021-06-10--rcmp-use-of-clearview-violated-privacy-act]].

## Ce qui a changé depuis

La Colombie-Britannique, l’Alberta et le Québec sont allés plus loin que des recommandations : en décembre 2021, ils ont ordonné à Clearview de cesser ses activités et d’effacer les images qu’elle détenait[[cite:2021-12-14--provincial-orders-against-clearview]]. L’entreprise a contesté les ordonnances de la Colombie-Britannique et de l’Alberta devant les tribunaux, qui ont tous deux rendu leur décision[[cite:2024-12--bc-court-reviews-clearview-order]] [[cite:2025-05--alberta-court-reviews-clearview-order]]. Nous vous écrirons de nouveau dès que nous aurons lu les deux jugements au complet.

## Ce qui n’a pas changé

Rien dans la loi fédérale n’empêche un corps policier de s’abonner au prochain service semblable à celui de Clearview. La loi que le commissaire fédéral applique aux entreprises ne lui donne toujours aucun pouvoir d’ordonnance[[cite:2021-02-03--joint-investigation-clearview-mass-surveillance]], et Clearview n’a quitté le Canada que parce qu’elle l’a bien voulu[[cite:2020-07-06--clearview-withdraws-from-canada]].

Voilà pourquoi nous demandons un moratoire jusqu’à ce que le Parlement fixe les règles. Si vous avez signé, merci. Une fois votre signature confirmée, vous pouvez aussi écrire à votre député·e : cela prend deux minutes.`,
};

import { getTranslations } from "next-intl/server";
import { ShareButtons } from "./share-buttons";

/**
 * Ways to pass the petition on: plain links to each network's own share page (nothing of theirs is
 * loaded here), plus copy and the device's share sheet when JavaScript is there.
 */
export async function ShareLinks({ url, title }: { url: string; title: string }) {
  const t = await getTranslations("Share");
  const text = t("text", { title });
  const e = encodeURIComponent;
  const links = [
    { name: t("email"), href: `mailto:?subject=${e(title)}&body=${e(`${text}\n\n${url}`)}` },
    { name: t("bluesky"), href: `https://bsky.app/intent/compose?text=${e(`${text} ${url}`)}` },
    { name: t("mastodon"), href: `https://mastodonshare.com/?text=${e(text)}&url=${e(url)}` },
    { name: t("x"), href: `https://x.com/intent/post?text=${e(text)}&url=${e(url)}` },
    { name: t("facebook"), href: `https://www.facebook.com/sharer/sharer.php?u=${e(url)}` },
    { name: t("whatsapp"), href: `https://wa.me/?text=${e(`${text} ${url}`)}` },
  ];
  return (
    <section aria-labelledby="share-heading" className="share">
      <h2 id="share-heading">{t("heading")}</h2>
      <ShareButtons url={url} title={title} text={text} labels={{ copy: t("copy"), copied: t("copied"), native: t("native") }} />
      <ul className="chips">
        {links.map((link) => (
          <li key={link.name}>
            <a href={link.href} rel="noopener noreferrer" target="_blank">
              {link.name}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}

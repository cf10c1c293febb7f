import { ImageResponse } from "next/og";
import { getTranslations } from "next-intl/server";
import { isLocale } from "@/lib/i18n/routing";
import { publicCampaign } from "@/server/public-pages/public-reads";
import { getSignatureCounts } from "@/server/signatures/get-signature-counts";

export const size = { width: 1200, height: 630 };
export const contentType = "image/png";
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; slug: string }> };

/*
 * French groups thousands with a narrow no-break space ("10 000"), which Next's bundled font lacks:
 * satori would then fetch a font from Google for it (a third-party call, failing offline). A plain
 * no-break space keeps the figure together just as well.
 */
const bundledFontSafe = (text: string) => text.replaceAll("\u202f", "\u00a0");

/** The card shown when the petition is shared: its title and live count (Next's bundled font). */
export default async function OpenGraphImage({ params }: Props) {
  const { locale, slug } = await params;
  const campaign = isLocale(locale) ? await publicCampaign(slug, locale) : null;
  const t = await getTranslations({ locale: isLocale(locale) ? locale : "en", namespace: "Counts" });
  const count = campaign ? (await getSignatureCounts(campaign.id)).total : 0;
  const share = campaign ? Math.min(100, (count / campaign.goal) * 100) : 0;
  return new ImageResponse(
    <div style={{ width: "100%", height: "100%", display: "flex", flexDirection: "column", justifyContent: "space-between", padding: 72, background: "#fdfcfa", color: "#1b1b1f" }}>
      <div style={{ fontSize: 36, color: "#0b5c8a", fontWeight: 700 }}>Chorus</div>
      <div style={{ fontSize: 64, lineHeight: 1.15, fontWeight: 700 }}>{bundledFontSafe(campaign?.title ?? "Chorus")}</div>
      <div style={{ display: "flex", flexDirection: "column", gap: 16 }}>
        {/* One string: satori wants display:flex on any element with several children. */}
        <div style={{ fontSize: 40 }}>{bundledFontSafe(campaign ? `${t("signatures", { count })} · ${t("ofGoal", { goal: campaign.goal })}` : t("signatures", { count }))}</div>
        <div style={{ display: "flex", width: "100%", height: 24, background: "#e8e6e1", borderRadius: 12 }}>
          <div style={{ width: `${share}%`, height: 24, background: "#0b5c8a", borderRadius: 12 }} />
        </div>
      </div>
    </div>,
    size,
  );
}

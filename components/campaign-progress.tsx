import { getTranslations } from "next-intl/server";

/** The confirmed count against the goal, as text and as a bar (the bar is for eyes only). */
export async function CampaignProgress({ count, goal }: { count: number; goal: number }) {
  const t = await getTranslations("Counts");
  const share = Math.min(100, Math.round((count / goal) * 100));
  return (
    <div className="progress-block">
      <p className="count" aria-live="polite">
        <strong>{t("signatures", { count })}</strong> <span className="muted">· {t("ofGoal", { goal })}</span>
      </p>
      <div className="progress" role="progressbar" aria-label={t("progressLabel")} aria-valuemin={0} aria-valuemax={goal} aria-valuenow={Math.min(count, goal)}>
        <div className="progress-fill" style={{ width: `${share}%` }} />
      </div>
    </div>
  );
}

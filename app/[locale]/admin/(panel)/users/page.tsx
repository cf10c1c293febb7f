import { getTranslations } from "next-intl/server";
import { InviteForm } from "@/components/admin/invite-form";
import { Forbidden } from "@/components/forbidden";
import { translatedTitle } from "@/lib/i18n/page-title";
import { isLocale } from "@/lib/i18n/routing";
import { asFormAction } from "@/server/auth/as-form-action";
import { staffPage } from "@/server/auth/staff-page";
import { staffContext } from "@/server/context";
import { listUsers } from "@/server/users/list-users";
import { changeRoleAction, inviteUserAction, setUserEnabledAction } from "./actions";

type Props = { params: Promise<{ locale: string }> };

export const generateMetadata = translatedTitle("Admin.Users", "title", { private: true });

export default async function UsersPage({ params }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) return null;
  const actor = await staffPage(locale, "/admin/users");
  if (!actor) return <Forbidden />;
  const [t, people] = await Promise.all([getTranslations({ locale, namespace: "Admin.Users" }), listUsers(staffContext(actor))]);
  return (
    <>
      <h1>{t("title")}</h1>
      <section aria-labelledby="invite-heading">
        <h2 id="invite-heading">{t("inviteHeading")}</h2>
        <p>{t("inviteIntro")}</p>
        <InviteForm action={inviteUserAction} locale={locale} />
      </section>
      <section aria-labelledby="people-heading">
        <h2 id="people-heading">{t("listHeading")}</h2>
        <table className="data">
          <thead>
            <tr>
              <th scope="col">{t("email")}</th>
              <th scope="col">{t("role")}</th>
              <th scope="col">{t("state")}</th>
            </tr>
          </thead>
          <tbody>
            {people.map((person) => (
              <tr key={person.id} id={`user-${person.id}`}>
                <td>
                  {person.email}
                  {person.name && <span className="muted"> · {person.name}</span>}
                </td>
                <td>
                  {person.id === actor.userId ? (
                    t(`roles.${person.role}`)
                  ) : (
                    <form action={asFormAction(changeRoleAction)} className="inline-form">
                      <input type="hidden" name="userId" value={person.id} />
                      <label className="visually-hidden" htmlFor={`role-${person.id}`}>
                        {t("roleFor", { email: person.email })}
                      </label>
                      <select id={`role-${person.id}`} name="role" defaultValue={person.role}>
                        <option value="admin">{t("roles.admin")}</option>
                        <option value="organiser">{t("roles.organiser")}</option>
                        <option value="viewer">{t("roles.viewer")}</option>
                      </select>
                      <button type="submit" className="secondary">
                        {t("changeRole")}
                      </button>
                    </form>
                  )}
                </td>
                <td>
                  {person.disabledAt ? t("disabled") : t("active")}
                  {person.id !== actor.userId && (
                    <form action={asFormAction(setUserEnabledAction)} className="inline-form">
                      <input type="hidden" name="userId" value={person.id} />
                      <input type="hidden" name="enabled" value={person.disabledAt ? "true" : "false"} />
                      <button type="submit" className="secondary">
                        {person.disabledAt ? t("enable", { email: person.email }) : t("disable", { email: person.email })}
                      </button>
                    </form>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </>
  );
}

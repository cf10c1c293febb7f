"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import { errorMessage, type FormErrors } from "@/lib/forms/form-state";

type Props = {
  errors: FormErrors;
  /** Why the action was refused outright ("signed-out", "forbidden", "unavailable"), if it was. */
  refused?: string;
  /** Field name → label: each line says which field it links to. */
  labels?: Record<string, string>;
  /** The next-intl namespace whose `errors.*` name the problems. */
  namespace: string;
  idPrefix?: string;
};

const refusals: Record<string, "signedOut" | "forbidden" | "unavailable"> = { "signed-out": "signedOut", forbidden: "forbidden", unavailable: "unavailable" };

/**
 * The top of a refused form: what went wrong, each problem a link to its field (whose id is the
 * prefix and its name). Takes the focus when it appears, so a keyboard or screen reader user
 * starts from it. Used by PanelForm, and by the panel's GET forms (filters, previews) as is.
 */
export function ErrorSummary({ errors, refused, labels = {}, namespace, idPrefix = "" }: Props) {
  const t = useTranslations(namespace as "Admin");
  const common = useTranslations("Admin.Form");
  const ref = useRef<HTMLDivElement>(null);
  // In the order of the form (the order of its labels), not the order the checks ran in.
  const order = Object.keys(labels);
  const rank = (name: string) => (order.includes(name) ? order.indexOf(name) : order.length);
  const entries = Object.keys(errors).sort((a, b) => rank(a) - rank(b));
  const shown = Boolean(refused) || entries.length > 0;
  useEffect(() => {
    if (shown) ref.current?.focus();
  }, [shown]);
  if (!shown) return null;
  const message = (name: string) => {
    const { key, args } = errorMessage(errors[name] ?? "");
    return t(`errors.${key}` as "nav", args);
  };
  return (
    <div ref={ref} role="alert" className="error-summary" tabIndex={-1} aria-labelledby={`${idPrefix}form-problems`}>
      <p id={`${idPrefix}form-problems`}>{refused ? common(refusals[refused] ?? "forbidden") : t.has("errors.summary") ? t("errors.summary" as "nav") : common("summary")}</p>
      {entries.length > 0 && (
        <ul>
          {entries.map((name) =>
            name === "form" ? (
              <li key={name}>{message(name)}</li>
            ) : (
              <li key={name}>
                <a href={`#${idPrefix}${name}`}>{labels[name] ? common("problem", { field: labels[name], message: message(name) }) : message(name)}</a>
              </li>
            ),
          )}
        </ul>
      )}
    </div>
  );
}

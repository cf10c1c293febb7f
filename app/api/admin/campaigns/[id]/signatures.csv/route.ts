import { z } from "zod";
import { apiTranslator } from "@/lib/i18n/api-translator";
import { isLocale } from "@/lib/i18n/routing";
import { isRefused } from "@/lib/refused";
import { staffRequestContext } from "@/server/auth/staff-action";
import { DEFAULT_COLUMNS, exportColumns } from "@/server/signatures/admin/export-columns";
import { exportSignatures } from "@/server/signatures/admin/export-signatures";
import { signatureFilter } from "@/server/signatures/admin/signature-filter";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

/** GET /api/admin/campaigns/<id>/signatures.csv?state=…&columns=name&columns=email&locale=fr */
export async function GET(request: Request, { params }: Context) {
  const { id } = await params;
  const query = new URL(request.url).searchParams;
  const locale = query.get("locale");
  if (locale !== null && !isLocale(locale)) return Response.json({ error: apiTranslator("en")("Api.localeInvalid") }, { status: 400 });
  const translate = apiTranslator(locale ?? "en");
  const t = (key: string) => translate(`Admin.Signatures.${key}` as "Admin.Signatures.errors.forbidden");
  // A link on another site could start a download (and an audit entry) in a signed-in organiser's
  // browser; browsers say where a request comes from, and only the panel itself may start one.
  if (request.headers.get("sec-fetch-site") === "cross-site") return Response.json({ error: t("errors.forbidden") }, { status: 403 });
  const filter = signatureFilter.safeParse(Object.fromEntries([...query].filter(([key]) => key !== "columns")));
  const chosen = query.getAll("columns");
  const columns = chosen.length > 0 ? exportColumns.safeParse(chosen) : { success: true as const, data: [...DEFAULT_COLUMNS] };
  if (!z.uuid().safeParse(id).success || !filter.success || !columns.success) {
    return Response.json({ error: t("errors.exportInvalid") }, { status: 400 });
  }
  try {
    const context = await staffRequestContext();
    if (!context) return Response.json({ error: t("errors.signed-out") }, { status: 401 });
    const exported = await exportSignatures(
      context,
      id,
      filter.data,
      columns.data,
      columns.data.map((column) => t(`columns.${column}`)),
    );
    if (!exported) return Response.json({ error: t("errors.exportInvalid") }, { status: 404 });
    const day = new Date().toISOString().slice(0, 10);
    // Named for the campaign and the day, so two campaigns' exports never overwrite each other in a
    // downloads folder (a slug is lower-case letters, digits and hyphens: safe in a header).
    return new Response(exported.stream, {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="${exported.slug}-signatures-${day}.csv"`,
        "cache-control": "no-store",
        "x-content-type-options": "nosniff",
      },
    });
  } catch (error) {
    if (isRefused(error) && (error.code === "signed-out" || error.code === "forbidden")) {
      return Response.json({ error: t(`errors.${error.code}`) }, { status: error.code === "signed-out" ? 401 : 403 });
    }
    throw error;
  }
}

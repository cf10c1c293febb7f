import { apiTranslator } from "@/lib/i18n/api-translator";
import { preferredLocale } from "@/lib/i18n/preferred-locale";

/*
 * Every route handler that reads a request body reads it through here, with its own cap. The
 * body is streamed and counted as it arrives, so a client sending more than the cap costs us at
 * most the cap (plus one chunk) in memory, never the whole upload: `await request.text()` would
 * buffer everything before anyone could measure it.
 */

import { bodyLimits } from "./body-limits";

export { bodyLimits };

export type BodyRead = { ok: true; text: string } | { ok: false; response: Response };

/** 413 with a JSON error in the language the client asks for (its body, where a locale might be, is unread). */
export function bodyTooLarge(request: Request, limit: number, headers?: HeadersInit): Response {
  const t = apiTranslator(preferredLocale(request.headers.get("accept-language")));
  return Response.json({ error: "bodyTooLarge", message: t("Api.bodyTooLarge", { kilobytes: Math.floor(limit / 1024) }) }, { status: 413, headers });
}

/**
 * The body as text, or a 413 response once more than `limit` bytes are sent. A declared
 * Content-Length above the cap is refused before a byte is read; a missing or false one is
 * caught while counting.
 */
export async function readBody(request: Request, limit: number, headers?: HeadersInit): Promise<BodyRead> {
  const declared = Number(request.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > limit) return { ok: false, response: bodyTooLarge(request, limit, headers) };
  if (!request.body) return { ok: true, text: "" };
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      // Stop the upload where it is: nothing more is read or kept.
      await reader.cancel().catch(() => undefined);
      return { ok: false, response: bodyTooLarge(request, limit, headers) };
    }
    chunks.push(value);
  }
  return { ok: true, text: new TextDecoder().decode(Buffer.concat(chunks)) };
}

/** A JSON body within the cap; `json` is undefined when the text is not JSON (each route words its own refusal). */
export async function readJsonBody(request: Request, limit: number, headers?: HeadersInit): Promise<{ ok: true; json: unknown } | { ok: false; response: Response }> {
  const body = await readBody(request, limit, headers);
  if (!body.ok) return body;
  try {
    return { ok: true, json: JSON.parse(body.text) };
  } catch {
    return { ok: true, json: undefined };
  }
}

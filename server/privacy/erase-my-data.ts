import "server-only";
import { z } from "zod";
import { postedFields } from "@/lib/forms/posted-fields";
import { failed, type Result } from "@/lib/result";
import type { Context } from "@/server/context";
import { eraseSupporter } from "./erase-supporter";

// The erase page's box: "yes" when ticked; absent (browsers send nothing) when not.
const eraseInput = z.object({ confirm: z.literal("yes") });

/**
 * The supporter's own "erase my data" (the erase page's form, for the supporter the my-data
 * session names): nothing happens unless the confirmation box was ticked, then everything that
 * identifies them goes (eraseSupporter), counted as an erasure they asked for.
 */
export async function eraseMyData(ctx: Context, supporterId: string, raw: unknown): Promise<Result<{ requestId: number }, "confirm" | "gone">> {
  if (!eraseInput.safeParse(postedFields(raw)).success) return failed("confirm");
  return eraseSupporter(ctx, supporterId, "supporter");
}

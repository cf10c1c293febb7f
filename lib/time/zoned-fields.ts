import { z } from "zod";
import { fromZonedInput } from "./zoned-time";

const EXPLICIT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:[zZ]|[+-]\d{2}:\d{2})$/;

/**
 * An optional date-and-time field: a `datetime-local` value read on a clock in `zone`, or (from a
 * script) an ISO time that names its own offset. Empty is null; anything else is "dateInvalid".
 */
export const zonedMinute = (zone: string) =>
  z
    .string()
    .trim()
    .optional()
    .transform((value, ctx) => {
      if (!value) return null;
      const at = EXPLICIT.test(value) ? new Date(value) : fromZonedInput(value, zone);
      if (!at || Number.isNaN(at.getTime())) {
        ctx.addIssue({ code: "custom", message: "dateInvalid" });
        return z.NEVER;
      }
      return at;
    });

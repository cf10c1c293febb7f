/*
 * What a campaign slug looks like, in one place: the editor refuses any other, and every public
 * lookup by slug answers "unknown" for any other without asking PostgreSQL (which would fail on a
 * NUL character, a 500, and need not be asked about text no campaign can have).
 */

export const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const SLUG_MAX = 80;

export function isSlug(value: string): boolean {
  return value.length <= SLUG_MAX && SLUG_PATTERN.test(value);
}

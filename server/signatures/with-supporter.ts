/*
 * A signature or letter whose supporter has been forgotten keeps its row (for the counts) with no
 * supporter. Only confirmed or invalidated rows are ever anonymised (pending ones are deleted), so a
 * row on its way to being confirmed or mailed always has one; this narrows the type where it must.
 */
export type WithSupporter<T extends { supporterId: string | null }> = T & { supporterId: string };

/** The row, typed as having a supporter; null when its supporter was forgotten. */
export function withSupporter<T extends { supporterId: string | null }>(row: T): WithSupporter<T> | null {
  return row.supporterId === null ? null : (row as WithSupporter<T>);
}

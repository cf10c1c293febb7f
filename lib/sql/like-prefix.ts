/** A LIKE pattern for "starts with `value`", with LIKE's wildcards escaped so "_" or "%" match only themselves. */
export function likePrefix(value: string): string {
  return `${value.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
}

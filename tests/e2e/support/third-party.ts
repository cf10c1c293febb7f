import type { Page } from "@playwright/test";

/** Records every request the page makes to a host other than this machine. */
export function watchThirdPartyRequests(page: Page): string[] {
  const offenders: string[] = [];
  page.on("request", (request) => {
    const { protocol, hostname } = new URL(request.url());
    if (protocol === "data:" || protocol === "blob:") return;
    if (hostname !== "localhost" && hostname !== "127.0.0.1") offenders.push(request.url());
  });
  return offenders;
}

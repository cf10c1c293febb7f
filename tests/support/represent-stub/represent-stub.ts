import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

/*
 * A local stand-in for Open North's Represent API, enough for postal-code lookups: GET
 * /postcodes/{CODE}/ answers what the test gave for that code, 404 (an HTML page, as Represent
 * does) otherwise; GET /representatives/house-of-commons/ lists `house`; `failWith(503)` makes every answer fail, as Represent does over its rate limit.
 */

/** An MP by default; with `office` ("MPP", "MNA", "MLA"), a provincial member in a provincial boundary set (ridingCode unused). */
export type StubMp = { name: string; ridingCode: string; districtName: string; email?: string; concordanceOnly?: boolean; office?: string };

export async function startRepresentStub(postcodes: Record<string, StubMp[]>, house: StubMp[] = []) {
  let failure: number | null = null;
  const requests: string[] = [];
  const rep = (mp: StubMp) => ({
    name: mp.name,
    elected_office: mp.office ?? "MP",
    district_name: mp.districtName,
    party_name: "Independent",
    email: mp.email ?? "",
    photo_url: "",
    related: {
      boundary_url: mp.office ? `/boundaries/provincial-electoral-districts/${mp.districtName.toLowerCase().replace(/\W+/g, "-")}/` : `/boundaries/federal-electoral-districts-2023-representation-order/${mp.ridingCode}/`,
    },
  });
  const server = createServer((request, response) => {
    requests.push(request.url ?? "");
    if (!failure && request.url === "/representatives/house-of-commons/?limit=1000") {
      return void response.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ objects: house.map(rep), meta: { next: null } }));
    }
    const code = /^\/postcodes\/([A-Z0-9]{6})\/$/.exec(request.url ?? "")?.[1];
    if (failure) return void response.writeHead(failure, { "content-type": "text/html" }).end("<h1>Service unavailable</h1>");
    const mps = code ? postcodes[code] : undefined;
    if (!mps) return void response.writeHead(404, { "content-type": "text/html" }).end("<h1>Not found</h1>");
    // Represent also lists councillors; the client keeps MPs and provincial members only.
    const councillor = { name: "A. Councillor", elected_office: "Councillor", district_name: "Somerset", related: { boundary_url: "/boundaries/ottawa-wards/14/" } };
    response.writeHead(200, { "content-type": "application/json" }).end(
      JSON.stringify({
        code,
        representatives_centroid: [...mps.filter((mp) => !mp.concordanceOnly).map(rep), councillor],
        representatives_concordance: mps.map(rep),
      }),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    failWith(status: number | null) {
      failure = status;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

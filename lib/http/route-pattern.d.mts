export type ManifestRoute = { page: string; regex: string };
export declare function routeMatcher(manifest: { staticRoutes?: ManifestRoute[]; dynamicRoutes?: ManifestRoute[] }): (url: string | undefined) => string;
export declare function routeMatcherFor(dir: string): (url: string | undefined) => string;

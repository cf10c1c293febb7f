// Node resolve hook: outside Next's bundler, "server-only" would throw on import. The worker is
// server code by definition, so the guard resolves to an empty module here.
export async function resolve(specifier, context, nextResolve) {
  if (specifier === "server-only") return { url: "data:text/javascript,export {};", shortCircuit: true };
  return nextResolve(specifier, context);
}

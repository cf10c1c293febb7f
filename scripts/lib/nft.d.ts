// Next ships @vercel/nft compiled without its types; this is the part scripts/lib/standalone.ts uses.
declare module "next/dist/compiled/@vercel/nft/index.js" {
  type TraceOptions = { base?: string; processCwd?: string; ignore?: (file: string) => boolean };
  const nft: { nodeFileTrace(files: string[], options?: TraceOptions): Promise<{ fileList: Set<string>; warnings: Set<Error> }> };
  export default nft;
}

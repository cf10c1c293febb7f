/** Runs the Resend stub as its own process (Playwright starts it beside the app and worker). */
import { startResendStub } from "./server";

const port = Number(process.argv[2] ?? process.env.RESEND_STUB_PORT ?? 4010);
const stub = await startResendStub({ port });
console.log(`Resend stub listening on ${stub.url}`);
const stop = () => void stub.close().then(() => process.exit(0));
process.on("SIGINT", stop);
process.on("SIGTERM", stop);

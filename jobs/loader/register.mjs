// Loaded with `node --import ./jobs/loader/register.mjs`: lets the worker import server/ verbs.
import { register } from "node:module";

register("./server-only-hook.mjs", import.meta.url);

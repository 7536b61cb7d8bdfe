// Runs in the browser before the app becomes interactive (Next's instrumentation-client convention).
import { z } from "zod";

// zod 4 compiles object parsers with `new Function` when it may, and probes for that on the first
// parse. The pages' CSP allows no 'unsafe-eval' (proxy.ts), so the probe is refused and reported as
// a CSP violation, although zod then parses without it. Parsing without compilation from the start
// skips the probe; the forms' schemas are small, so the compiled path bought nothing here.
z.config({ jitless: true });

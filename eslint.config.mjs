import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

const config = [
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    ignores: [".next*/**", "node_modules/**", "lib/generated/**", ".data/**", "test-results*/**", "playwright-report/**", "tmp/**", "next-env.d.ts"],
  },
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      // Only lib/data may touch the Prisma client (house style: one door to the database).
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["@/lib/db/client", "**/lib/db/client", "@/lib/generated/*", "**/generated/prisma/*"], message: "Only lib/data may use the Prisma client; call a lib/data function instead." }] },
      ],
    },
  },
  {
    files: ["lib/data/**", "lib/db/**"],
    rules: { "no-restricted-imports": "off" },
  },
  {
    // Types of JSON columns are needed to render them; values still come through lib/data.
    files: ["app/**/removed-on-import.tsx"],
    rules: { "no-restricted-imports": "off" },
  },
];

export default config;

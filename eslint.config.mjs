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
      // Which layer may import which (only lib/data touches the Prisma client, dynamic imports included)
      // is checked by dependency-cruiser (.dependency-cruiser.cjs, "Import rules" in npm test), not here.
    },
  },
  {
    // Specs take `test` from e2e/fixtures/test.ts, whose guard fails a test on any CSP violation.
    files: ["e2e/**/*.spec.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [{ name: "@playwright/test", importNames: ["test", "expect"], message: "Import { test, expect } from ./fixtures/test: it fails the test when a page reports a CSP violation." }],
        },
      ],
    },
  },
  {
    // Text may be right to left (Arabic quotes and sources): every text control follows what is typed in it.
    files: ["app/**/*.tsx"],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector:
            "JSXOpeningElement[name.name=/^(input|textarea)$/]:not(:has(JSXAttribute[name.name='dir'])):not(:has(JSXAttribute[name.name='type'][value.value=/^(checkbox|radio|hidden|file|color|range)$/]))",
          message: 'Text inputs and textareas need dir="auto" so that right-to-left text is typed and shown right to left.',
        },
      ],
    },
  },
];

export default config;

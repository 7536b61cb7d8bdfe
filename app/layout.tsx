import type { Metadata } from "next";
import { connection } from "next/server";
import type { ReactNode } from "react";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Claimbench", template: "%s · Claimbench" },
  description: "Claim tracking and fact-check workbench",
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Every page is rendered per request: Next stamps each request's CSP nonce (proxy.ts) on its
  // scripts while rendering, and a page prerendered at build time would carry none and not run.
  await connection();
  return (
    <html lang="en">
      <body className="min-h-screen bg-slate-50 font-sans text-slate-900 antialiased">{children}</body>
    </html>
  );
}

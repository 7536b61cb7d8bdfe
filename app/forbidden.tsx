import Link from "next/link";

export default function Forbidden() {
  return (
    <main className="mx-auto max-w-xl px-6 py-24 text-center">
      <h1 className="text-2xl font-semibold">Your role does not allow this</h1>
      <p className="mt-3 text-slate-600">
        Your role in this workspace does not include this page. Ask one of the workspace&apos;s owners if you need a
        different role.
      </p>
      <Link href="/w" className="mt-6 inline-block text-blue-700 underline">Go to your workspaces</Link>
    </main>
  );
}

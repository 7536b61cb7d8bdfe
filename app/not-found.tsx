import Link from "next/link";

export default function NotFound() {
  return (
    <main className="mx-auto max-w-xl px-6 py-24 text-center">
      <h1 className="text-2xl font-semibold">Not found</h1>
      <p className="mt-3 text-slate-600">There is nothing at this address, or you do not have access to it.</p>
      <Link href="/w" className="mt-6 inline-block text-blue-700 underline">Go to your workspaces</Link>
    </main>
  );
}

"use client";
import { useState, type FormEvent } from "react";
import { Badge } from "@/app/_components/badge";
import { Button, PendingButton } from "@/app/_components/button";
import { Field } from "@/app/_components/field";
import { FormStatus } from "@/app/_components/form-status";
import { useActionForm } from "@/app/_components/use-action-form";
import { createApiTokenAction, revokeApiTokenAction } from "@/lib/server/actions/api-tokens";

export interface TokenRow {
  id: string;
  name: string;
  prefix: string;
  readOnly: boolean;
  owner: string;
  createdAt: string;
  lastUsedAt: string | null;
  revoked: boolean;
  /** Active, Active until…, Expired…, Revoked…: worked out on the server, where the clock is one. */
  status: string;
}

/** Create a token (shown once, with a copy button) and revoke tokens. */
export function ApiTokens({ slug, tokens }: { slug: string; tokens: TokenRow[] }) {
  const form = useActionForm();
  const [values, setValues] = useState({ name: "", readOnly: false, expiresOn: "" });
  // The new token is shown until the next attempt: it cannot be read again once gone.
  const [created, setCreated] = useState<{ name: string; token: string } | null>(null);
  const errors = form.fieldErrors;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    setCreated(null);
    form.run(() => createApiTokenAction(slug, null, formData), { onSuccess: setCreated });
  }

  return (
    <div className="mt-4 space-y-6">
      <form id={form.formId} onSubmit={submit} className="space-y-4 rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
        <FormStatus form={form} />
        <Field id="token-name" label="Token name" name="name" value={values.name} onChange={(e) => setValues({ ...values, name: e.target.value })} errors={errors.name} hint="The script or tool that will use it, such as CMS import." required maxLength={100} />
        <div className="flex items-start gap-3">
          <input id="token-readOnly" name="readOnly" type="checkbox" checked={values.readOnly} onChange={(e) => setValues({ ...values, readOnly: e.target.checked })} className="mt-1 size-4" />
          <label htmlFor="token-readOnly" className="text-sm">
            <span className="font-medium">Read-only</span>
            <span className="block text-slate-600">The token can read but not change anything, whatever your role.</span>
          </label>
        </div>
        <Field id="token-expires" label="Expires on (optional)" name="expiresOn" type="date" value={values.expiresOn} onChange={(e) => setValues({ ...values, expiresOn: e.target.value })} errors={errors.expiresOn} hint="Leave empty for a token that works until it is revoked." />
        <PendingButton type="submit" pending={form.pending} pendingLabel="Creating…">Create token</PendingButton>
      </form>
      {created ? <NewToken name={created.name} token={created.token} /> : null}
      <TokenList slug={slug} tokens={tokens} />
    </div>
  );
}

function NewToken({ name, token }: { name: string; token: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <div role="status" className="space-y-2 rounded-lg border border-green-200 bg-green-50 p-4 text-sm text-green-900">
      <p>
        Token <strong>{name}</strong> created. Copy it now: it is shown only once. Send it as <code>Authorization: Bearer &lt;token&gt;</code>.
      </p>
      <div className="flex items-center gap-2">
        <label htmlFor="new-token" className="sr-only">New API token</label>
        <input id="new-token" dir="auto" readOnly value={token} className="block w-full rounded-md border border-green-300 bg-white px-3 py-2 font-mono text-xs" onFocus={(e) => e.target.select()} />
        <Button
          type="button"
          variant="secondary"
          onClick={async () => {
            await navigator.clipboard.writeText(token);
            setCopied(true);
          }}
        >
          {copied ? "Copied" : "Copy"}
        </Button>
      </div>
    </div>
  );
}

function TokenList({ slug, tokens }: { slug: string; tokens: TokenRow[] }) {
  const revoke = useActionForm();
  if (tokens.length === 0) return <p className="text-sm text-slate-600">No tokens yet. Create one above for a script or an integration.</p>;
  return (
    <div>
      <div className="mb-2 empty:hidden"><FormStatus form={revoke} /></div>
      <table className="w-full rounded-lg border border-slate-200 bg-white text-left text-sm">
        <caption className="sr-only">API tokens</caption>
        <thead className="border-b border-slate-200 text-slate-600">
          <tr><th className="px-3 py-2 font-medium">Name</th><th className="px-3 py-2 font-medium">Token</th><th className="px-3 py-2 font-medium">Owner</th><th className="px-3 py-2 font-medium">Last used</th><th className="px-3 py-2 font-medium">Status</th><th className="px-3 py-2"><span className="sr-only">Actions</span></th></tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {tokens.map((token) => (
            <tr key={token.id}>
              <td className="px-3 py-2 font-medium"><bdi>{token.name}</bdi>{token.readOnly ? <> <Badge tone="neutral">read-only</Badge></> : null}</td>
              <td className="px-3 py-2 font-mono text-xs">{token.prefix}…</td>
              <td className="px-3 py-2">{token.owner}</td>
              <td className="px-3 py-2">{token.lastUsedAt ? token.lastUsedAt.slice(0, 16).replace("T", " ") : "Never"}</td>
              <td className="px-3 py-2">{token.status}</td>
              <td className="px-3 py-2 text-right">
                {token.revoked ? null : (
                  <PendingButton
                    type="button"
                    variant="secondary"
                    pending={revoke.pending}
                    pendingLabel="Revoking…"
                    aria-label={`Revoke ${token.name}`}
                    onClick={() => revoke.run(() => revokeApiTokenAction(slug, { tokenId: token.id }))}
                  >
                    Revoke
                  </PendingButton>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

import { importWorkspace } from "@/lib/workflows/workspace-import/workspace-import";
import { routeHandler } from "@/lib/server/http/route-handler";
import { workspaceImportFieldsSchema } from "@/lib/schemas/workspace-json";

/**
 * POST multipart/form-data { file, slug, name? }: imports a workspace JSON export into a new workspace
 * owned by the signed-in user. 201 { workspace: { slug, name }, counts, people, assignmentsLeftOut, capturesLeftOut,
 * publicationsWithNewAddresses };
 * otherwise the one error shape with 401, 403 (sent from another site), 409 (slug taken), 413 (over
 * CLAIMBENCH_MAX_UPLOAD_BYTES) or 422 (a bad file, with its reason).
 */
export const POST = routeHandler(
  {
    upload: { field: "file", maxFiles: 1, limit: "file", fields: workspaceImportFieldsSchema, missing: "Choose the .json file of a workspace export." },
    signInTo: "import a workspace",
  },
  async ({ user, upload: { files: [file], fields } }) => {
    const result = await importWorkspace({ actor: user, input: { fileName: file!.name, bytes: await file!.read(), slug: fields.slug, name: fields.name } });
    return Response.json(
      { workspace: { slug: result.workspace.slug, name: result.workspace.name }, counts: result.counts, people: result.people, assignmentsLeftOut: result.assignmentsLeftOut, capturesLeftOut: result.capturesLeftOut,
        publicationsWithNewAddresses: result.publicationsWithNewAddresses },
      { status: 201 },
    );
  },
);

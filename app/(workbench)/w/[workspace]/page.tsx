import { notFound, redirect } from "next/navigation";
import { workspaceParamsSchema } from "@/lib/schemas/common";

export default async function WorkspaceHome({ params }: { params: Promise<{ workspace: string }> }) {
  const parsed = workspaceParamsSchema.safeParse(await params);
  if (!parsed.success) notFound();
  redirect(`/w/${parsed.data.workspace}/articles`);
}

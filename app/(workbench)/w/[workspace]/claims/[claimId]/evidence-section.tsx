// Placeholder until the evidence work lands (issue 4); replaced wholesale.
export async function EvidenceSection(_props: { slug: string; claimId: string }) {
  return null;
}

// Placeholder until the verdicts work lands (issue 4); replaced wholesale.
export async function VerdictsSection(_props: { slug: string; claimId: string }) {
  return null;
}

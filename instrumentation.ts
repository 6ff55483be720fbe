// Next.js calls register once as the server starts, before it takes requests.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { captureStartupContext } = await import("@/lib/db/outside-requests");
  captureStartupContext();
}

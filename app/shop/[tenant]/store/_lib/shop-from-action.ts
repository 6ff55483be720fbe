import { notFound } from "next/navigation";
import { z } from "zod";
import { resolveShop } from "@/lib/sites/resolve-shop";

const siteIdSchema = z.number().int().positive().max(2_147_483_647);

/** The shop a form acts on, from the siteId its page bound to the server action. */
export async function shopFromAction(siteId: unknown) {
  const parsed = siteIdSchema.safeParse(siteId);
  const shop = parsed.success ? await resolveShop(String(parsed.data)) : null;
  if (!shop) notFound();
  return shop;
}

import { createHash, randomBytes } from "node:crypto";

/** A bearer secret: 256 bits from the CSPRNG, URL-safe. Only its digest is ever stored. */
export function newToken(): string {
  return randomBytes(32).toString("base64url");
}

/** SHA-256 digest (hex) under which a token is stored and looked up. */
export function tokenDigest(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

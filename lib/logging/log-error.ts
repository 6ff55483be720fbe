// Errors are logged through here so secrets never reach the logs: Prisma's messages repeat a
// failed call's arguments (a password hash, a token digest), and thrown errors may quote input.

const SECRET_VALUE = /scrypt\$[^\s"'`,)}\]]+/g;
// `passwordHash: "…"`, `"token": "…"`, `apiKey=…`: the key stays, its value goes.
const SECRET_FIELD =
  /((?:["'`]?)(?:password\w*|currentPassword|newPassword|\w*token\w*|\w*secret\w*|\w*apiKey\w*|authorization)(?:["'`]?)\s*[:=]\s*)("[^"]*"|'[^']*'|`[^`]*`|[^\s,}\]]+)/gi;

export function redactSecrets(text: string): string {
  return text.replace(SECRET_VALUE, "[redacted]").replace(SECRET_FIELD, "$1[redacted]");
}

/** A loggable description of anything thrown: its stack (which starts with the message), redacted. */
export function describeError(error: unknown): string {
  if (error instanceof Error) return redactSecrets(error.stack ?? `${error.name}: ${error.message}`);
  try {
    return redactSecrets(JSON.stringify(error));
  } catch {
    return "[unserialisable error]";
  }
}

export function logError(label: string, error: unknown, context: Record<string, unknown> = {}) {
  console.error(label, { ...context, error: describeError(error) });
}

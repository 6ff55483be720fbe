import type { z } from "zod";

/** Long enough for a carrier's slow day, short enough that a shopper still gets the portal's rates. */
export const CARRIER_TIMEOUT_MS = 8_000;

/** A failed call to a shipping provider; `status` is the provider's HTTP status, when it answered. */
export class CarrierError extends Error {
  constructor(
    readonly provider: string,
    message: string,
    readonly status: number | null = null,
  ) {
    super(`${provider}: ${message}`);
    this.name = "CarrierError";
  }
}

type CarrierRequest = {
  provider: string;
  url: string;
  method: "GET" | "POST";
  authorization: string;
  body?: unknown;
  timeoutMs?: number;
};

/**
 * One JSON call to a provider, with a deadline, its answer checked against `schema`. Errors carry
 * the provider's own message but never the request, so a logged error cannot leak the API key.
 */
export async function carrierRequest<S extends z.ZodType>(request: CarrierRequest, schema: S): Promise<z.output<S>> {
  const { provider } = request;
  const timeoutMs = request.timeoutMs ?? CARRIER_TIMEOUT_MS;
  let response: Response;
  let text: string;
  try {
    response = await fetch(request.url, {
      method: request.method,
      headers: { authorization: request.authorization, accept: "application/json", ...(request.body ? { "content-type": "application/json" } : {}) },
      body: request.body === undefined ? undefined : JSON.stringify(request.body),
      // The deadline covers reading the body too: a provider that stalls mid-answer is as slow as one that never answers.
      signal: AbortSignal.timeout(timeoutMs),
      // Quotes are per store and per moment: never from Next's data cache.
      cache: "no-store",
    });
    text = await response.text();
  } catch (error) {
    const timedOut = error instanceof Error && error.name === "TimeoutError";
    throw new CarrierError(provider, timedOut ? `timed out after ${timeoutMs} ms` : "unreachable");
  }
  if (!response.ok) throw new CarrierError(provider, `answered ${response.status}${providerMessage(text)}`, response.status);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new CarrierError(provider, "answered a body that is not JSON", response.status);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw new CarrierError(provider, "answered an unexpected body", response.status);
  return parsed.data;
}

// EasyPost answers { error: { message } }, Printful { error: { message } } or { result: "..." }.
function providerMessage(text: string): string {
  try {
    const body = JSON.parse(text) as { error?: { message?: unknown }; result?: unknown };
    const message = body.error?.message ?? (typeof body.result === "string" ? body.result : undefined);
    return typeof message === "string" ? `: ${message.slice(0, 200)}` : "";
  } catch {
    return "";
  }
}

/** "9.95" (dollars, as both providers send money) → 995 cents, exactly; anything else throws. */
export function dollarsToCents(provider: string, amount: string | number): number {
  const text = typeof amount === "number" ? amount.toFixed(2) : amount.trim();
  const match = /^(\d+)(?:\.(\d+))?$/.exec(text);
  if (!match) throw new CarrierError(provider, `answered an unreadable amount "${text}"`);
  const fraction = (match[2] ?? "").padEnd(3, "0");
  return Number(match[1]) * 100 + Number(fraction.slice(0, 2)) + (Number(fraction[2]) >= 5 ? 1 : 0);
}

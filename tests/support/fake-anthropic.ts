import { createServer } from "node:http";
import { listenOnLoopback, readJsonBody } from "./loopback-server";

// A fake of Anthropic's Messages API on loopback: records every request, answers the reply text
// a test sets (JSON suggestions by default), and fails on demand. Point ANTHROPIC_API_URL at `url`.

export type FakeMessagesRequest = { path: string; apiKey: string | null; body: Record<string, unknown> };

export const DEFAULT_SUGGESTIONS = ["Sunrise Squad", "Peak Season", "Chase the Light", "Born to Wander", "Summit Mode", "Trail Mix Energy"];

export type FakeAnthropic = {
  url: string;
  requests: FakeMessagesRequest[];
  /** What the model "says" from now on. */
  setReply(text: string): void;
  /** The next n calls answer `status` with an error that quotes the caller's key. */
  failNext(n: number, status?: number): void;
  /** While on, every request is read and never answered. */
  stall(on: boolean): void;
  close(): Promise<void>;
};

export async function startFakeAnthropic(): Promise<FakeAnthropic> {
  const requests: FakeMessagesRequest[] = [];
  let reply = JSON.stringify({ suggestions: DEFAULT_SUGGESTIONS });
  let failures = 0;
  let failureStatus = 500;
  let stalled = false;

  const server = createServer(async (request, response) => {
    const body = await readJsonBody(request);
    const path = (request.url ?? "").split("?")[0];
    // The SDK sends the key as X-Api-Key or, in recent versions, as a Bearer token: take either.
    const apiKey = (request.headers["x-api-key"] as string | undefined) ?? request.headers.authorization?.replace(/^Bearer /, "") ?? null;
    requests.push({ path, apiKey, body });
    // Stalled: the request is read and never answered, as a provider that hangs.
    if (stalled) return;
    const send = (status: number, payload: unknown) => {
      response.writeHead(status, { "content-type": "application/json", "request-id": `req_fake_${requests.length}` });
      response.end(JSON.stringify(payload));
    };
    if (request.method !== "POST" || path !== "/v1/messages") return send(404, { type: "error", error: { type: "not_found_error", message: "Unknown path (fake)" } });
    if (failures > 0) {
      failures--;
      return send(failureStatus, { type: "error", error: { type: "api_error", message: `Overloaded; key ${apiKey} throttled on shard 12` } });
    }
    send(200, {
      id: `msg_fake_${requests.length}`,
      type: "message",
      role: "assistant",
      model: body.model,
      content: [{ type: "text", text: reply }],
      stop_reason: "end_turn",
      stop_sequence: null,
      usage: { input_tokens: 40, output_tokens: 60 },
    });
  });
  const { url, close } = await listenOnLoopback(server);
  return {
    url,
    requests,
    setReply: (text) => {
      reply = text;
    },
    failNext: (n, status = 500) => {
      failures = n;
      failureStatus = status;
    },
    stall: (on) => {
      stalled = on;
    },
    close,
  };
}

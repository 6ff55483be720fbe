import { z } from "zod";

// The model is asked for JSON, but a reply may come fenced, wrapped in prose, or as plain lines;
// each shape is read, and whatever comes out is cleaned and capped before a shopper sees it.

export const MAX_SUGGESTION_LENGTH = 120;

const jsonReply = z.union([z.object({ suggestions: z.array(z.unknown()) }).transform((r) => r.suggestions), z.array(z.unknown())]);

function fromJson(reply: string): unknown[] | null {
  const start = reply.search(/[[{]/);
  const end = Math.max(reply.lastIndexOf("}"), reply.lastIndexOf("]"));
  if (start < 0 || end <= start) return null;
  try {
    const parsed = jsonReply.safeParse(JSON.parse(reply.slice(start, end + 1)));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

function fromLines(reply: string): string[] {
  return reply.split(/\r?\n/).filter((line) => !/^\s*(```|[[\]{}],?\s*$)/.test(line));
}

/** One suggestion as shown: no list markers or wrapping quotes, single spaces, at most MAX_SUGGESTION_LENGTH characters. */
export function cleanSuggestion(raw: string): string {
  let text = raw
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^(?:[-*•]|\d{1,2}[.)])\s+/, "")
    .replace(/^["'“‘](.*)["'”’],?$/, "$1")
    .trim();
  if (text.length > MAX_SUGGESTION_LENGTH) {
    const cut = text.slice(0, MAX_SUGGESTION_LENGTH - 1);
    const lastSpace = cut.lastIndexOf(" ");
    text = `${(lastSpace > MAX_SUGGESTION_LENGTH / 2 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`;
  }
  return text;
}

/** Up to `count` distinct, non-empty suggestions from the model's reply (none when it had none). */
export function parseSuggestions(reply: string, count: number): string[] {
  const items = fromJson(reply) ?? fromLines(reply);
  const seen = new Set<string>();
  const suggestions: string[] = [];
  for (const item of items) {
    if (typeof item !== "string") continue;
    const text = cleanSuggestion(item);
    if (!text || seen.has(text.toLowerCase())) continue;
    seen.add(text.toLowerCase());
    suggestions.push(text);
    if (suggestions.length === count) break;
  }
  return suggestions;
}

import type { Metadata } from "next";
import Link from "next/link";
import { listOutbox } from "@/lib/email/outbox";
import { env } from "@/lib/env";
import { requireDevOutbox } from "./_lib/require-dev-outbox";

// The outbox changes with every message sent, so it is read on each request.
export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Outbox (development)", robots: { index: false, follow: false } };

const LIMIT = 200;

export default async function OutboxPage() {
  requireDevOutbox();
  const messages = await listOutbox({ limit: LIMIT });

  return (
    <main id="main" className="mx-auto max-w-5xl px-4 py-10 sm:px-6">
      <h1 className="text-3xl font-semibold tracking-tight">Outbox</h1>
      <p className="mt-2 text-muted">
        E-mails written to <code className="font-mono text-sm">DATA_DIR/outbox</code> instead of being sent, newest first
        {messages.length === LIMIT ? ` (the latest ${LIMIT})` : ""}.
      </p>
      {env.SMTP_URL && (
        <p className="mt-4 rounded-lg border border-amber-300 bg-amber-50 p-4 text-sm">
          SMTP_URL is set: new messages go to the SMTP server and do not appear here.
        </p>
      )}

      {messages.length === 0 ? (
        <p className="mt-8 rounded-lg border border-stone-200 bg-white p-5 text-muted">No messages yet.</p>
      ) : (
        <div className="mt-8 overflow-x-auto rounded-lg border border-stone-200 bg-white">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Messages in the outbox</caption>
            <thead>
              <tr className="border-b border-stone-200 text-muted">
                <th className="px-4 py-2 font-medium">Time (UTC)</th>
                <th className="px-4 py-2 font-medium">To</th>
                <th className="px-4 py-2 font-medium">Subject</th>
                <th className="px-4 py-2 font-medium">Tag</th>
              </tr>
            </thead>
            <tbody>
              {messages.map((m) => (
                <tr key={m.id} className="border-b border-stone-100 align-top last:border-0">
                  <td className="whitespace-nowrap px-4 py-2 font-mono text-xs">
                    <time dateTime={m.createdAt}>{m.createdAt.replace("T", " ").slice(0, 19)}</time>
                  </td>
                  <td className="px-4 py-2 break-all">{m.to}</td>
                  <td className="px-4 py-2">
                    <Link className="text-accent underline" href={`/dev/outbox/${m.id}`}>
                      {m.subject}
                    </Link>
                  </td>
                  <td className="px-4 py-2">
                    <span className="rounded bg-stone-100 px-2 py-0.5 font-mono text-xs">{m.tag}</span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </main>
  );
}

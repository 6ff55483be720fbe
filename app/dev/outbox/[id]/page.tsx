import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { readOutboxMessage } from "@/lib/email/outbox";
import { requireDevOutbox } from "../_lib/require-dev-outbox";

export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Outbox message (development)", robots: { index: false, follow: false } };

type Props = { params: Promise<{ id: string }> };

export default async function OutboxMessagePage({ params }: Props) {
  requireDevOutbox();
  const { id } = await params;
  const message = await readOutboxMessage(id);
  if (!message) notFound();

  const details: [string, string | undefined][] = [
    ["Time (UTC)", message.createdAt],
    ["From", message.from],
    ["To", message.to],
    ["Reply-To", message.replyTo],
    ["Tag", message.tag],
    ["Id", message.id],
  ];

  return (
    <main id="main" className="mx-auto max-w-5xl px-4 py-10 sm:px-6">
      <Link className="text-sm text-accent underline" href="/dev/outbox">
        ← Outbox
      </Link>
      <h1 className="mt-4 text-2xl font-semibold tracking-tight">{message.subject}</h1>
      <dl className="mt-4 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
        {details
          .filter(([, value]) => value)
          .map(([label, value]) => (
            <div key={label} className="contents">
              <dt className="font-medium text-muted">{label}</dt>
              <dd className="break-all font-mono">{value}</dd>
            </div>
          ))}
      </dl>

      <h2 className="mt-8 text-xl font-semibold">HTML</h2>
      {/* An empty sandbox: the message's markup runs no script and gets no access to this origin. */}
      <iframe
        title={`HTML part of “${message.subject}”`}
        sandbox=""
        srcDoc={message.html}
        className="mt-3 h-[48rem] w-full rounded-lg border border-stone-200 bg-white"
      />

      <h2 className="mt-8 text-xl font-semibold">Text</h2>
      <pre className="mt-3 overflow-x-auto whitespace-pre-wrap rounded-lg border border-stone-200 bg-white p-5 text-sm leading-6">
        {message.text}
      </pre>
    </main>
  );
}

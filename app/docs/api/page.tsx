import type { Metadata } from "next";
import { openApiDocument } from "@/lib/openapi/document";

export const metadata: Metadata = {
  title: "Storefront API reference",
  description: "Endpoints, parameters, answers and error codes of the Storefront API.",
};

type Parameter = { name: string; in: string; required?: boolean; description?: string; schema?: { type?: unknown; enum?: unknown[]; default?: unknown } };
type Operation = {
  summary?: string;
  description?: string;
  tags?: string[];
  parameters?: Parameter[];
  responses: Record<string, { description: string; content?: Record<string, { schema: unknown }> }>;
};

const methodColours: Record<string, string> = {
  get: "bg-emerald-100 text-emerald-900",
  post: "bg-sky-100 text-sky-900",
  put: "bg-amber-100 text-amber-900",
  patch: "bg-violet-100 text-violet-900",
  delete: "bg-rose-100 text-rose-900",
};

const schemaRefs = (value: unknown): string[] =>
  JSON.stringify(value ?? {}).match(/#\/components\/schemas\/(\w+)/g)?.map((ref) => ref.split("/").pop()!) ?? [];

export default function ApiReferencePage() {
  const doc = openApiDocument();
  const operations = Object.entries(doc.paths ?? {}).flatMap(([path, item]) =>
    Object.entries(item as Record<string, Operation>).map(([method, operation]) => ({ path, method, operation })),
  );
  const schemas = Object.entries(doc.components?.schemas ?? {});

  return (
    <main id="main" className="mx-auto max-w-5xl px-4 py-10 sm:px-6">
      <h1 className="text-3xl font-semibold tracking-tight">{doc.info.title} reference</h1>
      <p className="mt-2 text-muted">
        Version {doc.info.version}. Machine-readable description:{" "}
        <a className="text-accent underline" href="/api/storefront/openapi.json">
          /api/storefront/openapi.json
        </a>{" "}
        (OpenAPI 3.1).
      </p>
      <div className="mt-6 whitespace-pre-line rounded-lg border border-stone-200 bg-white p-5 text-sm leading-6">
        {doc.info.description}
      </div>

      <h2 className="mt-10 text-2xl font-semibold">Endpoints</h2>
      <ul className="mt-4 space-y-6">
        {operations.map(({ path, method, operation }) => (
          <li key={`${method} ${path}`} id={`${method}-${path}`} className="rounded-lg border border-stone-200 bg-white p-5">
            <h3 className="flex flex-wrap items-center gap-3 font-mono text-sm">
              <span className={`rounded px-2 py-0.5 font-semibold uppercase ${methodColours[method] ?? ""}`}>{method}</span>
              <span className="break-all">{path}</span>
            </h3>
            <p className="mt-2 font-medium">{operation.summary}</p>
            {operation.description && <p className="mt-1 text-sm text-muted">{operation.description}</p>}
            {operation.parameters?.length ? (
              <table className="mt-4 w-full text-left text-sm">
                <caption className="sr-only">Parameters</caption>
                <thead>
                  <tr className="border-b border-stone-200 text-muted">
                    <th className="py-1 pr-4 font-medium">Name</th>
                    <th className="py-1 pr-4 font-medium">In</th>
                    <th className="py-1 pr-4 font-medium">Description</th>
                  </tr>
                </thead>
                <tbody>
                  {operation.parameters.map((p) => (
                    <tr key={`${p.in}-${p.name}`} className="border-b border-stone-100 align-top">
                      <td className="py-1 pr-4 font-mono">
                        {p.name}
                        {p.required ? " *" : ""}
                      </td>
                      <td className="py-1 pr-4">{p.in}</td>
                      <td className="py-1 pr-4">
                        {p.description}
                        {p.schema?.enum ? ` One of: ${p.schema.enum.join(", ")}.` : ""}
                        {p.schema?.default !== undefined ? ` Default: ${String(p.schema.default)}.` : ""}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            ) : null}
            <dl className="mt-4 space-y-1 text-sm">
              {Object.entries(operation.responses).map(([status, response]) => (
                <div key={status} className="flex gap-3">
                  <dt className="w-12 shrink-0 font-mono font-semibold">{status}</dt>
                  <dd>
                    {response.description}
                    {schemaRefs(response.content).map((name) => (
                      <a key={name} href={`#schema-${name}`} className="ml-2 font-mono text-accent underline">
                        {name}
                      </a>
                    ))}
                  </dd>
                </div>
              ))}
            </dl>
          </li>
        ))}
      </ul>

      <h2 className="mt-10 text-2xl font-semibold">Schemas</h2>
      <ul className="mt-4 space-y-4">
        {schemas.map(([name, schema]) => (
          <li key={name} id={`schema-${name}`} className="rounded-lg border border-stone-200 bg-white p-5">
            <h3 className="font-mono font-semibold">{name}</h3>
            <pre className="mt-2 overflow-x-auto text-xs leading-5">{JSON.stringify(schema, null, 2)}</pre>
          </li>
        ))}
      </ul>
    </main>
  );
}

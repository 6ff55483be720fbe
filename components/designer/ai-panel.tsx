"use client";

import Image from "next/image";
import { useState, useTransition } from "react";
import { aiImageAction, aiTextAction } from "@/app/shop/[tenant]/store/design/actions";
import { ToolButton } from "./designer";

type Asset = { id: number; url: string; width: number; height: number };
type AiPanelProps = {
  siteId: number;
  productName: string;
  ensureDesign: () => Promise<number | null>;
  onImage: (asset: Asset) => void;
  onText: (text: string) => void;
};

/** AI artwork (a prompt, a style, variations to pick from) and slogan suggestions. */
export function AiPanel({ siteId, productName, ensureDesign, onImage, onText }: AiPanelProps) {
  const [prompt, setPrompt] = useState("");
  const [style, setStyle] = useState("illustration");
  const [images, setImages] = useState<Asset[]>([]);
  const [suggestions, setSuggestions] = useState<string[]>([]);
  const [message, setMessage] = useState<string | null>(null);
  const [pending, start] = useTransition();

  const run = (work: (designId: number) => Promise<void>) =>
    start(async () => {
      setMessage(null);
      const id = await ensureDesign();
      if (id) await work(id);
    });

  return (
    <section aria-labelledby="ai-heading" className="rounded-2xl border border-stone-200 bg-white p-5">
      <h2 id="ai-heading" className="font-semibold text-ink">
        Create with AI
      </h2>
      <label className="mt-3 block text-sm font-medium text-ink">
        Describe an image or a slogan
        <textarea value={prompt} maxLength={1000} rows={2} onChange={(e) => setPrompt(e.target.value)} className="mt-1 block w-full rounded-xl border border-stone-300 px-3 py-2" />
      </label>
      <label className="mt-3 block text-sm font-medium text-ink">
        Style
        <select value={style} onChange={(e) => setStyle(e.target.value)} className="mt-1 block h-10 w-full rounded-xl border border-stone-300 bg-white px-2">
          <option value="illustration">Illustration</option>
          <option value="photo">Photo</option>
          <option value="graphic">Graphic</option>
          <option value="auto">Let the AI choose</option>
        </select>
      </label>
      <div className="mt-3 flex flex-wrap gap-2">
        <ToolButton
          disabled={pending || !prompt.trim()}
          onClick={() =>
            run(async (id) => {
              const result = await aiImageAction(siteId, id, { prompt, style, n: 3 });
              if (result.ok) setImages(result.value);
              else setMessage(result.message);
            })
          }
        >
          Create artwork
        </ToolButton>
        <ToolButton
          disabled={pending || !prompt.trim()}
          onClick={() =>
            run(async (id) => {
              const result = await aiTextAction(siteId, id, { prompt, productName, count: 4 });
              if (result.ok) setSuggestions(result.value);
              else setMessage(result.message);
            })
          }
        >
          Suggest slogans
        </ToolButton>
      </div>
      <p role="status" className="mt-2 text-sm text-muted">
        {pending ? "Working on it…" : ""}
      </p>
      {message && (
        <p role="alert" className="mt-2 rounded-xl border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-ink">
          {message}
        </p>
      )}
      {images.length > 0 && (
        <ul role="list" aria-label="Artwork to choose from" className="mt-3 grid grid-cols-3 gap-2">
          {images.map((image, i) => (
            <li key={image.id}>
              <button type="button" onClick={() => onImage(image)} className="relative block aspect-square w-full overflow-hidden rounded-xl border border-stone-200 bg-stone-50">
                <Image src={image.url} alt={`Variation ${i + 1}: add to the design`} fill sizes="100px" className="object-contain" unoptimized />
              </button>
            </li>
          ))}
        </ul>
      )}
      {suggestions.length > 0 && (
        <ul role="list" aria-label="Slogans to choose from" className="mt-3 space-y-2">
          {suggestions.map((text) => (
            <li key={text}>
              <button type="button" onClick={() => onText(text)} className="w-full rounded-xl border border-stone-200 px-3 py-2 text-left text-sm text-ink hover:bg-stone-100">
                {text}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

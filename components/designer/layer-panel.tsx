"use client";

import type { DesignLayer } from "@/lib/designs/schemas";
import { ToolButton } from "./designer";

type LayerPanelProps = {
  /** The side's layers, top first. */
  layers: DesignLayer[];
  selected: string | null;
  fonts: string[];
  onSelect: (id: string) => void;
  onChange: (id: string, change: Partial<DesignLayer>) => void;
  onDelete: (id: string) => void;
  /** +1 moves a layer up (towards the top), −1 down. */
  onReorder: (id: string, direction: 1 | -1) => void;
};

/** Every action on layers without the canvas: choose, restack, delete, and edit the selected text. */
export function LayerPanel({ layers, selected, fonts, onSelect, onChange, onDelete, onReorder }: LayerPanelProps) {
  const current = layers.find((l) => l.id === selected);
  return (
    <section aria-labelledby="layers-heading" className="rounded-2xl border border-stone-200 bg-white p-5">
      <h2 id="layers-heading" className="font-semibold text-ink">
        Layers
      </h2>
      {layers.length === 0 ? (
        <p className="mt-2 text-sm text-muted">Nothing on this side yet.</p>
      ) : (
        <ol role="list" aria-label="Layers, top first" className="mt-3 space-y-2">
          {layers.map((layer, index) => (
            <li key={layer.id} className={`flex items-center gap-2 rounded-xl border px-3 py-2 text-sm ${layer.id === selected ? "border-ink" : "border-stone-200"}`}>
              <button type="button" aria-pressed={layer.id === selected} onClick={() => onSelect(layer.id)} className="min-w-0 flex-1 truncate text-left text-ink">
                {layer.type === "text" ? `Text: ${layer.text || "(empty)"}` : "Image"}
              </button>
              <button type="button" aria-label="Move up" disabled={index === 0} onClick={() => onReorder(layer.id, 1)} className="rounded px-1 disabled:opacity-40">
                ↑
              </button>
              <button type="button" aria-label="Move down" disabled={index === layers.length - 1} onClick={() => onReorder(layer.id, -1)} className="rounded px-1 disabled:opacity-40">
                ↓
              </button>
              <button type="button" aria-label="Delete layer" onClick={() => onDelete(layer.id)} className="rounded px-1 text-red-700">
                ✕
              </button>
            </li>
          ))}
        </ol>
      )}
      {current?.type === "text" && (
        <div className="mt-4 grid gap-3">
          <label className="text-sm font-medium text-ink">
            Text
            <input value={current.text} maxLength={500} onChange={(e) => onChange(current.id, { text: e.target.value })} className="mt-1 block h-10 w-full rounded-xl border border-stone-300 px-3" />
          </label>
          <div className="grid grid-cols-2 gap-3">
            <label className="text-sm font-medium text-ink">
              Font
              <select value={current.fontFamily} onChange={(e) => onChange(current.id, { fontFamily: e.target.value })} className="mt-1 block h-10 w-full rounded-xl border border-stone-300 bg-white px-2">
                {fonts.map((font) => (
                  <option key={font}>{font}</option>
                ))}
              </select>
            </label>
            <label className="text-sm font-medium text-ink">
              Size
              <input type="number" min={4} max={1000} value={current.fontSize} onChange={(e) => onChange(current.id, { fontSize: Math.min(1000, Math.max(4, Number(e.target.value) || 4)) })} className="mt-1 block h-10 w-full rounded-xl border border-stone-300 px-3" />
            </label>
          </div>
          <div className="flex flex-wrap items-center gap-3">
            <label className="text-sm font-medium text-ink">
              Colour <input type="color" value={current.fill} onChange={(e) => onChange(current.id, { fill: e.target.value })} className="ml-1 h-9 w-12 align-middle" />
            </label>
            <div role="group" aria-label="Alignment" className="flex gap-1">
              {(["left", "center", "right"] as const).map((align) => (
                <ToolButton key={align} aria-pressed={current.align === align} onClick={() => onChange(current.id, { align })}>
                  {align[0].toUpperCase() + align.slice(1)}
                </ToolButton>
              ))}
            </div>
          </div>
        </div>
      )}
    </section>
  );
}

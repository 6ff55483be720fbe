"use client";

import type { Canvas, FabricObject } from "fabric";
import { useCallback, useEffect, useRef, useState, useTransition } from "react";
import {
  claimDesignsAction,
  cloneIntoDesignerAction,
  createDesignAction,
  finalizeAndAddToCartAction,
  saveDesignAction,
  shareDesignAction,
  uploadImageAction,
} from "@/app/shop/[tenant]/store/design/actions";
import type { DesignStyle } from "@/lib/designs/designable-product";
import type { DesignLayer } from "@/lib/designs/schemas";
import { AiPanel } from "./ai-panel";
import { amend, record, redo, startHistory, undo, type History } from "./design-history";
import { layerIdOf, layersOnCanvas, objectFor } from "./fabric-layers";
import { LayerPanel } from "./layer-panel";
import { clampCentre, fitScale, type Area } from "./print-area";

type DesignerProps = {
  siteId: number;
  product: { id: number; slug: string; name: string };
  variants: { id: number; name: string }[];
  styles: DesignStyle[];
  fonts: string[];
  templates: { id: number; name: string }[];
  design: { id: number; name: string; styleId: number | null; status: string; layers: DesignLayer[] } | null;
  unclaimedDesigns: number;
  signInHref: string;
  signedIn: boolean;
};

const AUTOSAVE_MS = 800;
const MAX_CANVAS_WIDTH = 640;
const fontStack = (family: string) => `"${family}", sans-serif`;
const newLayerId = () => `layer-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 7)}`;

/** The product designer: a Fabric.js canvas per side over its mockup, with panels for everything the canvas does. */
export function Designer(props: DesignerProps) {
  const { siteId, product, styles } = props;
  const [designId, setDesignId] = useState<number | null>(props.design?.id ?? null);
  const [styleId, setStyleId] = useState<number>(props.design?.styleId ?? styles[0].id);
  const style = styles.find((s) => s.id === styleId) ?? styles[0];
  const [sideSlug, setSideSlug] = useState(style.sides[0]?.slug ?? "front");
  const side = style.sides.find((s) => s.slug === sideSlug) ?? style.sides[0];
  const area: Area = { x: side.printAreaX, y: side.printAreaY, width: side.printAreaWidth, height: side.printAreaHeight };
  const [history, setHistory] = useState<History<DesignLayer[]>>(() => startHistory(props.design?.layers ?? []));
  const [selected, setSelected] = useState<string | null>(null);
  const [saved, setSaved] = useState({ layers: history.present, styleId });
  const [saveFailed, setSaveFailed] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [shareUrl, setShareUrl] = useState<string | null>(null);
  const [variantId, setVariantId] = useState<number | null>(props.variants[0]?.id ?? null);
  const [busy, startBusy] = useTransition();
  const finalized = props.design?.status !== undefined && props.design.status !== "draft";

  const canvasElement = useRef<HTMLCanvasElement>(null);
  const frame = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<Canvas | null>(null);
  const fabricRef = useRef<typeof import("fabric") | null>(null);
  const [ready, setReady] = useState(false);
  // Set while the canvas itself changed the layers, so the redraw below leaves it alone.
  const fromCanvas = useRef(false);
  const layers = history.present;
  const sideLayers = layers.filter((l) => l.side === side.slug).sort((a, b) => a.zIndex - b.zIndex);

  const commit = useCallback((next: DesignLayer[]) => setHistory((h) => record(h, next)), []);

  /** The side's layers as the canvas now has them, merged with the other sides'. */
  const syncFromCanvas = useCallback(() => {
    const canvas = canvasRef.current;
    if (!canvas) return;
    fromCanvas.current = true;
    setHistory((h) => record(h, [...h.present.filter((l) => l.side !== side.slug), ...layersOnCanvas(canvas, side.slug, area)]));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [side.slug, area.x, area.y]);

  // Fabric is loaded in the browser only; one canvas for the page's life.
  useEffect(() => {
    let disposed = false;
    void import("fabric").then((fabric) => {
      if (disposed || !canvasElement.current) return;
      fabricRef.current = fabric;
      const canvas = new fabric.Canvas(canvasElement.current, { preserveObjectStacking: true, selection: false });
      canvasRef.current = canvas;
      setReady(true);
    });
    return () => {
      disposed = true;
      void canvasRef.current?.dispose();
      canvasRef.current = null;
    };
  }, []);

  // Canvas events: keep layers inside the print area, and record every finished change.
  useEffect(() => {
    const canvas = canvasRef.current;
    if (!ready || !canvas) return;
    const keepInside = ({ target }: { target: FabricObject }) => {
      const box = target.getBoundingRect();
      const centre = clampCentre(target.getCenterPoint(), box, area);
      target.setPositionByOrigin(new fabricRef.current!.Point(centre.x, centre.y), "center", "center");
    };
    const onSelect = () => setSelected(canvas.getActiveObject() ? (layerIdOf(canvas.getActiveObject()!) ?? null) : null);
    const listeners = {
      "object:moving": keepInside,
      "object:scaling": keepInside,
      "object:rotating": keepInside,
      "object:modified": syncFromCanvas,
      "text:changed": syncFromCanvas,
      "selection:created": onSelect,
      "selection:updated": onSelect,
      "selection:cleared": onSelect,
    };
    canvas.on(listeners);
    return () => {
      canvas.off(listeners);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [ready, syncFromCanvas, area.x, area.y, area.width, area.height]);

  // The side's mockup, print area and layers, redrawn when they change from outside the canvas
  // (undo, redo, a panel, another side or style) and on resize.
  const [width, setWidth] = useState(MAX_CANVAS_WIDTH);
  useEffect(() => {
    const observer = new ResizeObserver(([entry]) => setWidth(Math.min(MAX_CANVAS_WIDTH, Math.floor(entry.contentRect.width))));
    if (frame.current) observer.observe(frame.current);
    return () => observer.disconnect();
  }, []);
  useEffect(() => {
    const canvas = canvasRef.current;
    const fabric = fabricRef.current;
    if (!ready || !canvas || !fabric) return;
    if (fromCanvas.current) {
      fromCanvas.current = false;
      return;
    }
    let cancelled = false;
    void (async () => {
      // Fabric 7 places objects by their centre; the mockup's corner sits at the scene's origin.
      const mockup = side.mockupImage ? await fabric.FabricImage.fromURL(side.mockupImage, {}, { originX: "left", originY: "top", left: 0, top: 0 }).catch(() => null) : null;
      const naturalWidth = mockup?.width ?? area.x * 2 + area.width;
      const naturalHeight = mockup?.height ?? area.y * 2 + area.height;
      const objects = await Promise.all(sideLayers.map((layer) => objectFor(fabric, layer, area, fontStack).catch(() => null)));
      if (cancelled) return;
      const zoom = width / naturalWidth;
      canvas.setDimensions({ width, height: Math.round(naturalHeight * zoom) });
      canvas.setZoom(zoom);
      canvas.clear();
      canvas.backgroundImage = mockup ?? undefined;
      canvas.add(
        new fabric.Rect({ left: area.x, top: area.y, width: area.width, height: area.height, fill: "transparent", stroke: "#9a3412", strokeDashArray: [8, 6], strokeWidth: 2 / zoom, selectable: false, evented: false, originX: "left", originY: "top" }),
      );
      for (const object of objects) if (object) canvas.add(object);
      const active = canvas.getObjects().find((o) => layerIdOf(o) === selected);
      if (active) canvas.setActiveObject(active);
      canvas.requestRenderAll();
    })();
    return () => {
      cancelled = true;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [ready, layers, side.id, width]);

  // Autosave: the design is made on the first change, then saved a moment after each.
  const pending = useRef<ReturnType<typeof setTimeout>>(undefined);
  const first = useRef(true);
  const ensureDesign = useCallback(async (): Promise<number | null> => {
    if (designId) return designId;
    const created = await createDesignAction(siteId, { productId: product.id, styleId, layers: history.present });
    if (!created.ok) {
      setMessage(created.message);
      return null;
    }
    setDesignId(created.value.id);
    window.history.replaceState(null, "", `?designId=${created.value.id}`);
    return created.value.id;
  }, [designId, siteId, product.id, styleId, history.present]);

  const save = useCallback(async () => {
    const snapshot = { layers: history.present, styleId };
    const id = await ensureDesign();
    const result = id ? await saveDesignAction(siteId, id, snapshot) : null;
    setSaveFailed(!result?.ok);
    if (result?.ok) setSaved(snapshot);
    else if (result) setMessage(result.message);
  }, [ensureDesign, siteId, history.present, styleId]);
  const dirty = saved.layers !== history.present || saved.styleId !== styleId;

  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    if (finalized) return;
    clearTimeout(pending.current);
    pending.current = setTimeout(() => void save(), AUTOSAVE_MS);
    return () => clearTimeout(pending.current);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [history.present, styleId]);

  // Leaving with an unsaved change asks first.
  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (dirty) event.preventDefault();
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [dirty]);

  const selectedLayer = layers.find((l) => l.id === selected) ?? null;
  // Edits of one field of one layer within a second of each other (typing, dragging a slider)
  // make a single undo step.
  const lastEdit = useRef<{ key: string; at: number } | null>(null);
  const updateLayer = (id: string, change: Partial<DesignLayer>) => {
    const next = layers.map((l) => (l.id === id ? ({ ...l, ...change } as DesignLayer) : l));
    const key = `${id}:${Object.keys(change).join(",")}`;
    const now = Date.now();
    const continuing = lastEdit.current?.key === key && now - lastEdit.current.at < 1000;
    lastEdit.current = { key, at: now };
    setHistory((h) => (continuing ? amend(h, next) : record(h, next)));
  };
  const topZ = sideLayers.reduce((max, l) => Math.max(max, l.zIndex), 0) + 1;

  function addText(text = "Your text") {
    const id = newLayerId();
    commit([
      ...layers,
      { id, type: "text", side: side.slug, text, x: area.width / 2, y: area.height / 2, width: 200, height: 50, rotation: 0, scaleX: 1, scaleY: 1, opacity: 1, zIndex: topZ, visible: true, fontFamily: props.fonts[0] ?? "Arial", fontSize: Math.max(16, Math.round(area.height / 10)), fontWeight: "bold", fontStyle: "normal", fill: "#1c1917", align: "center", lineHeight: 1.16 },
    ]);
    setSelected(id);
  }

  function addImage(asset: { id: number; url: string; width: number; height: number }) {
    const id = newLayerId();
    const box = { width: asset.width || 500, height: asset.height || 500 };
    const scale = fitScale(box, area);
    commit([...layers, { id, type: "image", side: side.slug, assetId: asset.id, src: asset.url, x: area.width / 2, y: area.height / 2, width: box.width, height: box.height, rotation: 0, scaleX: scale, scaleY: scale, opacity: 1, zIndex: topZ, visible: true }]);
    setSelected(id);
  }

  function moveSelected(dx: number, dy: number) {
    if (!selectedLayer) return;
    const halfW = (selectedLayer.width * selectedLayer.scaleX) / 2;
    const halfH = (selectedLayer.height * selectedLayer.scaleY) / 2;
    const centre = clampCentre({ x: area.x + selectedLayer.x + dx, y: area.y + selectedLayer.y + dy }, { width: halfW * 2, height: halfH * 2 }, area);
    updateLayer(selectedLayer.id, { x: centre.x - area.x, y: centre.y - area.y });
  }

  function onKeyDown(event: React.KeyboardEvent) {
    const editing = (canvasRef.current?.getActiveObject() as { isEditing?: boolean } | undefined)?.isEditing;
    if (editing) return;
    const step = event.shiftKey ? 10 : 1;
    const moves: Record<string, [number, number]> = { ArrowLeft: [-step, 0], ArrowRight: [step, 0], ArrowUp: [0, -step], ArrowDown: [0, step] };
    if (moves[event.key] && selectedLayer) {
      event.preventDefault();
      moveSelected(...moves[event.key]);
    } else if ((event.key === "Delete" || event.key === "Backspace") && selectedLayer) {
      event.preventDefault();
      commit(layers.filter((l) => l.id !== selectedLayer.id));
      setSelected(null);
    } else if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === "z") {
      event.preventDefault();
      setHistory(event.shiftKey ? redo : undo);
    }
  }

  function switchStyle(nextId: number) {
    const next = styles.find((s) => s.id === nextId);
    if (!next) return;
    const slugs = new Set(next.sides.map((s) => s.slug));
    setStyleId(next.id);
    if (!slugs.has(sideSlug)) setSideSlug(next.sides[0]?.slug ?? sideSlug);
    if (layers.some((l) => !slugs.has(l.side))) commit(layers.filter((l) => slugs.has(l.side)));
  }

  async function upload(file: File) {
    const id = await ensureDesign();
    if (!id) return;
    const form = new FormData();
    form.set("file", file);
    const result = await uploadImageAction(siteId, id, form);
    if (result.ok) addImage(result.value);
    else setMessage(result.message);
  }

  const statusText = saveFailed ? "Not saved" : dirty ? "Saving…" : designId ? "All changes saved" : "Not saved yet";

  return (
    <div className="mt-6 grid gap-8 lg:grid-cols-[minmax(0,1fr)_22rem]">
      <div>
        {props.signedIn && props.unclaimedDesigns > 0 && <ClaimBanner siteId={siteId} count={props.unclaimedDesigns} />}
        <div className="flex flex-wrap items-center gap-3">
          <label className="text-sm font-medium text-ink">
            Colour{" "}
            <select value={style.id} onChange={(e) => switchStyle(Number(e.target.value))} className="ml-1 h-10 rounded-xl border border-stone-300 bg-white px-3">
              {styles.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.name}
                </option>
              ))}
            </select>
          </label>
          <div role="group" aria-label="Side" className="flex gap-1">
            {style.sides.map((s) => (
              <button key={s.id} type="button" aria-pressed={s.slug === side.slug} onClick={() => setSideSlug(s.slug)} className="h-10 rounded-full border border-stone-300 px-4 text-sm aria-pressed:bg-ink aria-pressed:text-paper">
                {s.name}
              </button>
            ))}
          </div>
          <p role="status" className="ml-auto text-sm text-muted">
            {statusText}
          </p>
        </div>
        <div
          ref={frame}
          tabIndex={0}
          onKeyDown={onKeyDown}
          aria-label={`Design canvas, ${side.name}. Arrow keys move the selected layer (Shift for 10 pixels), Delete removes it, Ctrl+Z undoes.`}
          role="application"
          className="mt-4 w-full max-w-[640px] overflow-hidden rounded-2xl border border-stone-200 bg-white"
        >
          <canvas ref={canvasElement} data-testid="designer-canvas" />
        </div>
        <div className="mt-4 flex flex-wrap gap-2">
          <ToolButton onClick={() => setHistory(undo)} disabled={!history.past.length}>
            Undo
          </ToolButton>
          <ToolButton onClick={() => setHistory(redo)} disabled={!history.future.length}>
            Redo
          </ToolButton>
        </div>
        {message && (
          <p role="alert" className="mt-4 rounded-xl border border-red-200 bg-red-50 px-4 py-3 text-sm text-red-800">
            {message}
          </p>
        )}
      </div>

      <div className="space-y-6">
        <section aria-labelledby="add-heading" className="rounded-2xl border border-stone-200 bg-white p-5">
          <h2 id="add-heading" className="font-semibold text-ink">
            Add to your design
          </h2>
          <div className="mt-3 flex flex-wrap gap-2">
            <ToolButton onClick={() => addText()}>Add text</ToolButton>
            <label className="inline-flex h-10 cursor-pointer items-center rounded-full border border-stone-300 px-4 text-sm font-medium text-ink focus-within:outline-3 focus-within:outline-accent hover:bg-stone-100">
              Upload image
              <input type="file" accept="image/png,image/jpeg,image/webp" className="sr-only" onChange={(e) => e.target.files?.[0] && void upload(e.target.files[0])} />
            </label>
          </div>
          {props.templates.length > 0 && (
            <div className="mt-4">
              <p className="text-sm font-medium text-ink">Start from a template</p>
              <ul role="list" className="mt-2 flex flex-wrap gap-2">
                {props.templates.map((t) => (
                  <li key={t.id}>
                    <ToolButton onClick={() => startBusy(async () => void (await cloneIntoDesignerAction(siteId, t.id, product.slug).then((r) => !r.ok && setMessage(r.message))))}>{t.name}</ToolButton>
                  </li>
                ))}
              </ul>
            </div>
          )}
        </section>

        <LayerPanel
          layers={[...sideLayers].reverse()}
          selected={selected}
          fonts={props.fonts}
          onSelect={setSelected}
          onChange={updateLayer}
          onDelete={(id) => commit(layers.filter((l) => l.id !== id))}
          onReorder={(id, direction) => {
            const order = sideLayers.map((l) => l.id);
            const at = order.indexOf(id);
            const to = at + direction;
            if (to < 0 || to >= order.length) return;
            [order[at], order[to]] = [order[to], order[at]];
            commit(layers.map((l) => (l.side === side.slug ? { ...l, zIndex: order.indexOf(l.id) } : l)));
          }}
        />

        <AiPanel siteId={siteId} productName={product.name} ensureDesign={ensureDesign} onImage={addImage} onText={addText} />

        <section aria-labelledby="finish-heading" className="rounded-2xl border border-stone-200 bg-white p-5">
          <h2 id="finish-heading" className="font-semibold text-ink">
            Finish
          </h2>
          {props.variants.length > 0 && (
            <label className="mt-3 block text-sm font-medium text-ink">
              Size and option
              <select value={variantId ?? ""} onChange={(e) => setVariantId(Number(e.target.value))} className="mt-1 block h-10 w-full rounded-xl border border-stone-300 bg-white px-3">
                {props.variants.map((v) => (
                  <option key={v.id} value={v.id}>
                    {v.name}
                  </option>
                ))}
              </select>
            </label>
          )}
          <div className="mt-4 flex flex-wrap gap-2">
            <button
              type="button"
              disabled={busy || layers.length === 0}
              onClick={() =>
                startBusy(async () => {
                  clearTimeout(pending.current);
                  await save();
                  const id = designId ?? (await ensureDesign());
                  if (!id) return;
                  const result = await finalizeAndAddToCartAction(siteId, id, variantId);
                  if (result && !result.ok) setMessage(result.message);
                })
              }
              className="inline-flex h-11 items-center rounded-full bg-ink px-6 text-sm font-medium text-paper hover:bg-accent-strong disabled:opacity-60"
            >
              {busy ? "Working…" : "Finish and add to cart"}
            </button>
            <ToolButton
              disabled={layers.length === 0}
              onClick={() =>
                startBusy(async () => {
                  const id = await ensureDesign();
                  if (!id) return;
                  const result = await shareDesignAction(siteId, id);
                  if (result.ok) setShareUrl(result.value);
                  else setMessage(result.message);
                })
              }
            >
              Share
            </ToolButton>
          </div>
          {shareUrl && (
            <div className="mt-3">
              <label htmlFor="share-url" className="text-sm font-medium text-ink">
                Share link
              </label>
              <div className="mt-1 flex gap-2">
                <input id="share-url" readOnly value={shareUrl} className="h-10 min-w-0 flex-1 rounded-xl border border-stone-300 bg-stone-50 px-3 text-sm" />
                <ToolButton onClick={() => void navigator.clipboard?.writeText(shareUrl)}>Copy</ToolButton>
              </div>
            </div>
          )}
          {!props.signedIn && (
            <p className="mt-4 text-sm text-muted">
              Your designs are kept in this browser.{" "}
              <a href={props.signInHref} className="font-medium text-ink underline">
                Sign in
              </a>{" "}
              to keep them in your account.
            </p>
          )}
        </section>
      </div>
    </div>
  );
}

export function ToolButton({ children, ...button }: React.ButtonHTMLAttributes<HTMLButtonElement>) {
  return (
    <button type="button" className="inline-flex h-10 items-center rounded-full border border-stone-300 px-4 text-sm font-medium text-ink hover:bg-stone-100 disabled:opacity-50" {...button}>
      {children}
    </button>
  );
}

function ClaimBanner({ siteId, count }: { siteId: number; count: number }) {
  const [done, setDone] = useState<string | null>(null);
  const [pending, start] = useTransition();
  return (
    <div role="region" aria-label="Designs from before you signed in" className="mb-4 flex flex-wrap items-center gap-3 rounded-2xl border border-amber-200 bg-amber-50 px-4 py-3 text-sm text-ink">
      {done ?? `You have ${count} ${count === 1 ? "design" : "designs"} from before you signed in. Keep them in your account?`}
      {!done && (
        <ToolButton
          disabled={pending}
          onClick={() => start(async () => setDone((await claimDesignsAction(siteId)).ok ? "Your designs are now in your account." : "Your designs could not be moved. Please try again."))}
        >
          Keep them
        </ToolButton>
      )}
    </div>
  );
}

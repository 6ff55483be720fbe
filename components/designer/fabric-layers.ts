import type { Canvas, FabricObject } from "fabric";
import type { DesignLayer } from "@/lib/designs/schemas";
import type { Area } from "./print-area";

// Between the design's layers (what is saved and printed, in mockup pixels with x/y the centre
// relative to the print area) and Fabric objects on the canvas (whose scene plane is the mockup's
// pixels, the viewport zoom fitting it to the screen).

type Fabric = typeof import("fabric");
type Tagged = FabricObject & { layerId?: string; assetId?: number; assetSrc?: string };

export const layerIdOf = (object: FabricObject) => (object as Tagged).layerId;

export async function objectFor(fabric: Fabric, layer: DesignLayer, area: Area, fontStack: (family: string) => string): Promise<FabricObject> {
  const common = {
    left: area.x + layer.x,
    top: area.y + layer.y,
    originX: "center" as const,
    originY: "center" as const,
    angle: layer.rotation,
    scaleX: layer.scaleX,
    scaleY: layer.scaleY,
    opacity: layer.opacity,
    visible: layer.visible,
  };
  let object: Tagged;
  if (layer.type === "text") {
    object = new fabric.IText(layer.text, {
      ...common,
      fontFamily: fontStack(layer.fontFamily),
      fontSize: layer.fontSize,
      fontWeight: layer.fontWeight,
      fontStyle: layer.fontStyle,
      fill: layer.fill,
      textAlign: layer.align,
      lineHeight: layer.lineHeight,
    });
    (object as Tagged & { designFont?: string }).designFont = layer.fontFamily;
  } else {
    object = (await fabric.FabricImage.fromURL(layer.src ?? "", {}, { ...common })) as Tagged;
    object.assetId = layer.assetId;
    object.assetSrc = layer.src;
  }
  object.layerId = layer.id;
  return object;
}

/** The layer an object on the canvas stands for, on the given side. */
export function layerOf(object: FabricObject, side: string, area: Area, zIndex: number): DesignLayer | null {
  const tagged = object as Tagged & { designFont?: string };
  if (!tagged.layerId) return null;
  const centre = object.getCenterPoint();
  const base = {
    id: tagged.layerId,
    side,
    x: round(centre.x - area.x),
    y: round(centre.y - area.y),
    width: Math.max(1, round(object.width ?? 1)),
    height: Math.max(1, round(object.height ?? 1)),
    rotation: round(object.angle ?? 0),
    scaleX: Math.max(0.01, object.scaleX ?? 1),
    scaleY: Math.max(0.01, object.scaleY ?? 1),
    opacity: object.opacity ?? 1,
    zIndex,
    visible: object.visible !== false,
  };
  if ("text" in object && typeof object.text === "string") {
    const text = object as FabricObject & { text: string; fontSize: number; fontWeight: string | number; fontStyle: string; fill: unknown; textAlign: string; lineHeight: number };
    return {
      ...base,
      type: "text",
      text: text.text.slice(0, 500),
      fontFamily: tagged.designFont ?? "Arial",
      fontSize: text.fontSize,
      fontWeight: text.fontWeight === "bold" || Number(text.fontWeight) >= 600 ? "bold" : "normal",
      fontStyle: text.fontStyle === "italic" ? "italic" : "normal",
      fill: typeof text.fill === "string" && /^#[0-9a-f]{6}$/i.test(text.fill) ? text.fill : "#000000",
      align: text.textAlign === "left" || text.textAlign === "right" ? text.textAlign : "center",
      lineHeight: text.lineHeight,
    };
  }
  if (!tagged.assetId) return null;
  return { ...base, type: "image", assetId: tagged.assetId, src: tagged.assetSrc };
}

/** Every layer object on the canvas, bottom first, as layers of the side. */
export function layersOnCanvas(canvas: Canvas, side: string, area: Area): DesignLayer[] {
  return canvas
    .getObjects()
    .map((object, index) => layerOf(object, side, area, index))
    .filter((layer): layer is DesignLayer => layer !== null);
}

const round = (value: number) => Math.round(value * 100) / 100;

import { z } from "zod";
import { assetUrl } from "@/lib/assets/asset-url";
import { jsonObjectOrNull } from "@/lib/api/schemas";
import { layerSchema, type DesignAssetDto, type DesignDto, type DesignLayer, type LegacyDesignDto } from "./schemas";

// Rows as the API answers them: stored asset paths made absolute, JSON columns read defensively
// (a row written before a schema change still answers), no session ids ever.

export const designSelect = {
  id: true,
  uuid: true,
  siteId: true,
  productId: true,
  styleId: true,
  customerId: true,
  sessionId: true,
  name: true,
  description: true,
  layers: true,
  styleOverrides: true,
  thumbnailUrl: true,
  previewUrl: true,
  status: true,
  isPublic: true,
  isTemplate: true,
  finalizedAt: true,
  createdAt: true,
  updatedAt: true,
} as const;

type DesignRow = {
  id: number;
  uuid: string;
  siteId: number;
  productId: number;
  styleId: number | null;
  name: string;
  description: string | null;
  layers: unknown;
  styleOverrides: unknown;
  thumbnailUrl: string | null;
  previewUrl: string | null;
  status: DesignDto["status"];
  isPublic: boolean;
  isTemplate: boolean;
  finalizedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
};

/** The stored layers that still match the layer schema, in order. */
export function storedLayers(value: unknown): DesignLayer[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((layer) => {
    const parsed = layerSchema.safeParse(layer);
    return parsed.success ? [parsed.data] : [];
  });
}

export function toDesignDto(row: DesignRow, origin: string): DesignDto {
  return {
    id: row.id,
    uuid: row.uuid,
    websiteId: row.siteId,
    productId: row.productId,
    styleId: row.styleId,
    name: row.name,
    description: row.description,
    layers: storedLayers(row.layers),
    styleOverrides: jsonObjectOrNull(row.styleOverrides) ?? {},
    thumbnailUrl: assetUrl(origin, row.thumbnailUrl),
    previewUrl: assetUrl(origin, row.previewUrl),
    status: row.status,
    isPublic: row.isPublic,
    isTemplate: row.isTemplate,
    finalizedAt: row.finalizedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export const legacyDesignSelect = {
  id: true,
  siteId: true,
  productId: true,
  customerId: true,
  sessionId: true,
  name: true,
  layersBySurface: true,
  canvasSize: true,
  status: true,
  isPublic: true,
  createdAt: true,
  updatedAt: true,
} as const;

type LegacyRow = {
  id: string;
  siteId: number;
  productId: number;
  name: string;
  layersBySurface: unknown;
  canvasSize: unknown;
  status: LegacyDesignDto["status"];
  isPublic: boolean;
  createdAt: Date;
  updatedAt: Date;
};

const canvasSizeSchema = z.object({ width: z.number(), height: z.number() });

export function toLegacyDesignDto(row: LegacyRow): LegacyDesignDto {
  const canvasSize = canvasSizeSchema.safeParse(row.canvasSize);
  return {
    id: row.id,
    uuid: row.id,
    websiteId: row.siteId,
    productId: row.productId,
    name: row.name,
    layersBySurface: jsonObjectOrNull(row.layersBySurface) ?? {},
    canvasSize: canvasSize.success ? canvasSize.data : null,
    status: row.status,
    isPublic: row.isPublic,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export const assetSelect = { id: true, designId: true, kind: true, url: true, width: true, height: true, mimeType: true, fileSize: true, createdAt: true } as const;

type AssetRow = { id: number; designId: number | null; kind: string; url: string; width: number | null; height: number | null; mimeType: string; fileSize: number; createdAt: Date };

export function toAssetDto(row: AssetRow, origin: string): DesignAssetDto {
  return {
    id: row.id,
    designId: row.designId,
    kind: row.kind as DesignAssetDto["kind"],
    url: assetUrl(origin, row.url),
    width: row.width,
    height: row.height,
    mimeType: row.mimeType,
    fileSize: row.fileSize,
    createdAt: row.createdAt.toISOString(),
  };
}

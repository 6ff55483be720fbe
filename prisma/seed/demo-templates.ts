import type { Db } from "@/lib/db/client";

// Staff-authored starting points for the designer (GET /designs?templates=1). Layers follow the
// layer schema of lib/designs/schemas.ts: centre coordinates inside the side's print area.

type TemplateLayer = {
  id: string;
  type: "text";
  side: string;
  x: number;
  y: number;
  width: number;
  height: number;
  text: string;
  fontFamily: string;
  fontSize: number;
  fontWeight: "normal" | "bold";
  fill: string;
  align: "center";
  zIndex: number;
};

const text = (id: string, side: string, [x, y, width, height]: [number, number, number, number], value: string, style: Pick<TemplateLayer, "fontFamily" | "fontSize" | "fontWeight" | "fill">, zIndex = 0): TemplateLayer => ({
  id,
  type: "text",
  side,
  x,
  y,
  width,
  height,
  text: value,
  align: "center",
  zIndex,
  ...style,
});

const DEMO_TEMPLATES: { productSlug: string; style: string; name: string; description: string; layers: TemplateLayer[] }[] = [
  {
    productSlug: "classic-crew-tee",
    style: "White",
    name: "Trail Crew",
    description: "A bold two-line team print for the front of a tee.",
    layers: [
      text("headline", "front", [115, 110, 220, 70], "TRAIL\nCREW", { fontFamily: "Impact", fontSize: 32, fontWeight: "normal", fill: "#1f3b2d" }),
      text("tagline", "front", [115, 190, 220, 30], "EST. 2026 · PORTLAND", { fontFamily: "Arial", fontSize: 14, fontWeight: "bold", fill: "#b5542c" }, 1),
    ],
  },
  {
    productSlug: "classic-crew-tee",
    style: "Black",
    name: "Family Reunion",
    description: "Front and back: a reunion title and a name list to edit.",
    layers: [
      text("title", "front", [115, 120, 220, 60], "The Rivera\nReunion", { fontFamily: "Georgia", fontSize: 26, fontWeight: "bold", fill: "#f4e9d8" }),
      text("year", "back", [115, 80, 220, 40], "2026", { fontFamily: "Georgia", fontSize: 30, fontWeight: "bold", fill: "#e0b45c" }),
      text("names", "back", [115, 190, 200, 150], "Sam\nAlex\nJordan\nRiley", { fontFamily: "Arial", fontSize: 20, fontWeight: "normal", fill: "#f4e9d8" }),
    ],
  },
  {
    productSlug: "everyday-canvas-tote",
    style: "Natural",
    name: "Market Day",
    description: "A simple market-bag slogan centred on the tote.",
    layers: [
      text("slogan", "front", [140, 120, 260, 90], "FRESH FROM\nTHE MARKET", { fontFamily: "Trebuchet MS", fontSize: 30, fontWeight: "bold", fill: "#2f4a3a" }),
      text("small", "front", [140, 200, 240, 30], "reuse · refill · repeat", { fontFamily: "Georgia", fontSize: 16, fontWeight: "normal", fill: "#6b5a45" }, 1),
    ],
  },
];

/** The demo templates of a site whose catalogue is already seeded; products it lacks are skipped. */
export async function seedDemoTemplates(prisma: Db, siteId: number) {
  for (const template of DEMO_TEMPLATES) {
    const style = await prisma.designerStyle.findFirst({
      where: { name: template.style, product: { siteId, slug: template.productSlug, designable: true } },
      select: { id: true, productId: true },
    });
    if (!style) continue;
    await prisma.productDesign.create({
      data: { siteId, productId: style.productId, styleId: style.id, name: template.name, description: template.description, layers: template.layers, isTemplate: true },
    });
  }
}

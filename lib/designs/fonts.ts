// The fonts the designer offers. Each names CSS fallbacks so the canvas and the server renderer
// (librsvg through fontconfig, which maps Arial to Liberation Sans and so on) draw the same metrics.
export type DesignerFont = { family: string; category: "sans-serif" | "serif" | "monospace" | "display" | "handwriting"; fallback: string; weights: number[] };

export const DESIGNER_FONTS: readonly DesignerFont[] = [
  { family: "Arial", category: "sans-serif", fallback: "'Liberation Sans', Helvetica, sans-serif", weights: [400, 700] },
  { family: "Helvetica", category: "sans-serif", fallback: "'Liberation Sans', Arial, sans-serif", weights: [400, 700] },
  { family: "Verdana", category: "sans-serif", fallback: "'DejaVu Sans', sans-serif", weights: [400, 700] },
  { family: "Trebuchet MS", category: "sans-serif", fallback: "'DejaVu Sans', sans-serif", weights: [400, 700] },
  { family: "Georgia", category: "serif", fallback: "'DejaVu Serif', serif", weights: [400, 700] },
  { family: "Times New Roman", category: "serif", fallback: "'Liberation Serif', Times, serif", weights: [400, 700] },
  { family: "Courier New", category: "monospace", fallback: "'Liberation Mono', monospace", weights: [400, 700] },
  { family: "Impact", category: "display", fallback: "'DejaVu Sans Condensed', sans-serif", weights: [400] },
  { family: "Comic Sans MS", category: "handwriting", fallback: "cursive", weights: [400, 700] },
];

export const FONT_FAMILIES = DESIGNER_FONTS.map((font) => font.family) as [string, ...string[]];

/** The CSS font-family list a layer's font is drawn with. */
export function fontStack(family: string): string {
  const font = DESIGNER_FONTS.find((f) => f.family === family);
  return font ? `'${font.family}', ${font.fallback}` : "sans-serif";
}

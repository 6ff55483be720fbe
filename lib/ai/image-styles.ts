import type { AiImageRequest } from "./schemas";

// What each style adds to the shopper's prompt before it goes to the image model. The images are
// printed on products, so every style asks for one centred subject with clean edges and no
// mock-up around it; "auto" adds only that, leaving the look to the prompt.
const PRINT_READY = "Print-ready artwork for a custom product: a single centred subject, crisp clean edges, no mock-up, no frame, no watermark.";

const STYLE_INSTRUCTIONS: Record<AiImageRequest["style"], string> = {
  illustration: "Style: bold vector-like illustration, clean outlines, flat colours with limited shading, high contrast.",
  photo: "Style: photorealistic, natural lighting, sharp focus, rich detail.",
  graphic: "Style: graphic design, simple geometric shapes, strong silhouettes, a limited palette that screen-prints well.",
  auto: "",
};

const TRANSPARENT = "Transparent background: nothing behind the subject.";

/** The prompt sent to the model: the shopper's words first, then the style and print instructions. */
export function augmentImagePrompt(prompt: string, style: AiImageRequest["style"], transparent: boolean): string {
  return [prompt.trim(), STYLE_INSTRUCTIONS[style], PRINT_READY, transparent ? TRANSPARENT : ""].filter(Boolean).join("\n\n");
}

// Renders the demo catalogue's images (flat SVG illustrations made in code) with sharp.
//
//   npx tsx scripts/generate-demo-images.ts
//
// Reads prisma/seed/demo-catalog.ts so every image path in the data gets a file:
//   public/demo/products/<slug>-<n>.webp         800x800 product photos
//   public/demo/categories/<slug>.webp           800x800 category tiles
//   public/demo/mockups/<product>-<style>-<side>.png   800x800 blank designer mockups
//   public/demo/site2/{products,categories}/...  the second site (coffee roaster)
// No fonts beyond generic sans-serif, no external assets.
import { mkdir, rm, stat, readdir } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import sharp from "sharp";
import {
  demoCategories,
  demoProducts,
  demoSecondSiteCategories,
  demoSecondSiteProducts,
} from "../prisma/seed/demo-catalog";
import type { DemoCategory, DemoProduct } from "../prisma/seed/demo-catalog-types";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const PUBLIC_DIR = path.join(ROOT, "public");
const OUT_DIR = path.join(PUBLIC_DIR, "demo");
const SIZE = 800;
const WEBP_QUALITY = 75;

// ---------------------------------------------------------------------------
// Colour helpers
// ---------------------------------------------------------------------------

function rgb(hex: string): [number, number, number] {
  const h = hex.replace("#", "");
  return [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16)) as [number, number, number];
}
function toHex([r, g, b]: [number, number, number]): string {
  return "#" + [r, g, b].map((v) => Math.round(Math.max(0, Math.min(255, v))).toString(16).padStart(2, "0")).join("");
}
function mix(a: string, b: string, t: number): string {
  const [ar, ag, ab] = rgb(a);
  const [br, bg, bb] = rgb(b);
  return toHex([ar + (br - ar) * t, ag + (bg - ag) * t, ab + (bb - ab) * t]);
}
/** amount > 0 lightens towards white, < 0 darkens towards black */
const shade = (c: string, amount: number) => (amount >= 0 ? mix(c, "#ffffff", amount) : mix(c, "#000000", -amount));
function luminance(c: string): number {
  const [r, g, b] = rgb(c);
  return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
}
/** Outline colour for a fill: a darker tone of itself, so shapes read on light backgrounds. */
const edge = (c: string) => (luminance(c) < 0.2 ? shade(c, -0.5) : shade(c, -0.28));
const line = (c: string, w = 3) =>
  `stroke="${edge(c)}" stroke-width="${w}" stroke-linejoin="round" stroke-linecap="round"`;

/** Named product colours (option values and style names in the catalogue). */
const COLORS: Record<string, string> = {
  White: "#f6f5f1",
  Black: "#2a2a2e",
  "Heather Grey": "#a9abae",
  Oatmeal: "#e2d5bd",
  Forest: "#2f5443",
  Sage: "#9db093",
  Clay: "#c27c5b",
  Charcoal: "#45484e",
  Olive: "#6e6d3f",
  "Dusty Rose": "#d3a29c",
  Slate: "#5d7283",
  Khaki: "#c7b48c",
  Navy: "#27395e",
  Mustard: "#d8a332",
  Rust: "#b3532d",
  Cream: "#f1ead9",
  Green: "#3f7a5a",
  "Matte Black": "#2e2e30",
  Seafoam: "#8ccab8",
  Sand: "#d9c4a1",
  Sky: "#9cc3de",
  Natural: "#ece1c8",
  "Blue Stripe": "#3b6ea8",
  "Red Stripe": "#c4473a",
  Oat: "#e3d7c1",
  Tan: "#b9814e",
  Indigo: "#2e3f6e",
  Red: "#b8322e",
  Terracotta: "#c8623f",
};
function color(name: string): string {
  if (name.startsWith("#")) return name;
  const c = COLORS[name];
  if (!c) throw new Error(`No colour defined for "${name}" (add it to COLORS)`);
  return c;
}

// ---------------------------------------------------------------------------
// SVG helpers
// ---------------------------------------------------------------------------

let idCounter = 0;
const uid = (prefix: string) => `${prefix}${++idCounter}`;
const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** Deterministic PRNG so speckles and stars are identical on every run. */
function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Horizontal gradient that gives a flat shape some soft volume; returns [defs, fill]. */
function volume(c: string, strength = 1): [string, string] {
  const id = uid("v");
  const s = (a: number) => shade(c, a * strength);
  return [
    `<defs><linearGradient id="${id}" x1="0" x2="1" y1="0" y2="0">` +
      `<stop offset="0" stop-color="${s(-0.1)}"/><stop offset="0.28" stop-color="${s(0.06)}"/>` +
      `<stop offset="0.55" stop-color="${c}"/><stop offset="0.85" stop-color="${s(-0.05)}"/>` +
      `<stop offset="1" stop-color="${s(-0.14)}"/></linearGradient></defs>`,
    `url(#${id})`,
  ];
}

const shadow = (cx: number, cy: number, rx: number, ry = rx * 0.13, opacity = 0.2) =>
  `<ellipse cx="${cx}" cy="${cy}" rx="${rx}" ry="${ry}" fill="#2b2118" opacity="${opacity}" filter="url(#blur)"/>`;

/** Place a full 800x800 drawing centred at (cx, cy) with scale s. */
const place = (svg: string, cx: number, cy: number, s: number, rotate = 0) =>
  `<g transform="translate(${cx - 400 * s} ${cy - 400 * s}) scale(${s})${rotate ? ` rotate(${rotate} 400 400)` : ""}">${svg}</g>`;

/** Wraps drawing(s) in a complete SVG document with a soft studio background. */
function scene(bg: string, body: string, opts: { flat?: boolean } = {}): string {
  const id = uid("bg");
  const background = opts.flat
    ? `<rect width="800" height="800" fill="${bg}"/>`
    : `<defs><radialGradient id="${id}" cx="0.5" cy="0.42" r="0.75">` +
      `<stop offset="0" stop-color="${shade(bg, 0.45)}"/><stop offset="0.6" stop-color="${bg}"/>` +
      `<stop offset="1" stop-color="${shade(bg, -0.06)}"/></radialGradient></defs>` +
      `<rect width="800" height="800" fill="url(#${id})"/>` +
      `<circle cx="400" cy="410" r="300" fill="#ffffff" opacity="0.16"/>`;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${SIZE}" height="${SIZE}" viewBox="0 0 800 800">` +
    `<defs><filter id="blur" x="-50%" y="-50%" width="200%" height="200%"><feGaussianBlur stdDeviation="12"/></filter>` +
    `<filter id="blurS" x="-50%" y="-50%" width="200%" height="200%"><feGaussianBlur stdDeviation="4"/></filter></defs>` +
    background +
    body +
    `</svg>`
  );
}

// ---------------------------------------------------------------------------
// Garments
// ---------------------------------------------------------------------------

type TeeOpts = {
  neck?: "crew" | "v";
  long?: boolean;
  sleeve?: string; // raglan sleeve colour
  pocket?: boolean;
  graphic?: string;
  back?: boolean;
};

function tee(c: string, o: TeeOpts = {}): string {
  const [defs, fill] = volume(c);
  const sides = o.long
    ? {
        left: "C300,178 262,186 232,196 C196,270 170,430 150,606 L214,620 C230,500 246,400 262,316",
        right: "538,316 C554,400 570,500 586,620 L650,606 C630,430 604,270 568,196 C538,186 500,178 472,168",
      }
    : {
        left: "C300,178 262,186 232,196 L136,300 L206,352 L262,314",
        right: "538,314 L594,352 L664,300 L568,196 C538,186 500,178 472,168",
      };
  const frontNeck = o.neck === "v" ? "C450,192 420,232 400,262 C380,232 350,192 328,168" : "C450,226 350,226 328,168";
  const neck = o.back ? "C444,186 356,186 328,168" : frontNeck;
  const body = `M328,168 ${sides.left} C260,430 258,560 258,684 C352,694 448,694 542,684 C542,560 540,430 ${sides.right} ${neck} Z`;
  let out = defs + shadow(400, 700, 250);
  out += `<path d="${body}" fill="${fill}" ${line(c)}/>`;
  if (!o.back) {
    // inside of the back neck, visible through the front neckline
    out += `<path d="M328,168 C356,158 444,158 472,168 ${frontNeck} Z" fill="${shade(c, -0.3)}" ${line(c)}/>`;
  }
  if (o.sleeve) {
    const s = o.sleeve;
    out += `<path d="M328,168 C300,178 262,186 232,196 C196,270 170,430 150,606 L214,620 C230,500 246,400 262,316 C286,260 310,212 328,168 Z" fill="${s}" ${line(s)}/>`;
    out += `<path d="M472,168 C500,178 538,186 568,196 C604,270 630,430 650,606 L586,620 C570,500 554,400 538,316 C514,260 490,212 472,168 Z" fill="${s}" ${line(s)}/>`;
  }
  const rib = o.sleeve ?? c;
  out += `<path d="M472,168 ${neck}" fill="none" stroke="${shade(rib, -0.1)}" stroke-width="14"/>`;
  out += `<path d="M472,168 ${neck}" fill="none" ${line(rib, 2.5)}/>`;
  if (o.back) out += `<rect x="386" y="182" width="28" height="14" rx="2" fill="${shade(c, -0.12)}"/>`;
  // stitching
  const stitch = `fill="none" stroke="${edge(c)}" stroke-width="2" stroke-dasharray="6 6" opacity="0.55"`;
  out += `<path d="M262,668 C352,678 448,678 538,668" ${stitch}/>`;
  if (o.long) {
    out += `<path d="M156,580 L218,594 M644,580 L582,594" ${o.sleeve ? stitch.replace(edge(c), edge(o.sleeve)) : stitch}/>`;
  } else {
    out += `<path d="M150,286 L218,336 M650,286 L582,336" ${stitch}/>`;
  }
  // soft folds
  out += `<path d="M318,430 C330,520 322,600 310,664 M486,380 C478,470 492,560 500,650" fill="none" stroke="${shade(c, -0.12)}" stroke-width="5" opacity="0.35" filter="url(#blurS)"/>`;
  if (o.pocket) {
    out += `<path d="M440,286 L506,286 L506,356 C506,362 502,366 496,366 L450,366 C444,366 440,362 440,356 Z" fill="${shade(c, 0.03)}" ${line(c, 2.5)}/>`;
    out += `<path d="M440,298 L506,298" ${stitch}/>`;
  }
  if (o.graphic) out += o.graphic;
  return out;
}

type HoodieOpts = { hood?: boolean; zip?: boolean; back?: boolean; cord?: boolean };

function hoodie(c: string, o: HoodieOpts = {}): string {
  const hood = o.hood ?? true;
  const [defs, fill] = volume(c);
  const dark = shade(c, -0.07);
  const neck = hood ? "" : o.back ? "C444,224 356,224 330,206" : "C450,258 350,258 330,206";
  let out = defs + shadow(400, 708, 270);
  out += `<path d="M330,206 C292,212 256,220 226,234 C192,300 170,450 152,610 L220,624 C236,520 250,420 264,344 L266,652 L534,652 L536,344 C550,420 564,520 580,624 L648,610 C630,450 608,300 574,234 C544,220 508,212 470,206 ${neck} Z" fill="${fill}" ${line(c)}/>`;
  // cuffs + waistband
  out += `<path d="M152,610 L220,624 L216,662 L148,648 Z M648,610 L580,624 L584,662 L652,648 Z" fill="${dark}" ${line(c)}/>`;
  out += `<path d="M266,648 L534,648 L532,702 L268,702 Z" fill="${dark}" ${line(c)}/>`;
  let ribs = "";
  for (let x = 280; x < 530; x += 12) ribs += `M${x},654 L${x},698 `;
  out += `<path d="${ribs}" stroke="${shade(c, -0.16)}" stroke-width="1.5" opacity="0.6"/>`;
  // folds
  out += `<path d="M312,420 C326,500 318,580 306,640 M492,400 C484,480 496,560 502,640" fill="none" stroke="${shade(c, -0.14)}" stroke-width="6" opacity="0.35" filter="url(#blurS)"/>`;
  if (!hood) {
    out += `<path d="M330,206 C356,196 444,196 470,206 ${neck} Z" fill="${shade(c, -0.3)}" ${line(c)}/>`;
    out += `<path d="M470,206 ${neck}" fill="none" stroke="${dark}" stroke-width="20"/>`;
    out += `<path d="M470,206 ${neck}" fill="none" ${line(c, 2.5)}/>`;
  } else if (o.back) {
    out += `<path d="M300,262 C286,168 338,98 400,98 C462,98 514,168 500,262 C470,276 430,280 400,280 C370,280 330,276 300,262 Z" fill="${shade(c, -0.03)}" ${line(c)}/>`;
    out += `<path d="M400,100 L400,278" ${line(c, 2)} opacity="0.7"/>`;
  } else {
    out += `<path d="M292,246 C276,150 330,84 400,84 C470,84 524,150 508,246 C478,272 440,284 400,288 C360,284 322,272 292,246 Z" fill="${shade(c, -0.03)}" ${line(c)}/>`;
    out += `<path d="M332,236 C324,164 356,120 400,120 C444,120 476,164 468,236 C450,256 428,266 400,270 C372,266 350,256 332,236 Z" fill="${shade(c, -0.34)}" ${line(c)}/>`;
  }
  if (!o.back) {
    if (hood && o.cord !== false) {
      const cord = luminance(c) < 0.45 ? "#ece8e0" : shade(c, -0.25);
      out += `<path d="M378,270 C376,300 372,330 370,352 M422,270 C424,300 428,330 430,352" fill="none" stroke="${cord}" stroke-width="7" stroke-linecap="round"/>`;
      out += `<path d="M370,346 L369,366 M430,346 L431,366" stroke="${shade(cord, -0.3)}" stroke-width="9" stroke-linecap="round"/>`;
    }
    if (!hood) {
      // crewneck: no pocket
    } else if (o.zip) {
      out += `<path d="M286,642 L286,566 C300,540 318,520 334,512 L394,512 L394,642 Z M514,642 L514,566 C500,540 482,520 466,512 L406,512 L406,642 Z" fill="${fill}" ${line(c, 2.5)}/>`;
      out += `<path d="M400,${hood ? 286 : 250} L400,700" stroke="#9da3a8" stroke-width="7"/><path d="M400,${hood ? 286 : 250} L400,700" stroke="#6f757a" stroke-width="2" stroke-dasharray="3 3"/>`;
      out += `<rect x="393" y="${hood ? 290 : 254}" width="14" height="26" rx="4" fill="#b5babe" stroke="#6f757a" stroke-width="2"/>`;
    } else {
      out += `<path d="M286,642 L286,566 C300,540 318,520 334,512 L466,512 C482,520 500,540 514,566 L514,642 Z" fill="${fill}" ${line(c, 2.5)}/>`;
      out += `<path d="M296,566 C308,546 322,530 338,522 M504,566 C492,546 478,530 462,522" fill="none" stroke="${edge(c)}" stroke-width="2" stroke-dasharray="5 5" opacity="0.6"/>`;
    }
  }
  return out;
}

function vest(c: string): string {
  const [defs, fill] = volume(c);
  let out = defs + shadow(400, 694, 220);
  out += `<path d="M330,186 C300,192 270,200 250,212 C262,262 272,304 262,344 L262,680 L538,680 L538,344 C528,304 538,262 550,212 C530,200 500,192 470,186 C450,226 350,226 330,186 Z" fill="${fill}" ${line(c)}/>`;
  out += `<path d="M330,186 C356,174 444,174 470,186 C450,226 350,226 330,186 Z" fill="${shade(c, -0.3)}" ${line(c)}/>`;
  let quilt = "";
  for (let y = 300; y < 680; y += 62) quilt += `M266,${y} C340,${y + 10} 460,${y + 10} 534,${y} `;
  out += `<path d="${quilt}" fill="none" stroke="${shade(c, -0.25)}" stroke-width="3"/>`;
  out += `<path d="M400,220 L400,680" stroke="#8e949a" stroke-width="6"/>`;
  return out;
}

// ---------------------------------------------------------------------------
// Headwear, socks
// ---------------------------------------------------------------------------

function cap(c: string): string {
  const [defs, fill] = volume(c, 1.2);
  let out = defs + shadow(410, 560, 240);
  out += `<g transform="translate(-70 30)">`;
  // brim first: its root disappears under the crown
  out += `<path d="M500,468 C600,438 704,452 752,502 C712,532 600,536 500,502 Z" fill="${shade(c, -0.06)}" ${line(c)}/>`;
  out += `<path d="M560,466 C630,456 690,470 726,500" fill="none" stroke="${edge(c)}" stroke-width="2" stroke-dasharray="6 6" opacity="0.6"/>`;
  out += `<path d="M196,490 C192,330 288,256 392,256 C502,256 574,330 580,474 C470,498 300,500 196,490 Z" fill="${fill}" ${line(c)}/>`;
  out += `<path d="M392,258 C330,300 300,400 300,496 M392,258 C446,300 474,400 476,490" fill="none" ${line(c, 2.5)} opacity="0.8"/>`;
  out += `<path d="M204,478 C300,490 470,488 572,462" fill="none" stroke="${edge(c)}" stroke-width="2" stroke-dasharray="6 6" opacity="0.6"/>`;
  out += `<path d="M198,490 C202,452 238,440 256,470 L258,492 Z" fill="${shade(c, -0.3)}"/>`;
  out += `<ellipse cx="392" cy="257" rx="16" ry="7" fill="${shade(c, -0.1)}" ${line(c, 2)}/>`;
  for (const [x, y] of [[334, 326], [446, 326]]) out += `<circle cx="${x}" cy="${y}" r="5" fill="${shade(c, -0.3)}"/>`;
  out += `</g>`;
  return out;
}

function beanie(c: string): string {
  const [defs, fill] = volume(c, 1.2);
  const clip = uid("clip");
  let out = defs + shadow(400, 616, 200);
  const dome = "M246,560 C240,330 310,200 400,200 C490,200 560,330 554,560 Z";
  out += `<defs><clipPath id="${clip}"><path d="${dome}"/></clipPath></defs>`;
  out += `<path d="${dome}" fill="${fill}" ${line(c)}/>`;
  let ribs = "";
  for (let x = 262; x <= 540; x += 22) ribs += `M${x},560 C${x},400 ${400 + (x - 400) * 0.5},240 400,196 `;
  out += `<path d="${ribs}" clip-path="url(#${clip})" fill="none" stroke="${shade(c, -0.18)}" stroke-width="3" opacity="0.5"/>`;
  out += `<rect x="232" y="466" width="336" height="140" rx="24" fill="${shade(c, -0.05)}" ${line(c)}/>`;
  let cuff = "";
  for (let x = 248; x < 560; x += 14) cuff += `M${x},474 L${x},598 `;
  out += `<path d="${cuff}" stroke="${shade(c, -0.2)}" stroke-width="3" opacity="0.55"/>`;
  out += `<rect x="372" y="508" width="56" height="34" rx="3" fill="#d9c8a6" stroke="#a88f64" stroke-width="2"/>`;
  out += `<path d="M384,532 L396,518 L404,526 L412,516 L420,532" fill="none" stroke="#6d5a3b" stroke-width="2.5" stroke-linejoin="round"/>`;
  return out;
}

function bucketHat(c: string): string {
  const [defs, fill] = volume(c, 1.2);
  let out = defs + shadow(400, 630, 280);
  out += `<path d="M264,470 L536,470 C604,500 654,560 668,602 C560,642 240,642 132,602 C146,560 196,500 264,470 Z" fill="${shade(c, -0.04)}" ${line(c)}/>`;
  for (const off of [18, 36, 54]) {
    out += `<path d="M${150 + off * 0.4},${600 - off * 0.9} C260,${634 - off} 540,${634 - off} ${650 - off * 0.4},${600 - off * 0.9}" fill="none" stroke="${edge(c)}" stroke-width="2" stroke-dasharray="6 5" opacity="0.55"/>`;
  }
  out += `<path d="M290,296 C300,262 500,262 510,296 L538,488 C470,504 330,504 262,488 Z" fill="${fill}" ${line(c)}/>`;
  out += `<path d="M268,446 C340,460 460,460 532,446 L538,488 C470,504 330,504 262,488 Z" fill="${shade(c, -0.15)}" ${line(c)}/>`;
  out += `<ellipse cx="400" cy="280" rx="108" ry="18" fill="${shade(c, 0.05)}" ${line(c, 2.5)}/>`;
  for (const x of [310, 490]) out += `<circle cx="${x}" cy="380" r="6" fill="${shade(c, -0.35)}"/>`;
  return out;
}

function socks(): string {
  const sets: [string, string, string][] = [
    ["#2f4b7c", "#f2c14e", "#f4efe6"],
    ["#ece3d3", "#c8553d", "#c8553d"],
    ["#5c7a5a", "#f3ede2", "#2f3e2f"],
  ];
  const sock =
    "M0,0 L120,0 L120,250 C120,292 150,310 200,322 C258,336 284,372 266,414 C252,446 214,454 170,448 L62,430 C22,422 0,392 0,350 Z";
  let out = shadow(420, 660, 250);
  sets.forEach(([base, stripe, accent], i) => {
    const clip = uid("sock");
    const x = 200 + i * 110;
    const y = 170 + (i === 1 ? -20 : 10);
    out += `<g transform="translate(${x} ${y}) rotate(${-6 + i * 5})">`;
    out += `<defs><clipPath id="${clip}"><path d="${sock}"/></clipPath></defs>`;
    out += `<path d="${sock}" fill="${base}"/>`;
    out += `<g clip-path="url(#${clip})">`;
    out += `<rect x="-10" y="-10" width="140" height="62" fill="${shade(base, -0.08)}"/>`;
    let cuff = "";
    for (let cx = 8; cx < 120; cx += 12) cuff += `M${cx},0 L${cx},50 `;
    out += `<path d="${cuff}" stroke="${shade(base, -0.2)}" stroke-width="2"/>`;
    for (let sy = 80; sy < 240; sy += 44) out += `<rect x="-10" y="${sy}" width="140" height="18" fill="${stripe}"/>`;
    out += `<path d="M62,430 C22,422 0,392 0,350 L0,320 L70,320 C80,360 80,400 62,430 Z M200,322 C258,336 284,372 266,414 C252,446 214,454 170,448 C196,410 200,360 200,322 Z" fill="${accent}"/>`;
    out += `</g><path d="${sock}" fill="none" ${line(base)}/></g>`;
  });
  return out;
}

// ---------------------------------------------------------------------------
// Drinkware
// ---------------------------------------------------------------------------

type MugOpts = { handle?: "left" | "right"; coffee?: boolean; speckle?: boolean; latteArt?: boolean };

function mug(c: string, o: MugOpts = {}): string {
  const [defs, fill] = volume(c, 1.3);
  const body = "M250,236 L250,574 A150,26 0 0 0 550,574 L550,236 Z";
  let out = defs + shadow(400, 604, 210);
  let art = "";
  art += `<path d="M548,300 C636,296 658,340 654,404 C650,470 622,502 548,508" fill="none" stroke="${edge(c)}" stroke-width="42" stroke-linecap="round"/>`;
  art += `<path d="M548,300 C636,296 658,340 654,404 C650,470 622,502 548,508" fill="none" stroke="${shade(c, -0.04)}" stroke-width="35" stroke-linecap="round"/>`;
  art += `<path d="M560,330 C616,330 628,360 626,404 C624,450 606,474 560,478" fill="none" stroke="${shade(c, 0.12)}" stroke-width="5" stroke-linecap="round" opacity="0.6"/>`;
  art += `<path d="${body}" fill="${fill}" ${line(c)}/>`;
  if (o.speckle) {
    const clip = uid("mugclip");
    const r = rng(7);
    let dots = "";
    for (let i = 0; i < 260; i++) {
      dots += `<circle cx="${(250 + r() * 300).toFixed(1)}" cy="${(236 + r() * 370).toFixed(1)}" r="${(0.8 + r() * 2.2).toFixed(1)}"/>`;
    }
    let wave = "M250,548";
    for (let x = 250; x < 550; x += 30) wave += ` Q${x + 15},${548 + (x % 60 === 10 ? 14 : -6)} ${x + 30},${548 + (x % 90 === 10 ? 8 : 2)}`;
    art += `<defs><clipPath id="${clip}"><path d="${body}"/></clipPath></defs>`;
    art += `<g clip-path="url(#${clip})"><path d="${wave} L550,620 L250,620 Z" fill="#c7a27b"/>`;
    art += `<g fill="#5e4c3d" opacity="0.55">${dots}</g></g>`;
    art += `<path d="${body}" fill="none" ${line(c)}/>`;
  }
  art += `<rect x="282" y="262" width="20" height="300" rx="10" fill="#ffffff" opacity="${luminance(c) > 0.8 ? 0.55 : 0.14}"/>`;
  art += `<ellipse cx="400" cy="236" rx="150" ry="26" fill="${shade(c, 0.08)}" ${line(c)}/>`;
  const inner = o.coffee ? "#5e3b27" : shade(c, -0.32);
  art += `<ellipse cx="400" cy="239" rx="137" ry="20" fill="${inner}"/>`;
  if (o.coffee) {
    art += `<ellipse cx="400" cy="242" rx="128" ry="16" fill="#7a4e33"/>`;
    if (o.latteArt) art += `<path d="M400,254 C372,248 362,236 376,230 C386,226 396,232 400,238 C404,232 414,226 424,230 C438,236 428,248 400,254 Z" fill="#e9d4b4"/>`;
  }
  out += o.handle === "left" ? `<g transform="translate(800 0) scale(-1 1)">${art}</g>` : art;
  return out;
}

function latteMug(c: string): string {
  const [defs, fill] = volume(c, 1.3);
  let out = defs + shadow(400, 600, 220);
  out += `<path d="M580,330 C660,320 676,360 664,400 C652,440 610,452 560,446" fill="none" stroke="${edge(c)}" stroke-width="34" stroke-linecap="round"/>`;
  out += `<path d="M580,330 C660,320 676,360 664,400 C652,440 610,452 560,446" fill="none" stroke="${shade(c, -0.04)}" stroke-width="27" stroke-linecap="round"/>`;
  out += `<path d="M210,290 C214,430 262,560 330,584 C370,594 430,594 470,584 C538,560 586,430 590,290 Z" fill="${fill}" ${line(c)}/>`;
  out += `<path d="M250,330 C256,420 280,500 318,548" fill="none" stroke="#ffffff" stroke-width="14" stroke-linecap="round" opacity="0.18"/>`;
  out += `<ellipse cx="400" cy="290" rx="190" ry="34" fill="${shade(c, 0.1)}" ${line(c)}/>`;
  out += `<ellipse cx="400" cy="293" rx="176" ry="27" fill="#7a4e33"/>`;
  out += `<path d="M400,312 C350,302 334,286 356,276 C372,270 390,278 400,288 C410,278 428,270 444,276 C466,286 450,302 400,312 Z" fill="#ecd9ba"/>`;
  out += `<path d="M400,312 L400,284" stroke="#7a4e33" stroke-width="3"/>`;
  return out;
}

function campMug(c: string): string {
  const [defs, fill] = volume(c, 1.1);
  const rim = luminance(c) > 0.5 ? "#24345a" : "#f3efe6";
  const body = "M256,300 L256,548 A144,24 0 0 0 544,548 L544,300 Z";
  let out = defs + shadow(400, 580, 200);
  out += `<path d="M542,340 C616,340 626,372 624,410 C622,452 600,476 542,478" fill="none" stroke="${shade(rim, -0.2)}" stroke-width="20" stroke-linecap="round"/>`;
  out += `<path d="M542,340 C616,340 626,372 624,410 C622,452 600,476 542,478" fill="none" stroke="${rim}" stroke-width="14" stroke-linecap="round"/>`;
  out += `<path d="${body}" fill="${fill}" ${line(c)}/>`;
  out += `<path d="M256,540 A144,24 0 0 0 544,540 L544,548 A144,24 0 0 1 256,548 Z" fill="${rim}"/>`;
  out += `<path d="M256,536 A144,24 0 0 0 544,536" fill="none" stroke="${rim}" stroke-width="10"/>`;
  out += `<rect x="286" y="322" width="18" height="200" rx="9" fill="#ffffff" opacity="0.25"/>`;
  out += `<ellipse cx="400" cy="300" rx="144" ry="24" fill="${shade(c, -0.2)}" stroke="${rim}" stroke-width="12"/>`;
  out += `<ellipse cx="400" cy="302" rx="130" ry="17" fill="${shade(c, -0.35)}"/>`;
  return out;
}

function espressoSet(): string {
  const cup = (c: string) => {
    let s = `<ellipse cx="400" cy="610" rx="250" ry="44" fill="${shade(c, -0.05)}" ${line(c)}/>`;
    s += `<ellipse cx="400" cy="602" rx="190" ry="28" fill="${shade(c, 0.06)}"/>`;
    return s + mug(c, { coffee: true }).replace(/<ellipse[^>]*filter="url\(#blur\)"\/>/, "");
  };
  let out = shadow(400, 640, 330);
  out += place(cup("#3b3d42"), 520, 380, 0.52);
  out += place(cup("#f6f5f1"), 300, 470, 0.58);
  return out;
}

function bottle(c: string): string {
  const [defs, fill] = volume(c, 1.4);
  const bamboo = "#c9a06b";
  const [bdefs, bfill] = volume(bamboo, 1.2);
  let out = defs + bdefs + shadow(400, 708, 130);
  out += `<path d="M372,124 C372,78 428,78 428,124" fill="none" stroke="${shade(bamboo, -0.25)}" stroke-width="14" stroke-linecap="round"/>`;
  out += `<path d="M356,224 L444,224 C444,252 494,262 494,312 L494,660 C494,690 472,706 442,706 L358,706 C328,706 306,690 306,660 L306,312 C306,262 356,252 356,224 Z" fill="${fill}" ${line(c)}/>`;
  out += `<rect x="350" y="116" width="100" height="98" rx="16" fill="${bfill}" ${line(bamboo)}/>`;
  out += `<path d="M362,140 L438,140 M362,166 L438,166 M362,192 L438,192" stroke="${shade(bamboo, -0.15)}" stroke-width="2" opacity="0.6"/>`;
  out += `<rect x="354" y="210" width="92" height="18" rx="4" fill="${shade(c, -0.15)}" ${line(c, 2)}/>`;
  out += `<rect x="330" y="310" width="18" height="360" rx="9" fill="#ffffff" opacity="0.18"/>`;
  out += `<path d="M366,470 L388,440 L400,456 L416,432 L436,470" fill="none" stroke="${luminance(c) < 0.4 ? shade(c, 0.35) : shade(c, -0.3)}" stroke-width="4" stroke-linejoin="round" stroke-linecap="round"/>`;
  return out;
}

function tumbler(c: string): string {
  const [defs, fill] = volume(c, 1.3);
  const lid = "#3a3a3e";
  let out = defs + shadow(400, 708, 140);
  out += `<path d="M298,232 L502,232 L474,690 C472,700 462,706 450,706 L350,706 C338,706 328,700 326,690 Z" fill="${fill}" ${line(c)}/>`;
  out += `<path d="M322,640 L478,640" stroke="${shade(c, -0.12)}" stroke-width="3"/>`;
  out += `<rect x="284" y="176" width="232" height="64" rx="18" fill="${lid}" ${line(lid)}/>`;
  out += `<rect x="300" y="188" width="200" height="10" rx="5" fill="#ffffff" opacity="0.12"/>`;
  out += `<rect x="352" y="162" width="96" height="22" rx="11" fill="${shade(lid, 0.15)}" ${line(lid, 2)}/>`;
  out += `<rect x="326" y="262" width="18" height="360" rx="9" fill="#ffffff" opacity="0.2"/>`;
  return out;
}

function pintGlasses(): string {
  const glass =
    `<path d="M-70,-180 L70,-180 L56,166 C55,176 48,182 40,182 L-40,182 C-48,182 -55,176 -56,166 Z" fill="#e8f3f5" fill-opacity="0.55" stroke="#8fb0bb" stroke-width="3"/>` +
    `<path d="M-54,150 L54,150 L52,170 C50,178 46,182 40,182 L-40,182 C-46,182 -50,178 -52,170 Z" fill="#cfe3e8" opacity="0.9"/>` +
    `<ellipse cx="0" cy="-180" rx="70" ry="12" fill="#f4fafb" fill-opacity="0.5" stroke="#8fb0bb" stroke-width="3"/>` +
    `<path d="M-48,-150 L-38,130" stroke="#ffffff" stroke-width="8" stroke-linecap="round" opacity="0.7"/>`;
  let out = shadow(400, 640, 260);
  for (const [x, y, s] of [[340, 370, 0.86], [500, 370, 0.86], [290, 450, 0.95], [450, 455, 0.95]] as const) {
    out += `<g transform="translate(${x} ${y}) scale(${s})">${glass}</g>`;
  }
  return out;
}

// ---------------------------------------------------------------------------
// Bags
// ---------------------------------------------------------------------------

function tote(c: string, o: { mark?: boolean } = {}): string {
  const [defs, fill] = volume(c, 0.9);
  const strap = shade(c, -0.05);
  let out = defs + shadow(400, 712, 250);
  out += `<path d="M292,336 C292,150 508,150 508,336" fill="none" stroke="${edge(c)}" stroke-width="32"/>`;
  out += `<path d="M292,336 C292,150 508,150 508,336" fill="none" stroke="${shade(c, -0.16)}" stroke-width="26"/>`;
  out += `<path d="M220,330 L580,330 L584,690 C584,698 578,704 570,704 L230,704 C222,704 216,698 216,690 Z" fill="${fill}" ${line(c)}/>`;
  out += `<path d="M220,330 L580,330 L580,364 L220,364 Z" fill="${shade(c, -0.05)}" ${line(c, 2)}/>`;
  const stitch = `fill="none" stroke="${edge(c)}" stroke-width="2" stroke-dasharray="6 5" opacity="0.55"`;
  out += `<path d="M224,356 L576,356" ${stitch}/>`;
  out += `<path d="M306,372 L306,330 C306,170 494,170 494,330 L494,372" fill="none" stroke="${edge(c)}" stroke-width="34" stroke-linecap="butt"/>`;
  out += `<path d="M306,370 L306,330 C306,172 494,172 494,330 L494,370" fill="none" stroke="${strap}" stroke-width="28" stroke-linecap="butt"/>`;
  out += `<path d="M296,340 L316,340 L316,366 L296,366 Z M296,340 L316,366 M316,340 L296,366 M484,340 L504,340 L504,366 L484,366 Z M484,340 L504,366 M504,340 L484,366" ${stitch}/>`;
  out += `<path d="M250,420 C262,520 256,610 248,690 M556,410 C548,520 552,610 560,690" fill="none" stroke="${shade(c, -0.12)}" stroke-width="5" opacity="0.35" filter="url(#blurS)"/>`;
  if (o.mark) {
    const ink = luminance(c) < 0.4 ? "#efe7d6" : "#2f4a3e";
    out += `<g fill="none" stroke="${ink}" stroke-width="7" stroke-linecap="round" stroke-linejoin="round"><circle cx="442" cy="478" r="26"/><path d="M320,580 L372,500 L402,540 L446,470 L500,580"/><path d="M300,600 L520,600"/></g>`;
  }
  return out;
}

function marketTote(stripe: string): string {
  const base = "#f1e8d6";
  const leather = "#a8744a";
  const clip = uid("mt");
  const body = "M196,350 L604,350 L584,690 C583,700 576,706 566,706 L234,706 C224,706 217,700 216,690 Z";
  let out = shadow(400, 714, 260);
  out += `<path d="M300,354 C300,206 500,206 500,354" fill="none" stroke="${shade(leather, -0.25)}" stroke-width="26" stroke-linecap="round"/>`;
  out += `<path d="M300,354 C300,206 500,206 500,354" fill="none" stroke="${leather}" stroke-width="20" stroke-linecap="round"/>`;
  out += `<defs><clipPath id="${clip}"><path d="${body}"/></clipPath></defs>`;
  out += `<path d="${body}" fill="${base}"/>`;
  let stripes = "";
  for (let x = 206; x < 604; x += 48) stripes += `<rect x="${x}" y="340" width="20" height="380" fill="${stripe}"/>`;
  out += `<g clip-path="url(#${clip})">${stripes}<rect x="180" y="640" width="440" height="80" fill="${leather}"/><rect x="180" y="350" width="440" height="20" fill="#000" opacity="0.08"/></g>`;
  out += `<path d="M204,640 L596,640" stroke="${shade(leather, -0.3)}" stroke-width="2" stroke-dasharray="6 5"/>`;
  out += `<path d="${body}" fill="none" ${line(base)}/>`;
  return out;
}

function backpack(c: string): string {
  const [defs, fill] = volume(c, 1.2);
  const web = shade(c, -0.3);
  let out = defs + shadow(400, 712, 220);
  out += `<path d="M262,300 C200,330 200,560 236,690 M538,300 C600,330 600,560 564,690" fill="none" stroke="${web}" stroke-width="26" stroke-linecap="round"/>`;
  out += `<rect x="250" y="250" width="300" height="452" rx="56" fill="${fill}" ${line(c)}/>`;
  out += `<rect x="256" y="190" width="288" height="82" rx="30" fill="${shade(c, -0.06)}" ${line(c)}/>`;
  out += `<path d="M262,226 C340,236 460,236 538,226 M266,252 C340,262 460,262 534,252" fill="none" stroke="${edge(c)}" stroke-width="2.5" opacity="0.7"/>`;
  out += `<rect x="384" y="174" width="32" height="200" rx="4" fill="${web}"/>`;
  out += `<rect x="374" y="350" width="52" height="30" rx="6" fill="#c3c6c9" stroke="#7b8084" stroke-width="3"/>`;
  out += `<rect x="290" y="458" width="220" height="200" rx="38" fill="${shade(c, 0.04)}" ${line(c)}/>`;
  out += `<path d="M312,486 L488,486" stroke="#8d9296" stroke-width="5" stroke-linecap="round"/>`;
  out += `<rect x="470" y="478" width="12" height="26" rx="3" fill="#b6a06a"/>`;
  out += `<rect x="370" y="406" width="60" height="36" rx="6" fill="#b47c4c" stroke="#7c522e" stroke-width="2"/>`;
  out += `<path d="M384,432 L396,418 L404,426 L412,416 L420,432" fill="none" stroke="#f0ddc2" stroke-width="2.5" stroke-linejoin="round"/>`;
  return out;
}

function pouch(c: string): string {
  const [defs, fill] = volume(c, 0.9);
  let out = defs + shadow(400, 592, 230);
  out += `<rect x="210" y="330" width="380" height="250" rx="36" fill="${fill}" ${line(c)}/>`;
  out += `<rect x="216" y="350" width="368" height="24" fill="${shade(c, -0.12)}"/>`;
  out += `<path d="M226,362 L566,362" stroke="#b39a5e" stroke-width="8" stroke-dasharray="4 3"/>`;
  out += `<rect x="556" y="348" width="16" height="28" rx="4" fill="#c6a660" stroke="#8b7236" stroke-width="2"/>`;
  out += `<path d="M564,376 C566,410 586,430 604,440" fill="none" stroke="#9b6a40" stroke-width="12" stroke-linecap="round"/>`;
  out += `<path d="M236,400 L564,400 M236,556 L564,556" stroke="${edge(c)}" stroke-width="2" stroke-dasharray="6 5" opacity="0.5"/>`;
  out += `<g fill="none" stroke="#2f4a3e" stroke-width="5" stroke-linecap="round" stroke-linejoin="round" opacity="0.85"><path d="M360,510 L388,470 L404,490 L428,458 L456,510"/></g>`;
  return out;
}

function sling(c: string): string {
  const [defs, fill] = volume(c, 1.2);
  const web = "#2b2d30";
  let out = defs + shadow(400, 632, 230);
  out += `<path d="M232,470 C210,170 560,110 590,420" fill="none" stroke="${web}" stroke-width="26" stroke-linecap="round"/>`;
  out += `<g transform="rotate(-10 400 495)">`;
  out += `<rect x="196" y="400" width="408" height="196" rx="98" fill="${fill}" ${line(c)}/>`;
  out += `<path d="M236,452 C330,430 470,430 564,452" fill="none" stroke="#8d9296" stroke-width="5" stroke-linecap="round"/>`;
  out += `<rect x="542" y="440" width="12" height="28" rx="3" fill="#d0d3d6"/>`;
  out += `<rect x="236" y="500" width="328" height="70" rx="35" fill="${shade(c, 0.06)}" ${line(c, 2)}/>`;
  out += `<path d="M256,510 L544,510" stroke="#8d9296" stroke-width="4"/>`;
  out += `</g>`;
  out += `<rect x="214" y="430" width="36" height="44" rx="6" fill="#1f2022"/>`;
  return out;
}

function drawstringBag(c: string): string {
  const [defs, fill] = volume(c, 1.1);
  const cord = "#f2eee6";
  let top = "M258,306";
  for (let x = 258; x < 542; x += 36) top += ` Q${x + 18},${286} ${x + 36},306`;
  let out = defs + shadow(400, 692, 230);
  out += `<path d="${top} L550,680 C550,688 544,694 536,694 L264,694 C256,694 250,688 250,680 Z" fill="${fill}" ${line(c)}/>`;
  out += `<path d="M260,330 L540,330" stroke="${shade(c, -0.18)}" stroke-width="3"/>`;
  out += `<path d="M268,300 C214,420 226,580 258,682 M532,300 C586,420 574,580 542,682" fill="none" stroke="${cord}" stroke-width="9" stroke-linecap="round"/>`;
  out += `<path d="M268,300 C320,260 480,260 532,300" fill="none" stroke="${cord}" stroke-width="9"/>`;
  out += `<rect x="244" y="672" width="28" height="20" rx="6" fill="${shade(c, -0.25)}"/><rect x="528" y="672" width="28" height="20" rx="6" fill="${shade(c, -0.25)}"/>`;
  out += `<g fill="none" stroke="${cord}" stroke-width="7" stroke-linecap="round" stroke-linejoin="round"><circle cx="400" cy="500" r="56"/><path d="M370,512 L392,480 L404,496 L420,474 L440,512"/></g>`;
  return out;
}

// ---------------------------------------------------------------------------
// Prints (posters)
// ---------------------------------------------------------------------------

type Box = { x: number; y: number; w: number; h: number };
type PosterArt = (b: Box) => string;

const at = (b: Box, tx: number, ty: number) => `${(b.x + tx * b.w).toFixed(1)},${(b.y + ty * b.h).toFixed(1)}`;

const dunesArt: PosterArt = (b) => {
  const g = uid("sky");
  let s = `<defs><linearGradient id="${g}" x1="0" x2="0" y1="0" y2="1"><stop offset="0" stop-color="#f7dcb4"/><stop offset="1" stop-color="#f1b98e"/></linearGradient></defs>`;
  s += `<rect x="${b.x}" y="${b.y}" width="${b.w}" height="${b.h}" fill="url(#${g})"/>`;
  s += `<circle cx="${b.x + 0.62 * b.w}" cy="${b.y + 0.36 * b.h}" r="${0.17 * b.w}" fill="#ee8a4c"/>`;
  const layer = (y0: number, y1: number, y2: number, fill: string) =>
    `<path d="M${at(b, 0, y0)} C${at(b, 0.3, y0 - 0.08)} ${at(b, 0.45, y1 + 0.06)} ${at(b, 0.62, y1)} C${at(b, 0.78, y1 - 0.05)} ${at(b, 0.9, y2 - 0.04)} ${at(b, 1, y2)} L${at(b, 1, 1)} L${at(b, 0, 1)} Z" fill="${fill}"/>`;
  s += layer(0.52, 0.5, 0.46, "#e8ab7a");
  s += layer(0.62, 0.6, 0.66, "#d98b5a");
  s += layer(0.78, 0.72, 0.76, "#bf6a40");
  s += layer(0.9, 0.86, 0.88, "#9c4f31");
  return s;
};

const botanicalArt: PosterArt = (b) => {
  let s = `<rect x="${b.x}" y="${b.y}" width="${b.w}" height="${b.h}" fill="#f3ecdc"/>`;
  const stems: [number, number, number, string][] = [
    [0.5, 0.12, 0, "#2f5d46"],
    [0.3, 0.3, -18, "#4f7d5c"],
    [0.7, 0.28, 16, "#86a477"],
  ];
  for (const [sx, top, tilt, col] of stems) {
    const x0 = b.x + sx * b.w;
    const y0 = b.y + 0.92 * b.h;
    const y1 = b.y + top * b.h;
    const x1 = x0 + (tilt / 40) * b.w * 0.4;
    s += `<path d="M${x0},${y0} Q${x0},${(y0 + y1) / 2} ${x1},${y1}" fill="none" stroke="${col}" stroke-width="${b.w * 0.012}"/>`;
    for (let i = 1; i <= 5; i++) {
      const t = i / 6.2;
      const lx = x0 + (x1 - x0) * t * t;
      const ly = y0 + (y1 - y0) * t;
      const size = b.w * (0.1 - i * 0.008);
      for (const side of [-1, 1]) {
        s += `<ellipse cx="${lx + side * size * 0.9}" cy="${ly}" rx="${size}" ry="${size * 0.38}" fill="${col}" transform="rotate(${side * -32 + tilt} ${lx + side * size * 0.9} ${ly})"/>`;
      }
    }
    s += `<ellipse cx="${x1}" cy="${y1 - b.w * 0.04}" rx="${b.w * 0.035}" ry="${b.w * 0.07}" fill="${col}" transform="rotate(${tilt} ${x1} ${y1})"/>`;
  }
  s += `<rect x="${b.x + 0.06 * b.w}" y="${b.y + 0.04 * b.h}" width="${0.88 * b.w}" height="${0.92 * b.h}" fill="none" stroke="#2f5d46" stroke-width="${b.w * 0.004}" opacity="0.6"/>`;
  return s;
};

const cityArt: PosterArt = (b) => {
  const clip = uid("city");
  let s = `<defs><clipPath id="${clip}"><rect x="${b.x}" y="${b.y}" width="${b.w}" height="${b.h}"/></clipPath></defs>`;
  s += `<g clip-path="url(#${clip})"><rect x="${b.x}" y="${b.y}" width="${b.w}" height="${b.h}" fill="#1f2d4a"/>`;
  const r = rng(42);
  const cols = 6;
  const rows = 9;
  const gw = b.w / cols;
  const gh = b.h / rows;
  for (let i = 0; i < cols; i++) {
    for (let j = 0; j < rows; j++) {
      const v = r();
      const fillc = v < 0.12 ? "#ef7b5d" : v < 0.24 ? "#7fae8a" : "#f1e6d2";
      s += `<rect x="${b.x + i * gw + gw * 0.12}" y="${b.y + j * gh + gh * 0.12}" width="${gw * 0.76}" height="${gh * 0.76}" rx="${gw * 0.08}" fill="${fillc}" opacity="${v < 0.24 ? 1 : 0.92}"/>`;
    }
  }
  s += `<path d="M${at(b, -0.1, 0.2)} C${at(b, 0.3, 0.3)} ${at(b, 0.2, 0.6)} ${at(b, 0.55, 0.62)} S${at(b, 0.8, 0.9)} ${at(b, 1.1, 0.85)}" fill="none" stroke="#5f86b5" stroke-width="${b.w * 0.09}" stroke-linecap="round"/>`;
  s += `<circle cx="${b.x + 0.68 * b.w}" cy="${b.y + 0.33 * b.h}" r="${b.w * 0.045}" fill="#ef7b5d" stroke="#1f2d4a" stroke-width="${b.w * 0.012}"/></g>`;
  return s;
};

const bauhausArt: PosterArt = (b) => {
  const clip = uid("bh");
  let s = `<defs><clipPath id="${clip}"><rect x="${b.x}" y="${b.y}" width="${b.w}" height="${b.h}"/></clipPath></defs>`;
  s += `<g clip-path="url(#${clip})"><rect x="${b.x}" y="${b.y}" width="${b.w}" height="${b.h}" fill="#efe6d2"/>`;
  s += `<circle cx="${b.x + 0.36 * b.w}" cy="${b.y + 0.3 * b.h}" r="${0.26 * b.w}" fill="#d2412f"/>`;
  s += `<rect x="${b.x + 0.55 * b.w}" y="${b.y + 0.12 * b.h}" width="${0.3 * b.w}" height="${0.34 * b.h}" fill="#f0b429"/>`;
  s += `<path d="M${at(b, 0.1, 0.92)} A${0.4 * b.w},${0.4 * b.w} 0 0 1 ${at(b, 0.9, 0.92)} Z" fill="#2c4f9e"/>`;
  s += `<path d="M${at(b, 0.3, 0.92)} A${0.2 * b.w},${0.2 * b.w} 0 0 1 ${at(b, 0.7, 0.92)}" fill="none" stroke="#1e1e1e" stroke-width="${b.w * 0.05}"/>`;
  s += `<rect x="${b.x + 0.08 * b.w}" y="${b.y + 0.58 * b.h}" width="${0.84 * b.w}" height="${0.018 * b.h}" fill="#1e1e1e"/>`;
  s += `<circle cx="${b.x + 0.78 * b.w}" cy="${b.y + 0.53 * b.h}" r="${0.05 * b.w}" fill="#1e1e1e"/></g>`;
  return s;
};

const nightArt: PosterArt = (b) => {
  const g = uid("night");
  const m = uid("moon");
  const clip = uid("nclip");
  let s = `<defs><linearGradient id="${g}" x1="0" x2="0" y1="0" y2="1"><stop offset="0" stop-color="#0f1b3d"/><stop offset="1" stop-color="#33487f"/></linearGradient>`;
  const mx = b.x + 0.68 * b.w;
  const my = b.y + 0.24 * b.h;
  const mr = 0.12 * b.w;
  s += `<mask id="${m}"><rect x="${b.x}" y="${b.y}" width="${b.w}" height="${b.h}" fill="#fff"/><circle cx="${mx + mr * 0.45}" cy="${my - mr * 0.25}" r="${mr * 0.9}" fill="#000"/></mask>`;
  s += `<clipPath id="${clip}"><rect x="${b.x}" y="${b.y}" width="${b.w}" height="${b.h}"/></clipPath></defs>`;
  s += `<g clip-path="url(#${clip})"><rect x="${b.x}" y="${b.y}" width="${b.w}" height="${b.h}" fill="url(#${g})"/>`;
  const r = rng(11);
  let stars = "";
  for (let i = 0; i < 90; i++) {
    stars += `<circle cx="${(b.x + r() * b.w).toFixed(1)}" cy="${(b.y + r() * b.h * 0.7).toFixed(1)}" r="${(b.w * (0.002 + r() * 0.005)).toFixed(2)}"/>`;
  }
  s += `<g fill="#fdf6e3" opacity="0.9">${stars}</g>`;
  s += `<circle cx="${mx}" cy="${my}" r="${mr}" fill="#f6e7b8" mask="url(#${m})"/>`;
  s += `<path d="M${at(b, -0.1, 0.8)} C${at(b, 0.2, 0.66)} ${at(b, 0.45, 0.7)} ${at(b, 0.65, 0.78)} S${at(b, 0.95, 0.7)} ${at(b, 1.1, 0.74)} L${at(b, 1.1, 1.1)} L${at(b, -0.1, 1.1)} Z" fill="#1b2a55"/>`;
  s += `<path d="M${at(b, -0.1, 0.9)} C${at(b, 0.25, 0.8)} ${at(b, 0.5, 0.84)} ${at(b, 0.7, 0.9)} S${at(b, 1, 0.84)} ${at(b, 1.1, 0.86)} L${at(b, 1.1, 1.1)} L${at(b, -0.1, 1.1)} Z" fill="#0b1430"/></g>`;
  return s;
};

function framedPoster(art: PosterArt, frame = "#2b2b2b", withShelf = true): string {
  const [x, y, w, h] = [235, 118, 330, 450];
  let out = `<rect x="${x + 12}" y="${y + 18}" width="${w}" height="${h}" fill="#2b2118" opacity="0.25" filter="url(#blur)"/>`;
  out += `<rect x="${x}" y="${y}" width="${w}" height="${h}" rx="3" fill="${frame}"/>`;
  out += `<rect x="${x + 14}" y="${y + 14}" width="${w - 28}" height="${h - 28}" fill="#fbfaf6"/>`;
  out += `<rect x="${x + 14}" y="${y + 14}" width="${w - 28}" height="6" fill="#000" opacity="0.08"/>`;
  out += art({ x: x + 38, y: y + 38, w: w - 76, h: h - 76 });
  if (!withShelf) return out;
  // a console top and a small plant to ground the frame
  out += `<rect x="0" y="640" width="800" height="160" fill="#000" opacity="0.04"/>`;
  out += `<rect x="0" y="640" width="800" height="3" fill="#000" opacity="0.06"/>`;
  out += plant(650, 640);
  return out;
}

/** Small potted plant standing on a surface at (x, y). */
function plant(x: number, y: number): string {
  const leaves: [number, number][] = [[-40, 0.9], [-12, 1.1], [18, 1], [44, 0.85]];
  let s = "";
  const greens = ["#5f8a63", "#7ea37a", "#4d7656", "#8fb08a"];
  leaves.forEach(([rot, len], i) => {
    s += `<ellipse cx="${x}" cy="${y - 58 - 40 * len}" rx="14" ry="${42 * len}" fill="${greens[i]}" transform="rotate(${rot} ${x} ${y - 50})"/>`;
  });
  s += `<path d="M${x - 34},${y - 56} L${x + 34},${y - 56} L${x + 26},${y - 2} C${x + 25},${y} ${x + 23},${y} ${x + 20},${y} L${x - 20},${y} C${x - 23},${y} ${x - 25},${y} ${x - 26},${y - 2} Z" fill="#c47a56"/>`;
  s += `<rect x="${x - 38}" y="${y - 62}" width="76" height="14" rx="4" fill="#b36a48"/>`;
  return s;
}

/** Full-bleed crop of a print: used as the "detail" image. */
const posterDetail = (art: PosterArt) => art({ x: -110, y: -280, w: 1020, h: 1390 });

// ---------------------------------------------------------------------------
// Candles and home
// ---------------------------------------------------------------------------

type CandleOpts = { glass: string; label: string; icon: "tree" | "leaf" | "wave"; lit?: boolean; lid?: string };

function labelIcon(icon: CandleOpts["icon"], cx: number, cy: number, col: string): string {
  if (icon === "tree")
    return `<path d="M${cx},${cy - 22} L${cx + 16},${cy + 8} L${cx + 6},${cy + 8} L${cx + 6},${cy + 18} L${cx - 6},${cy + 18} L${cx - 6},${cy + 8} L${cx - 16},${cy + 8} Z" fill="${col}"/>`;
  if (icon === "leaf")
    return `<path d="M${cx - 16},${cy + 16} C${cx - 18},${cy - 10} ${cx},${cy - 22} ${cx + 18},${cy - 22} C${cx + 18},${cy} ${cx + 4},${cy + 18} ${cx - 16},${cy + 16} Z M${cx - 16},${cy + 16} L${cx + 8},${cy - 8}" fill="${col}" stroke="#f3ece0" stroke-width="2"/>`;
  return `<path d="M${cx - 22},${cy + 4} C${cx - 12},${cy - 8} ${cx - 4},${cy - 8} ${cx},${cy + 2} C${cx + 4},${cy + 12} ${cx + 12},${cy + 12} ${cx + 22},${cy} M${cx - 22},${cy + 16} C${cx - 12},${cy + 4} ${cx - 4},${cy + 4} ${cx},${cy + 14} C${cx + 4},${cy + 24} ${cx + 12},${cy + 24} ${cx + 22},${cy + 12}" fill="none" stroke="${col}" stroke-width="4" stroke-linecap="round"/>`;
}

function candle(o: CandleOpts): string {
  const g = o.glass;
  const [defs, fill] = volume(g, 1.5);
  const lid = o.lid ?? "#b98b5b";
  let out = defs;
  if (o.lit) {
    const glow = uid("glow");
    out += `<defs><radialGradient id="${glow}"><stop offset="0" stop-color="#ffd27a" stop-opacity="0.75"/><stop offset="1" stop-color="#ffd27a" stop-opacity="0"/></radialGradient></defs>`;
    out += `<circle cx="400" cy="290" r="200" fill="url(#${glow})"/>`;
  }
  out += shadow(400, 636, 170);
  out += `<rect x="290" y="330" width="220" height="300" rx="26" fill="${fill}" ${line(g)}/>`;
  out += `<ellipse cx="400" cy="338" rx="104" ry="16" fill="${shade(g, -0.25)}"/>`;
  out += `<ellipse cx="400" cy="346" rx="96" ry="12" fill="#efe4cf"/>`;
  out += `<rect x="308" y="360" width="16" height="250" rx="8" fill="#ffffff" opacity="0.22"/>`;
  out += `<rect x="316" y="430" width="168" height="124" rx="6" fill="#f3ece0" stroke="${shade(g, -0.3)}" stroke-width="2"/>`;
  out += labelIcon(o.icon, 400, 466, "#3b3b3b");
  out += `<text x="400" y="516" text-anchor="middle" font-family="sans-serif" font-size="15" font-weight="bold" letter-spacing="2" fill="#3b3b3b">${esc(o.label)}</text>`;
  out += `<text x="400" y="538" text-anchor="middle" font-family="sans-serif" font-size="10" letter-spacing="3" fill="#6b6256">SOY CANDLE</text>`;
  if (o.lit) {
    out += `<path d="M400,344 L400,318" stroke="#2b2b2b" stroke-width="4" stroke-linecap="round"/>`;
    out += `<path d="M400,246 C422,280 424,302 400,322 C376,302 378,280 400,246 Z" fill="#f7a23b"/>`;
    out += `<path d="M400,272 C410,290 410,304 400,316 C390,304 390,290 400,272 Z" fill="#ffe7a3"/>`;
    out += `<ellipse cx="600" cy="626" rx="108" ry="20" fill="${shade(lid, -0.2)}"/><ellipse cx="600" cy="614" rx="108" ry="20" fill="${lid}" ${line(lid, 2)}/>`;
  } else {
    out += `<rect x="282" y="296" width="236" height="44" rx="12" fill="${lid}" ${line(lid)}/>`;
    out += `<path d="M296,310 C360,304 440,316 504,308 M300,324 C380,320 430,328 500,322" fill="none" stroke="${shade(lid, -0.18)}" stroke-width="2" opacity="0.7"/>`;
  }
  return out;
}

function candleTrio(): string {
  const tin = (cx: number, cy: number, label: string, icon: CandleOpts["icon"]) => {
    let s = `<path d="M${cx - 80},${cy} L${cx - 80},${cy + 66} A80,26 0 0 0 ${cx + 80},${cy + 66} L${cx + 80},${cy} Z" fill="#b7bcc0" stroke="#80868b" stroke-width="3"/>`;
    s += `<path d="M${cx - 80},${cy + 10} A80,26 0 0 0 ${cx + 80},${cy + 10}" fill="none" stroke="#80868b" stroke-width="2"/>`;
    s += `<ellipse cx="${cx}" cy="${cy}" rx="80" ry="26" fill="#d6dadd" stroke="#80868b" stroke-width="3"/>`;
    s += `<ellipse cx="${cx}" cy="${cy}" rx="54" ry="17" fill="${label}"/>`;
    return s + `<g transform="translate(${cx} ${cy}) scale(0.8 0.34) translate(${-cx} ${-cy})">${labelIcon(icon, cx, cy, "#f3ece0")}</g>`;
  };
  let out = shadow(400, 640, 260);
  out += tin(290, 420, "#9c5a22", "tree");
  out += tin(510, 420, "#5d7a4c", "leaf");
  out += tin(400, 520, "#5f86b5", "wave");
  return out;
}

function throwBlanket(c: string): string {
  const pat = uid("waffle");
  let out = shadow(400, 640, 260);
  out += `<defs><pattern id="${pat}" width="18" height="18" patternUnits="userSpaceOnUse"><rect width="18" height="18" fill="${c}"/><rect x="3" y="3" width="12" height="12" rx="2" fill="${shade(c, -0.08)}"/></pattern></defs>`;
  const layers = [
    [560, 0],
    [480, 0.03],
    [400, 0.06],
    [320, 0.09],
  ] as const;
  for (const [y, light] of layers) {
    out += `<rect x="180" y="${y}" width="440" height="96" rx="40" fill="url(#${pat})" ${line(c)}/>`;
    out += `<rect x="180" y="${y}" width="440" height="96" rx="40" fill="#ffffff" opacity="${light}"/>`;
    out += `<path d="M200,${y + 80} C300,${y + 90} 500,${y + 90} 600,${y + 80}" fill="none" stroke="${shade(c, -0.2)}" stroke-width="3" opacity="0.5"/>`;
  }
  let fringe = "";
  for (let x = 214; x < 590; x += 12) fringe += `M${x},654 L${x - 2},676 `;
  out += `<path d="${fringe}" stroke="${shade(c, -0.12)}" stroke-width="4" stroke-linecap="round"/>`;
  return out;
}

function teaTowels(): string {
  const towel = (x: number, y: number, w: number, h: number, stripe: string, rot: number) => {
    let s = `<g transform="rotate(${rot} ${x + w / 2} ${y})">`;
    s += `<path d="M${x + w / 2 - 10},${y} C${x + w / 2 - 10},${y - 30} ${x + w / 2 + 10},${y - 30} ${x + w / 2 + 10},${y}" fill="none" stroke="${stripe}" stroke-width="5"/>`;
    s += `<path d="M${x},${y} L${x + w},${y} L${x + w},${y + h} C${x + w * 0.7},${y + h + 8} ${x + w * 0.3},${y + h - 6} ${x},${y + h} Z" fill="#ece4d6" ${line("#ece4d6", 2.5)}/>`;
    for (const sy of [y + 36, y + 52, y + h - 70, y + h - 54]) s += `<rect x="${x}" y="${sy}" width="${w}" height="8" fill="${stripe}"/>`;
    s += `<rect x="${x}" y="${y + h / 2 - 3}" width="${w}" height="4" fill="${stripe}" opacity="0.5"/>`;
    return s + `</g>`;
  };
  let out = shadow(400, 690, 230, 20, 0.12);
  out += `<rect x="170" y="150" width="460" height="16" rx="8" fill="#a97c50"/><circle cx="170" cy="158" r="14" fill="#8c6238"/><circle cx="630" cy="158" r="14" fill="#8c6238"/>`;
  out += towel(232, 180, 200, 460, "#3d5a80", -2);
  out += towel(372, 186, 200, 450, "#c0553a", 3);
  return out;
}

function ornaments(): string {
  const ball = (x: number, len: number, r: number, col: string, deco: string) => {
    const cy = len + r;
    let s = `<path d="M${x},0 L${x},${len - 14}" stroke="#b89459" stroke-width="2"/>`;
    s += `<rect x="${x - 12}" y="${len - 18}" width="24" height="18" rx="3" fill="#d4ad5a"/>`;
    s += `<circle cx="${x}" cy="${cy}" r="${r}" fill="${col}" ${line(col)}/>${deco}`;
    s += `<circle cx="${x - r * 0.35}" cy="${cy - r * 0.35}" r="${r * 0.18}" fill="#ffffff" opacity="0.35"/>`;
    return s;
  };
  let out = shadow(400, 690, 240, 18, 0.1);
  out += ball(270, 260, 80, "#c0392b", `<path d="M190,340 L350,340 M196,372 L344,372" stroke="#f3ece0" stroke-width="8"/>`);
  out += ball(420, 380, 90, "#2f6f4f", `<g fill="#f3ece0"><circle cx="390" cy="450" r="8"/><circle cx="440" cy="440" r="8"/><circle cx="420" cy="490" r="8"/><circle cx="460" cy="480" r="8"/><circle cx="380" cy="500" r="8"/></g>`);
  out += ball(560, 200, 70, "#e6b54a", `<path d="M500,270 C530,250 590,290 620,270" fill="none" stroke="#f3ece0" stroke-width="8"/>`);
  return out;
}

// ---------------------------------------------------------------------------
// Accessories & stationery
// ---------------------------------------------------------------------------

function pins(): string {
  const gold = "#cfa54e";
  let out = shadow(400, 650, 210);
  out += `<rect x="220" y="150" width="360" height="480" rx="16" fill="#d9c3a0" ${line("#d9c3a0")}/>`;
  out += `<rect x="372" y="172" width="56" height="14" rx="7" fill="#b89d74"/>`;
  const badge = (cx: number, cy: number, inner: string) =>
    `<circle cx="${cx + 3}" cy="${cy + 5}" r="62" fill="#000" opacity="0.15" filter="url(#blurS)"/>${inner}`;
  // sun
  let rays = "";
  for (let i = 0; i < 12; i++) {
    const a = (i * Math.PI) / 6;
    rays += `M${320 + Math.cos(a) * 44},${330 + Math.sin(a) * 44} L${320 + Math.cos(a) * 60},${330 + Math.sin(a) * 60} `;
  }
  out += badge(320, 330, `<path d="${rays}" stroke="${gold}" stroke-width="10" stroke-linecap="round"/><circle cx="320" cy="330" r="36" fill="#f3b33d" stroke="${gold}" stroke-width="6"/>`);
  // wave
  out += badge(480, 330, `<circle cx="480" cy="330" r="54" fill="#3d7ea6" stroke="${gold}" stroke-width="7"/><path d="M432,340 C452,310 470,312 480,334 C490,356 510,356 528,330" fill="none" stroke="#f3ece0" stroke-width="9" stroke-linecap="round"/>`);
  // mountain
  out += badge(320, 490, `<path d="M262,530 L304,450 L326,482 L346,452 L382,530 Z" fill="#2f5d46" stroke="${gold}" stroke-width="7" stroke-linejoin="round"/><path d="M296,466 L304,450 L314,466 Z" fill="#f3ece0"/>`);
  // mug
  out += badge(480, 490, `<path d="M530,466 C562,466 562,514 530,514" fill="none" stroke="${gold}" stroke-width="9"/><rect x="438" y="448" width="92" height="86" rx="12" fill="#e2574c" stroke="${gold}" stroke-width="7"/><path d="M462,432 C456,420 468,412 462,400 M486,432 C480,420 492,412 486,400" fill="none" stroke="${gold}" stroke-width="5" stroke-linecap="round"/>`);
  return out;
}

function stickers(): string {
  const star = (r: number) => {
    let d = "";
    for (let i = 0; i < 10; i++) {
      const a = -Math.PI / 2 + (i * Math.PI) / 5;
      const rr = i % 2 === 0 ? r : r * 0.48;
      d += `${i === 0 ? "M" : "L"}${(Math.cos(a) * rr).toFixed(1)},${(Math.sin(a) * rr).toFixed(1)} `;
    }
    return d + "Z";
  };
  const items: [number, number, number, string, string][] = [
    [270, 270, -12, `<circle r="78" fill="#ef7b5d"/>`, `<path d="M-44,6 C-24,-20 -8,-20 0,4 C8,28 28,28 44,0" fill="none" stroke="#fff" stroke-width="10" stroke-linecap="round"/>`],
    [520, 240, 10, `<path d="${star(86)}" fill="#f2c14e"/>`, ""],
    [410, 420, -4, `<rect x="-96" y="-62" width="192" height="124" rx="28" fill="#2f6f73"/>`, `<path d="M-56,34 L-14,-26 L8,4 L30,-22 L62,34" fill="none" stroke="#f3ece0" stroke-width="9" stroke-linejoin="round" stroke-linecap="round"/>`],
    [240, 520, 8, `<path d="M0,54 C-100,-4 -70,-96 0,-44 C70,-96 100,-4 0,54 Z" fill="#e98fa7"/>`, ""],
    [580, 470, 14, `<path d="M16,-84 L-46,12 L-6,12 L-22,84 L46,-12 L6,-12 Z" fill="#7b6cc4"/>`, ""],
    [420, 620, -10, `<rect x="-110" y="-40" width="220" height="80" rx="40" fill="#9cc3de"/>`, `<circle cx="-60" cy="0" r="14" fill="#fff"/><circle cx="-14" cy="0" r="14" fill="#fff"/><circle cx="32" cy="0" r="14" fill="#fff"/>`],
    [600, 660, 0, `<circle r="50" fill="#5c9a6b"/>`, `<path d="M-20,22 C-24,-8 0,-26 24,-26 C24,0 8,22 -20,22 Z" fill="#f3ece0"/>`],
    [190, 690, -18, `<path d="M0,-60 L60,50 L-60,50 Z" fill="#f08a3c"/>`, ""],
  ];
  let out = "";
  for (const [x, y, rot, shape, inner] of items) {
    out += `<g transform="translate(${x} ${y}) rotate(${rot})">`;
    out += `<g transform="translate(6 10)" opacity="0.22" filter="url(#blurS)">${shape.replace(/fill="[^"]+"/, 'fill="#000"')}</g>`;
    out += shape.replace("/>", ' stroke="#ffffff" stroke-width="16" stroke-linejoin="round" paint-order="stroke"/>');
    out += inner + `</g>`;
  }
  return out;
}

function keyFob(c: string): string {
  const brass = "#c9a24a";
  let out = shadow(420, 660, 150);
  out += `<g transform="rotate(-16 400 420)">`;
  out += `<circle cx="400" cy="200" r="52" fill="none" stroke="${shade(brass, -0.25)}" stroke-width="16"/>`;
  out += `<circle cx="400" cy="200" r="52" fill="none" stroke="${brass}" stroke-width="10"/>`;
  out += `<rect x="356" y="236" width="88" height="380" rx="44" fill="${c}" ${line(c)}/>`;
  out += `<rect x="368" y="250" width="64" height="354" rx="32" fill="none" stroke="${shade(c, 0.35)}" stroke-width="2.5" stroke-dasharray="6 5"/>`;
  out += `<circle cx="400" cy="300" r="12" fill="${brass}" stroke="${shade(brass, -0.3)}" stroke-width="2"/>`;
  out += `<rect x="364" y="420" width="10" height="150" rx="5" fill="#ffffff" opacity="0.12"/>`;
  out += `</g>`;
  return out;
}

function bandana(c: string): string {
  const pat = uid("dots");
  let out = shadow(400, 700, 230, 22, 0.14);
  out += `<defs><pattern id="${pat}" width="36" height="36" patternUnits="userSpaceOnUse"><rect width="36" height="36" fill="${c}"/><circle cx="9" cy="9" r="4" fill="#f3ece0"/><circle cx="27" cy="27" r="4" fill="#f3ece0"/></pattern></defs>`;
  out += `<g transform="rotate(45 400 400)">`;
  out += `<rect x="176" y="176" width="448" height="448" rx="8" fill="url(#${pat})" ${line(c)}/>`;
  out += `<rect x="176" y="176" width="448" height="448" rx="8" fill="none" stroke="${c}" stroke-width="50"/>`;
  out += `<rect x="212" y="212" width="376" height="376" fill="none" stroke="#f3ece0" stroke-width="6"/>`;
  out += `<rect x="190" y="190" width="420" height="420" fill="none" stroke="#f3ece0" stroke-width="3" stroke-dasharray="10 8"/>`;
  out += `<circle cx="400" cy="400" r="64" fill="${c}" stroke="#f3ece0" stroke-width="6"/>`;
  out += `<circle cx="400" cy="400" r="30" fill="#f3ece0"/>`;
  out += `</g>`;
  return out;
}

function notebook(c: string): string {
  let out = shadow(410, 640, 200);
  out += `<g transform="rotate(-6 400 400)">`;
  out += `<rect x="262" y="168" width="296" height="440" rx="12" fill="#f2ece0" ${line("#f2ece0")}/>`;
  out += `<path d="M546,180 L546,600" stroke="#d6cdbd" stroke-width="2"/><path d="M552,180 L552,600" stroke="#d6cdbd" stroke-width="2"/>`;
  out += `<path d="M320,596 L320,690 L334,676 L348,690 L348,596 Z" fill="#c0553a"/>`;
  out += `<rect x="250" y="160" width="296" height="440" rx="12" fill="${c}" ${line(c)}/>`;
  out += `<rect x="250" y="160" width="26" height="440" rx="10" fill="${shade(c, -0.15)}"/>`;
  out += `<rect x="500" y="160" width="14" height="440" fill="${shade(c, -0.45)}"/>`;
  let dots = "";
  for (let i = 0; i < 4; i++) for (let j = 0; j < 4; j++) dots += `<circle cx="${340 + i * 18}" cy="${480 + j * 18}" r="3.2"/>`;
  out += `<g fill="${shade(c, 0.3)}">${dots}</g>`;
  out += `<rect x="322" y="260" width="140" height="54" rx="4" fill="none" stroke="${shade(c, 0.3)}" stroke-width="2.5"/>`;
  out += `</g>`;
  return out;
}

function cardSet(): string {
  let out = shadow(400, 640, 230);
  out += `<g transform="rotate(9 400 400)"><rect x="250" y="230" width="330" height="230" rx="6" fill="#cfae7f" ${line("#cfae7f")}/>`;
  out += `<path d="M250,236 L415,350 L580,236" fill="none" stroke="${shade("#cfae7f", -0.2)}" stroke-width="3"/></g>`;
  out += `<g transform="rotate(-4 400 400)"><rect x="280" y="300" width="250" height="330" rx="4" fill="#dfe8ee" ${line("#dfe8ee")}/></g>`;
  out += `<g transform="rotate(-10 400 400)"><rect x="220" y="260" width="260" height="350" rx="4" fill="#faf6ee" ${line("#faf6ee")}/>`;
  const leaf = (x: number, y: number, rot: number, col: string) =>
    `<path d="M0,0 C-26,-30 -20,-80 0,-104 C20,-80 26,-30 0,0 Z M0,0 L0,-96" fill="${col}" stroke="#faf6ee" stroke-width="2" transform="translate(${x} ${y}) rotate(${rot})"/>`;
  out += leaf(350, 520, -30, "#5b7f62") + leaf(350, 520, 0, "#3f6a52") + leaf(350, 520, 30, "#7f9f7a");
  out += `<path d="M350,520 L350,560" stroke="#3f6a52" stroke-width="4"/></g>`;
  return out;
}

function giftBox(box: string, ribbon: string, o: { bean?: boolean } = {}): string {
  const [defs, fill] = volume(box, 0.8);
  let out = defs + shadow(400, 640, 240);
  out += `<rect x="252" y="370" width="296" height="260" rx="6" fill="${fill}" ${line(box)}/>`;
  out += `<rect x="236" y="312" width="328" height="76" rx="6" fill="${shade(box, 0.05)}" ${line(box)}/>`;
  out += `<rect x="236" y="380" width="328" height="8" fill="#000" opacity="0.1"/>`;
  out += `<rect x="384" y="312" width="32" height="318" fill="${ribbon}"/>`;
  out += `<path d="M400,312 C340,250 300,266 318,300 C330,322 370,318 400,312 Z M400,312 C460,250 500,266 482,300 C470,322 430,318 400,312 Z" fill="${ribbon}" ${line(ribbon, 2.5)}/>`;
  out += `<path d="M400,314 L366,372 M400,314 L436,372" stroke="${ribbon}" stroke-width="14" stroke-linecap="round"/>`;
  out += `<circle cx="400" cy="312" r="14" fill="${shade(ribbon, -0.1)}"/>`;
  out += `<g transform="rotate(12 500 470)"><rect x="456" y="430" width="92" height="120" rx="6" fill="#f7f1e4" ${line("#f7f1e4", 2)}/><circle cx="502" cy="448" r="6" fill="${shade(box, -0.2)}"/>`;
  out += o.bean
    ? `<ellipse cx="502" cy="500" rx="20" ry="28" fill="#6b4530"/><path d="M502,474 C490,492 514,508 502,526" fill="none" stroke="#f7f1e4" stroke-width="3"/>`
    : `<rect x="474" y="486" width="56" height="36" rx="5" fill="${ribbon}"/><rect x="474" y="494" width="56" height="6" fill="#f7f1e4" opacity="0.8"/>`;
  out += `</g>`;
  return out;
}

// ---------------------------------------------------------------------------
// Coffee (second site)
// ---------------------------------------------------------------------------

function coffeeBag(bag: string, accent: string, label: string): string {
  const [defs, fill] = volume(bag, 1.2);
  let out = defs + shadow(400, 700, 200);
  out += `<path d="M270,236 L530,236 L544,664 C544,684 532,694 512,694 L288,694 C268,694 256,684 256,664 Z" fill="${fill}" ${line(bag)}/>`;
  out += `<rect x="264" y="196" width="272" height="52" rx="4" fill="${shade(bag, -0.08)}" ${line(bag)}/>`;
  let crimp = "";
  for (let x = 272; x < 532; x += 8) crimp += `M${x},202 L${x},214 `;
  out += `<path d="${crimp}" stroke="${shade(bag, -0.25)}" stroke-width="2"/>`;
  out += `<circle cx="480" cy="290" r="13" fill="${shade(bag, -0.18)}" ${line(bag, 2)}/>`;
  out += `<rect x="296" y="340" width="208" height="250" rx="10" fill="#f3ebdc" stroke="${shade(bag, -0.3)}" stroke-width="2"/>`;
  out += `<path d="M330,420 L372,370 L394,394 L424,360 L470,420 Z" fill="${accent}"/>`;
  out += `<path d="M318,420 L482,420" stroke="#2b2724" stroke-width="3"/>`;
  out += `<text x="400" y="462" text-anchor="middle" font-family="sans-serif" font-size="19" font-weight="bold" letter-spacing="4" fill="#2b2724">RIDGELINE</text>`;
  out += `<text x="400" y="484" text-anchor="middle" font-family="sans-serif" font-size="10" letter-spacing="3" fill="#6b6256">COFFEE ROASTERS</text>`;
  out += `<rect x="322" y="506" width="156" height="34" rx="17" fill="${accent}"/>`;
  out += `<text x="400" y="528" text-anchor="middle" font-family="sans-serif" font-size="12" font-weight="bold" letter-spacing="2" fill="#f3ebdc">${esc(label)}</text>`;
  out += `<path d="M282,260 L282,660" stroke="#ffffff" stroke-width="12" stroke-linecap="round" opacity="0.12"/>`;
  return out;
}

function dripper(): string {
  const ceramic = "#f4f1ea";
  let out = place(mug("#c9b8a0").replace(/<ellipse[^>]*filter="url\(#blur\)"\/>/, ""), 400, 520, 0.78);
  out = shadow(400, 660, 180) + out;
  out += `<ellipse cx="400" cy="360" rx="150" ry="20" fill="${shade(ceramic, -0.1)}" ${line(ceramic)}/>`;
  out += `<path d="M262,210 L538,210 L462,350 L338,350 Z" fill="${ceramic}" ${line(ceramic)}/>`;
  out += `<path d="M300,226 L356,340 M350,226 L382,340 M400,226 L400,340 M450,226 L418,340 M500,226 L444,340" stroke="${shade(ceramic, -0.12)}" stroke-width="3"/>`;
  out += `<ellipse cx="400" cy="210" rx="138" ry="20" fill="${shade(ceramic, -0.05)}" ${line(ceramic)}/>`;
  out += `<ellipse cx="400" cy="212" rx="124" ry="14" fill="#6b4530"/>`;
  out += `<path d="M538,226 C590,226 596,280 548,290" fill="none" stroke="${ceramic}" stroke-width="18" stroke-linecap="round"/>`;
  return out;
}

function kettle(): string {
  const steel = "#c9ced2";
  const [defs, fill] = volume(steel, 1.6);
  let out = defs + shadow(410, 660, 230);
  out += `<path d="M290,560 C230,560 210,470 190,380 C180,340 168,318 142,306" fill="none" stroke="${shade(steel, -0.35)}" stroke-width="22" stroke-linecap="round"/>`;
  out += `<path d="M290,560 C230,560 210,470 190,380 C180,340 168,318 142,306" fill="none" stroke="${steel}" stroke-width="15" stroke-linecap="round"/>`;
  out += `<path d="M520,380 C600,376 630,420 620,560 L572,560" fill="none" stroke="#2b2b2b" stroke-width="26" stroke-linecap="round"/>`;
  out += `<path d="M280,646 L520,646 C540,646 552,630 546,606 L520,400 C515,370 492,352 462,352 L338,352 C308,352 285,370 280,400 L254,606 C248,630 260,646 280,646 Z" fill="${fill}" ${line(steel)}/>`;
  out += `<ellipse cx="400" cy="352" rx="112" ry="18" fill="${shade(steel, 0.2)}" ${line(steel)}/>`;
  out += `<rect x="376" y="300" width="48" height="46" rx="10" fill="#2b2b2b"/>`;
  out += `<circle cx="400" cy="290" r="22" fill="#f4f1ea" stroke="#2b2b2b" stroke-width="4"/><path d="M400,290 L410,280" stroke="#c0553a" stroke-width="3" stroke-linecap="round"/>`;
  out += `<rect x="300" y="420" width="18" height="200" rx="9" fill="#ffffff" opacity="0.45"/>`;
  out += `<rect x="254" y="600" width="292" height="8" fill="#000" opacity="0.08"/>`;
  return out;
}

// ---------------------------------------------------------------------------
// Art registry: how each product (by slug) is drawn
// ---------------------------------------------------------------------------

type Ctx = { c: string; detail: boolean; imageIndex: number };
type ArtSpec = {
  draw: (ctx: Ctx) => string;
  /** colour names/hex per image when the product has no Color option */
  colors?: string[];
  /** second image when there's no colour to vary: "self" = draw() handles ctx.detail, else a zoom */
  detail?: "self" | { cx: number; cy: number; s: number };
};

const posterSpec = (art: PosterArt, frame?: string): ArtSpec => ({
  draw: ({ detail }) => (detail ? posterDetail(art) : framedPoster(art, frame)),
  detail: "self",
});

const MOUNTAIN_GRAPHIC = `<g fill="none" stroke="#efe4cc" stroke-width="7" stroke-linecap="round" stroke-linejoin="round"><circle cx="448" cy="318" r="22"/><path d="M318,420 L362,356 L386,386 L426,326 L482,420"/><path d="M300,440 L500,440"/></g>`;
const RAINBOW_GRAPHIC = ["#e2574c", "#f08a3c", "#f2c14e", "#3d9a8b"]
  .map((col, i) => `<path d="M${330 + i * 14},420 A${70 - i * 14},${70 - i * 14} 0 0 1 ${470 - i * 14},420" fill="none" stroke="${col}" stroke-width="14"/>`)
  .join("");
const SUNBURST_GRAPHIC = (() => {
  let rays = "";
  for (let i = 0; i < 12; i++) {
    const a = (i * Math.PI) / 6;
    rays += `M${400 + Math.cos(a) * 52},${350 + Math.sin(a) * 52} L${400 + Math.cos(a) * 74},${350 + Math.sin(a) * 74} `;
  }
  return `<path d="${rays}" stroke="#f2c14e" stroke-width="9" stroke-linecap="round"/><circle cx="400" cy="350" r="40" fill="#e8833a"/>`;
})();

const ART: Record<string, ArtSpec> = {
  // apparel
  "classic-crew-tee": { draw: ({ c }) => tee(c) },
  "heavyweight-pocket-tee": { draw: ({ c }) => tee(c, { pocket: true }) },
  "organic-v-neck-tee": { draw: ({ c }) => tee(c, { neck: "v" }) },
  "long-sleeve-raglan-tee": { draw: ({ c }) => tee(c, { long: true, sleeve: COLORS.Navy }), colors: ["#ebe6dc"] },
  "mountain-line-graphic-tee": { draw: ({ c }) => tee(c, { graphic: MOUNTAIN_GRAPHIC }), colors: ["Navy"] },
  "kids-rainbow-tee": {
    draw: ({ c }) => place(tee(c, { graphic: RAINBOW_GRAPHIC }), 400, 410, 0.86),
    colors: ["#f4efe4"],
  },
  "retro-logo-tee-2019": { draw: ({ c }) => tee(c, { graphic: SUNBURST_GRAPHIC }), colors: ["#b9d4d0"] },
  "everyday-pullover-hoodie": { draw: ({ c }) => hoodie(c) },
  "fleece-zip-hoodie": { draw: ({ c }) => hoodie(c, { zip: true }) },
  "vintage-wash-crewneck": { draw: ({ c }) => hoodie(c, { hood: false }) },
  "quilted-puffer-vest": { draw: ({ c }) => vest(c), colors: ["#5d6b4e"] },
  "washed-twill-dad-cap": { draw: ({ c }) => cap(c) },
  "ribbed-knit-beanie": { draw: ({ c }) => beanie(c) },
  "canvas-bucket-hat": { draw: ({ c }) => bucketHat(c), colors: ["#8a8a5c"] },
  "striped-crew-socks": { draw: () => socks() },
  // drinkware
  "classic-ceramic-mug": { draw: ({ c }) => mug(c, { coffee: true }) },
  "speckled-stoneware-mug": {
    draw: ({ c }) => mug(c, { speckle: true, coffee: true, latteArt: true }),
    colors: ["#ece3d2"],
    detail: { cx: 420, cy: 470, s: 1.9 },
  },
  "enamel-camp-mug": { draw: ({ c }) => campMug(c) },
  "espresso-cup-set": { draw: () => espressoSet() },
  "wide-latte-mug": { draw: ({ c }) => latteMug(c), colors: ["Terracotta"] },
  "insulated-steel-bottle": { draw: ({ c }) => bottle(c) },
  "travel-tumbler": { draw: ({ c }) => tumbler(c) },
  "pint-glass-set": { draw: () => pintGlasses() },
  // bags
  "everyday-canvas-tote": { draw: ({ c }) => tote(c, { mark: true }) },
  "oversized-market-tote": { draw: ({ c }) => marketTote(c) },
  "roll-top-backpack": { draw: ({ c }) => backpack(c) },
  "canvas-zip-pouch": { draw: ({ c }) => pouch(c), colors: ["#e6d9bf"] },
  "crossbody-sling-bag": { draw: ({ c }) => sling(c), colors: ["#3f5f6b"] },
  "drawstring-gym-sack": { draw: ({ c }) => drawstringBag(c), colors: ["#2f6f73"] },
  // prints
  "sunrise-dunes-print": posterSpec(dunesArt),
  "botanical-study-print": posterSpec(botanicalArt),
  "city-grid-print": posterSpec(cityArt),
  "bauhaus-shapes-print": posterSpec(bauhausArt, "#b78c5c"),
  "night-sky-print": posterSpec(nightArt),
  // candles & home
  "cedar-smoke-candle": {
    draw: ({ detail }) => candle({ glass: "#9c5a22", label: "CEDAR & SMOKE", icon: "tree", lit: detail }),
    detail: "self",
  },
  "fig-leaf-candle": {
    draw: ({ detail }) => candle({ glass: "#5d7a4c", label: "FIG LEAF", icon: "leaf", lit: detail }),
    detail: "self",
  },
  "sea-salt-sage-candle": {
    draw: () => candle({ glass: "#e4e8e6", label: "SEA SALT & SAGE", icon: "wave", lid: "#d8bf8e" }),
  },
  "travel-candle-trio": { draw: () => candleTrio() },
  "waffle-knit-throw": { draw: ({ c }) => throwBlanket(c) },
  "linen-tea-towel-set": { draw: () => teaTowels() },
  "holiday-ornament-set": { draw: () => ornaments() },
  // accessories & stationery
  "enamel-pin-set": { draw: () => pins() },
  "vinyl-sticker-pack": { draw: () => stickers() },
  "leather-key-fob": { draw: ({ c }) => keyFob(c) },
  "cotton-bandana": { draw: ({ c }) => bandana(c) },
  "dot-grid-notebook": { draw: ({ c }) => notebook(c) },
  "letterpress-card-set": { draw: () => cardSet() },
  "gift-card-box": { draw: () => giftBox("#27395e", "#ef7b5d") },
};

/** Second site art (keys may repeat main-site slugs, e.g. gift-card-box). */
const ART_SITE2: Record<string, ArtSpec> = {
  "house-espresso-blend": { draw: () => coffeeBag("#2b2724", "#d9822b", "HOUSE ESPRESSO") },
  "ethiopia-guji-natural": { draw: () => coffeeBag("#b98e62", "#6d5a9e", "ETHIOPIA GUJI") },
  "ceramic-pour-over-dripper": { draw: () => dripper() },
  "gooseneck-kettle": { draw: () => kettle() },
  "gift-card-box": { draw: () => giftBox("#c9a27a", "#f1ebe0", { bean: true }) },
};

/** Soft studio background per top-level category. */
const BACKGROUNDS: Record<string, string> = {
  apparel: "#ece3d6",
  drinkware: "#dde8eb",
  bags: "#e2e7d8",
  home: "#ebe4dc",
  candles: "#efe0d2",
  posters: "#e9e5df",
  accessories: "#e7e1ee",
  stationery: "#efe8d6",
  uncategorized: "#f1dfda",
  "whole-bean-coffee": "#eee1cf",
  "brewing-gear": "#dfe5e1",
};

function backgroundFor(categorySlug: string | null, categories: DemoCategory[], productColor?: string): string {
  let slug = categorySlug;
  let bg: string | undefined;
  while (slug) {
    bg = BACKGROUNDS[slug] ?? bg;
    if (BACKGROUNDS[slug]) break;
    slug = categories.find((cat) => cat.slug === slug)?.parentSlug ?? null;
  }
  let result = bg ?? BACKGROUNDS.uncategorized!;
  // keep very light products readable against a light backdrop
  if (productColor && luminance(productColor) > 0.82) result = shade(result, -0.06);
  return result;
}

// ---------------------------------------------------------------------------
// Rendering
// ---------------------------------------------------------------------------

const written: string[] = [];

async function writeImage(urlPath: string, svg: string, format: "webp" | "png"): Promise<void> {
  if (!urlPath.startsWith("/demo/")) throw new Error(`Unexpected image path ${urlPath}`);
  const file = path.join(PUBLIC_DIR, urlPath);
  await mkdir(path.dirname(file), { recursive: true });
  const img = sharp(Buffer.from(svg));
  if (format === "webp") {
    if (!file.endsWith(".webp")) throw new Error(`Expected .webp: ${urlPath}`);
    await img.webp({ quality: WEBP_QUALITY, effort: 6 }).toFile(file);
  } else {
    if (!file.endsWith(".png")) throw new Error(`Expected .png: ${urlPath}`);
    await img.png({ compressionLevel: 9, palette: true, quality: 95, effort: 10 }).toFile(file);
  }
  written.push(file);
}

const COLOR_OPTION_NAMES = ["Color", "Colour", "Cover"];

async function renderProducts(products: DemoProduct[], categories: DemoCategory[], art: Record<string, ArtSpec>) {
  for (const p of products) {
    const spec = art[p.slug];
    if (!spec) throw new Error(`No illustration defined for product "${p.slug}"`);
    const colorOption = p.options.find((o) => COLOR_OPTION_NAMES.includes(o.name));
    for (const [i, image] of p.images.entries()) {
      let colorName: string;
      let detail = false;
      if (colorOption) {
        colorName = colorOption.values[i % colorOption.values.length]!;
      } else {
        colorName = spec.colors?.[i] ?? spec.colors?.[0] ?? "#c8b8a0";
        detail = i > 0;
      }
      const c = color(colorName);
      let body = spec.draw({ c, detail, imageIndex: i });
      if (detail && spec.detail !== "self") {
        const z = spec.detail ?? { cx: 400, cy: 400, s: 1.5 };
        body = `<g transform="translate(400 400) scale(${z.s}) translate(${-z.cx} ${-z.cy})">${body}</g>`;
      }
      const bg = backgroundFor(p.categorySlug, categories, c);
      await writeImage(image.url, scene(detail ? shade(bg, -0.03) : bg, body), "webp");
    }
  }
}

/** Designer mockups: blank product on a light, flat background (the canvas draws on top). */
async function renderMockups(products: DemoProduct[]) {
  for (const p of products.filter((prod) => prod.designable)) {
    for (const style of p.styles) {
      const c = color(style.name);
      for (const side of style.sides) {
        const back = side.slug === "back";
        let body: string;
        if (p.slug.includes("tee")) body = tee(c, { back });
        else if (p.slug.includes("hoodie")) body = hoodie(c, { back });
        else if (p.slug.includes("mug")) body = mug(c, { handle: side.slug === "right" ? "left" : "right" });
        else if (p.slug.includes("tote")) body = tote(c);
        else throw new Error(`No mockup drawing for designable product "${p.slug}"`);
        await writeImage(side.mockupImage, scene("#f1f0ec", body, { flat: true }), "png");
      }
    }
  }
}

/** Category tiles: a small still life of representative products. */
const CATEGORY_ART: Record<string, () => string> = {
  apparel: () => place(beanie(COLORS.Mustard!), 590, 290, 0.45) + place(tee(COLORS.Oatmeal!), 330, 430, 0.78) + place(cap(COLORS.Navy!), 590, 540, 0.5),
  "t-shirts": () => place(tee(COLORS.Forest!), 520, 380, 0.66) + place(tee(COLORS.White!), 300, 450, 0.66),
  hoodies: () => place(hoodie(COLORS["Heather Grey"]!), 400, 410, 0.92),
  headwear: () => place(beanie(COLORS.Rust!), 280, 360, 0.55) + place(cap(COLORS.Khaki!), 510, 470, 0.62),
  drinkware: () => place(bottle(COLORS.Seafoam!), 560, 390, 0.72) + place(mug(COLORS.White!, { coffee: true }), 320, 470, 0.62),
  mugs: () => place(mug("#ece3d2", { speckle: true, coffee: true, latteArt: true }), 290, 430, 0.6) + place(campMug(COLORS.Navy!), 550, 480, 0.58),
  "bottles-tumblers": () => place(bottle(COLORS["Matte Black"]!), 320, 400, 0.78) + place(tumbler(COLORS.Sky!), 520, 440, 0.7),
  bags: () => place(backpack(COLORS.Olive!), 560, 420, 0.62) + place(tote(COLORS.Natural!, { mark: true }), 320, 430, 0.75),
  home: () => place(framedPoster(dunesArt, undefined, false), 330, 380, 0.8) + place(candle({ glass: "#9c5a22", label: "CEDAR & SMOKE", icon: "tree" }), 600, 560, 0.45),
  posters: () => place(framedPoster(botanicalArt, undefined, false), 530, 400, 0.72) + place(framedPoster(bauhausArt, "#b78c5c", false), 270, 420, 0.72),
  candles: () => place(candle({ glass: "#5d7a4c", label: "FIG LEAF", icon: "leaf" }), 280, 440, 0.62) + place(candle({ glass: "#9c5a22", label: "CEDAR & SMOKE", icon: "tree", lit: true }), 520, 440, 0.7),
  accessories: () => place(pins(), 330, 400, 0.72) + place(keyFob(COLORS.Tan!), 590, 450, 0.62),
  stationery: () => place(notebook(COLORS.Navy!), 320, 400, 0.78) + place(cardSet(), 570, 480, 0.58),
  "whole-bean-coffee": () => place(coffeeBag("#b98e62", "#6d5a9e", "ETHIOPIA GUJI"), 520, 420, 0.72) + place(coffeeBag("#2b2724", "#d9822b", "HOUSE ESPRESSO"), 300, 440, 0.76),
  "brewing-gear": () => place(kettle(), 330, 440, 0.72) + place(dripper(), 580, 430, 0.6),
};

async function renderCategories(categories: DemoCategory[]) {
  for (const cat of categories) {
    if (!cat.image) continue;
    const draw = CATEGORY_ART[cat.slug];
    if (!draw) throw new Error(`No illustration defined for category "${cat.slug}"`);
    await writeImage(cat.image, scene(backgroundFor(cat.slug, categories), draw()), "webp");
  }
}

async function dirSize(dir: string): Promise<number> {
  let total = 0;
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    total += entry.isDirectory() ? await dirSize(full) : (await stat(full)).size;
  }
  return total;
}

async function main() {
  await rm(OUT_DIR, { recursive: true, force: true });
  await renderProducts(demoProducts, demoCategories, ART);
  await renderMockups(demoProducts);
  await renderCategories(demoCategories);
  await renderProducts(demoSecondSiteProducts, demoSecondSiteCategories, ART_SITE2);
  await renderCategories(demoSecondSiteCategories);

  // every path referenced by the data must now exist
  const referenced = [
    ...[...demoProducts, ...demoSecondSiteProducts].flatMap((p) => [
      ...p.images.map((img) => img.url),
      ...p.styles.flatMap((s) => s.sides.map((sd) => sd.mockupImage)),
    ]),
    ...[...demoCategories, ...demoSecondSiteCategories].flatMap((c) => (c.image ? [c.image] : [])),
  ];
  const writtenSet = new Set(written);
  const missing = referenced.filter((url) => !writtenSet.has(path.join(PUBLIC_DIR, url)));
  if (missing.length) throw new Error(`Images referenced but not generated:\n${missing.join("\n")}`);

  const bytes = await dirSize(OUT_DIR);
  console.log(`Wrote ${written.length} images to ${path.relative(ROOT, OUT_DIR)} (${(bytes / 1024).toFixed(0)} KB total)`);
  if (bytes > 3 * 1024 * 1024) throw new Error("Demo images exceed the 3 MB budget");
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});

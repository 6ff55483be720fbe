// The print area of a side, in mockup pixels, and keeping layers inside it.

export type Area = { x: number; y: number; width: number; height: number };

/**
 * Where a layer's centre may go so that its bounding box (width × height, after scale and
 * rotation) stays inside the area; a layer larger than the area is centred on that axis.
 */
export function clampCentre(centre: { x: number; y: number }, box: { width: number; height: number }, area: Area) {
  const axis = (value: number, size: number, start: number, length: number) =>
    size >= length ? start + length / 2 : Math.min(Math.max(value, start + size / 2), start + length - size / 2);
  return { x: axis(centre.x, box.width, area.x, area.width), y: axis(centre.y, box.height, area.y, area.height) };
}

/** The scale that fits a width × height box inside the area, never enlarging. */
export function fitScale(box: { width: number; height: number }, area: Area, share = 0.8) {
  return Math.min(1, (area.width * share) / box.width, (area.height * share) / box.height);
}

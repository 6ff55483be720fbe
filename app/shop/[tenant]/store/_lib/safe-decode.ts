/** A URL segment decoded, or as given when it is not valid percent-encoding (a stray "%"). */
export function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

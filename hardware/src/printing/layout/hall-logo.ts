/**
 * The hall's logo as an image to print: decoded once per data URL (the same
 * logo tops every ticket). A logo that does not decode is left off the
 * slip — the ticket itself must still print.
 */
import { Image } from '@napi-rs/canvas';

const decoded = new Map<string, Image | null>();

export function hallLogo(dataUrl: string): Image | null {
  const known = decoded.get(dataUrl);
  if (known !== undefined) return known;
  let image: Image | null = null;
  const comma = dataUrl.indexOf(',');
  if (dataUrl.startsWith('data:image/') && comma > 0) {
    const img = new Image();
    try {
      img.src = Buffer.from(dataUrl.slice(comma + 1), 'base64');
      if (img.complete && img.width > 0 && img.height > 0) image = img;
    } catch {
      image = null;
    }
  }
  // Halls change their logo rarely: keep the last few, never an unbounded map.
  if (decoded.size >= 4) decoded.delete(decoded.keys().next().value!);
  decoded.set(dataUrl, image);
  return image;
}

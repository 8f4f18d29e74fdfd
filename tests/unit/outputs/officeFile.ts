import { strFromU8, unzipSync } from 'fflate';

/** Every part of an Office file (a zip of XML), by path, as text. */
export function officeParts(bytes: Uint8Array): Map<string, string> {
  return new Map(Object.entries(unzipSync(bytes)).map(([path, data]) => [path, strFromU8(data)]));
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decodeXml = (text: string): string =>
  text.replace(/&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);/gi, (_match, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
    return entities[name] ?? '';
  });

/**
 * The text of each paragraph of a part: `prefix` is "a" for a slide (<a:p>, <a:t>) and "w"
 * for a Word document (<w:p>, <w:t>); a tab (<w:tab/>) reads as "\t".
 */
export function paragraphTexts(xml: string, prefix: 'a' | 'w'): string[] {
  const paragraph = new RegExp(`<${prefix}:p\\b[^>]*>([\\s\\S]*?)</${prefix}:p>`, 'g');
  const run = new RegExp(`<${prefix}:t\\b[^>]*>([\\s\\S]*?)</${prefix}:t>|<${prefix}:tab/>`, 'g');
  return [...xml.matchAll(paragraph)].map(([, inner = '']) =>
    [...inner.matchAll(run)].map(([, text]) => (text === undefined ? '\t' : decodeXml(text))).join(''),
  );
}

/** Slide parts in slide order (ppt/slides/slide1.xml, slide2.xml …). */
export function slideParts(parts: Map<string, string>): string[] {
  return [...parts.keys()]
    .map((path) => /^ppt\/slides\/slide(\d+)\.xml$/.exec(path))
    .filter((match) => match !== null)
    .sort((a, b) => Number(a[1]) - Number(b[1]))
    .map((match) => parts.get(match[0]) ?? '');
}

/** Bytes that start like a real file of each kind: the server looks only at the start. */
function withHeader(header: number[], size: number): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(Math.max(size, header.length));
  bytes.set(header);
  return bytes;
}

const ascii = (text: string) => [...text].map((char) => char.charCodeAt(0));

export const jpeg = (size = 64) => withHeader([0xff, 0xd8, 0xff, 0xe0], size);
export const png = (size = 64) => withHeader([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], size);
export const webp = (size = 64) => withHeader([...ascii('RIFF'), 0, 0, 0, 0, ...ascii('WEBPVP8 ')], size);
export const gif = (size = 64) => withHeader(ascii('GIF89a'), size);
export const text = (content: string) => new Uint8Array(ascii(content));

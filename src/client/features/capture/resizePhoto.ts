import { photoMaxBytes } from '../../../domain/photos/photoLimits';

/** Longest side of a stored photo: sharp on a tablet, small enough to sync on poor signal. */
export const photoMaxSide = 1600;

export type ResizedPhoto = { bytes: ArrayBuffer; contentType: 'image/jpeg' };

export type PhotoRefusal = { kind: 'not_an_image' | 'unreadable' | 'too_large'; message: string };

export class PhotoRefusedError extends Error {
  constructor(readonly refusal: PhotoRefusal) {
    super(refusal.message);
    this.name = 'PhotoRefusedError';
  }
}

const qualities = [0.85, 0.75, 0.65, 0.55, 0.45];

/**
 * Decodes a picked file and re-encodes it as JPEG at most `photoMaxSide` px on its long
 * side, lowering quality (then size) until it fits the server's 2 MB. Re-encoding also
 * drops EXIF location data, which a photo of a care home must not carry.
 */
export async function resizePhoto(file: Blob): Promise<ResizedPhoto> {
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
  } catch {
    throw new PhotoRefusedError({ kind: 'unreadable', message: 'This file could not be read as a photo.' });
  }
  try {
    let scale = Math.min(1, photoMaxSide / Math.max(bitmap.width, bitmap.height));
    for (let attempt = 0; attempt < 4; attempt += 1) {
      const width = Math.max(1, Math.round(bitmap.width * scale));
      const height = Math.max(1, Math.round(bitmap.height * scale));
      for (const quality of qualities) {
        const blob = await encodeJpeg(bitmap, width, height, quality);
        if (blob.size <= photoMaxBytes) return { bytes: await blob.arrayBuffer(), contentType: 'image/jpeg' };
      }
      scale *= 0.7;
    }
  } finally {
    bitmap.close();
  }
  throw new PhotoRefusedError({ kind: 'too_large', message: 'This photo stays over 2 MB even when made smaller.' });
}

async function encodeJpeg(bitmap: ImageBitmap, width: number, height: number, quality: number): Promise<Blob> {
  if (typeof OffscreenCanvas !== 'undefined') {
    const canvas = new OffscreenCanvas(width, height);
    const context = canvas.getContext('2d');
    if (!context) throw new PhotoRefusedError({ kind: 'unreadable', message: 'This device cannot resize photos.' });
    context.drawImage(bitmap, 0, 0, width, height);
    return canvas.convertToBlob({ type: 'image/jpeg', quality });
  }
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d');
  if (!context) throw new PhotoRefusedError({ kind: 'unreadable', message: 'This device cannot resize photos.' });
  context.drawImage(bitmap, 0, 0, width, height);
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) =>
        blob
          ? resolve(blob)
          : reject(new PhotoRefusedError({ kind: 'unreadable', message: 'This photo could not be resized.' })),
      'image/jpeg',
      quality,
    ),
  );
}

/** Refuses anything that does not say it is an image, before trying to decode it. */
export function checkPhotoFile(file: File): PhotoRefusal | null {
  if (file.type.startsWith('image/')) return null;
  const name = file.name || 'This file';
  return {
    kind: 'not_an_image',
    message: `${name} is not a photo: only images (JPEG, PNG, WebP, HEIC…) can be added to a note.`,
  };
}

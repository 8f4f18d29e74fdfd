import { z } from 'zod';

/** Largest photo the server takes: a phone photo resized on the device fits easily. */
export const photoMaxBytes = 2 * 1024 * 1024;

export const photoContentTypes = ['image/jpeg', 'image/png', 'image/webp'] as const;
export const photoContentTypeSchema = z.enum(photoContentTypes);
export type PhotoContentType = z.infer<typeof photoContentTypeSchema>;

/** What the server keeps of an uploaded photo; the bytes come back from GET. */
export const photoResponseSchema = z.object({
  photo: z.object({
    id: z.uuid(),
    contentType: photoContentTypeSchema,
    size: z.number().int().min(1).max(photoMaxBytes),
    createdAt: z.iso.datetime(),
  }),
});
export type PhotoResponse = z.infer<typeof photoResponseSchema>;

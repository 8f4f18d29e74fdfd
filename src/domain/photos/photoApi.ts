import { z } from 'zod';
import { photoMaxBytes } from './photoLimits';

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

/**
 * How a renderer hands its file back: a Blob for the browser to download or share, or the
 * bytes for the admin CLI to write. The caller says which, as renderers do no I/O and so
 * cannot tell where they run.
 */
export type FileContent = 'blob' | 'bytes';

/** The non-identifying author written into every file's properties: never a person's name. */
export const fileAuthor = 'Peer challenge team';

/** The .pptx's media type, so a shared or downloaded file opens as a presentation, not a zip. */
export const presentationFileType = 'application/vnd.openxmlformats-officedocument.presentationml.presentation';

import { usePhotoUrl } from './usePhotoUrl';

/** One photo of a note, from this device's copy; says so when the copy has not arrived. */
export function PhotoThumbnail({
  photoId,
  label,
  onRemove,
}: {
  photoId: string;
  label: string;
  onRemove?: () => void;
}) {
  const photo = usePhotoUrl(photoId);
  return (
    <li className="photo-thumb">
      {photo.url ? (
        <a href={photo.url} target="_blank" rel="noreferrer">
          <img src={photo.url} alt={label} />
        </a>
      ) : (
        <span className="photo-thumb__missing" role="img" aria-label={`${label} (not on this device yet)`}>
          {photo.onDevice === false ? 'Photo arrives at next sync' : '…'}
        </span>
      )}
      {photo.waitingUpload ? <span className="photo-thumb__state">Waiting to upload</span> : null}
      {photo.uploadRefused ? (
        <span className="photo-thumb__state error">Not uploaded: {photo.uploadRefused}</span>
      ) : null}
      {onRemove ? (
        <button type="button" onClick={onRemove} aria-label={`Remove ${label.toLowerCase()}`}>
          Remove
        </button>
      ) : null}
    </li>
  );
}

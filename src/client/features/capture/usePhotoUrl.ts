import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef, useState } from 'react';
import { useAppServices } from '../../services/appServices';
import { getPhoto } from '../../store/photoRepository';

export type PhotoView = {
  /** Object URL of the bytes, or null while they are not on this device. */
  url: string | null;
  /** Still loading from IndexedDB (undefined), not on the device (false), or here (true). */
  onDevice: boolean | undefined;
  waitingUpload: boolean;
  uploadRefused: string | undefined;
};

/** A photo from IndexedDB as an object URL, revoked when the photo or the component goes. */
export function usePhotoUrl(photoId: string): PhotoView {
  const { db } = useAppServices();
  const photo = useLiveQuery(() => getPhoto(db, photoId).then((found) => found ?? null), [db, photoId]);
  const [url, setUrl] = useState<string | null>(null);
  const photoRef = useRef(photo);
  photoRef.current = photo;
  const present = photo !== undefined && photo !== null;

  // Keyed on presence, not on the row: an "uploaded" update must not remake the URL.
  useEffect(() => {
    const current = photoRef.current;
    if (!current) return undefined;
    const objectUrl = URL.createObjectURL(new Blob([current.bytes], { type: current.contentType }));
    setUrl(objectUrl);
    return () => {
      URL.revokeObjectURL(objectUrl);
      setUrl(null);
    };
  }, [photoId, present]);

  return {
    url,
    onDevice: photo === undefined ? undefined : present,
    waitingUpload: present && photo.uploaded === 0 && photo.uploadRefused === undefined,
    uploadRefused: present ? photo.uploadRefused : undefined,
  };
}

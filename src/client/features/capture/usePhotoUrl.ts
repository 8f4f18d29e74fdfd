import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useEffectEvent, useState } from 'react';
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
  const present = photo !== undefined && photo !== null;
  const currentPhoto = useEffectEvent(() => photo);

  // Keyed on presence, not on the row: an "uploaded" update must not remake the URL.
  useEffect(() => {
    const current = currentPhoto();
    if (!current) return undefined;
    const objectUrl = URL.createObjectURL(new Blob([current.bytes], { type: current.contentType }));
    // An object URL is a resource outside React, made and revoked with this effect (so
    // StrictMode's second run makes a fresh one): its state is set here by design.
    // eslint-disable-next-line react-hooks/set-state-in-effect
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

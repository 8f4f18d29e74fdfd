import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo } from 'react';
import { useAppServices } from '../../app/appServices';
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
  const present = photo !== undefined && photo !== null;
  const bytes = present ? photo.bytes : null;
  const contentType = present ? photo.contentType : '';
  // One URL per read of the bytes (the row read again after its upload makes one more);
  // each is revoked when the next replaces it or the component goes.
  const url = useMemo(
    () => (bytes === null ? null : URL.createObjectURL(new Blob([bytes], { type: contentType }))),
    [bytes, contentType],
  );
  useEffect(() => (url === null ? undefined : () => URL.revokeObjectURL(url)), [url]);

  return {
    url,
    onDevice: photo === undefined ? undefined : present,
    waitingUpload: present && photo.uploaded === 0 && photo.uploadRefused === undefined,
    uploadRefused: present ? photo.uploadRefused : undefined,
  };
}

/**
 * jsdom's Blob has no arrayBuffer() (browsers do): read it with jsdom's FileReader so
 * the backup code runs unchanged in component tests.
 */
export function giveJsdomBlobsArrayBuffer(): void {
  if (typeof Blob.prototype.arrayBuffer === 'function') return;
  Object.defineProperty(Blob.prototype, 'arrayBuffer', {
    configurable: true,
    value(this: Blob): Promise<ArrayBuffer> {
      return new Promise((resolve, reject) => {
        const reader = new FileReader();
        reader.onload = () => resolve(reader.result as ArrayBuffer);
        reader.onerror = () => reject(reader.error ?? new Error('could not read the blob'));
        reader.readAsArrayBuffer(this);
      });
    },
  });
}

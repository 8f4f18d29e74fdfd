// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { downloadOutputFile, shareOutputFile } from '../../../src/client/services/downloadOutputFile';

const file = new File(['slides'], 'Feedback.pptx', { type: 'application/octet-stream' });

/** The download links clicked, by file name. */
let downloads: string[];
beforeEach(() => {
  downloads = [];
  // jsdom has no object URLs.
  vi.stubGlobal(
    'URL',
    class extends URL {
      static override createObjectURL = () => 'blob:feedback';
      static override revokeObjectURL = () => {};
    },
  );
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    downloads.push(this.download);
  });
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

const offerSharing = (share: (data: ShareData) => Promise<void>, canShare = true) => {
  vi.stubGlobal('navigator', Object.assign(Object.create(navigator) as Navigator, { share, canShare: () => canShare }));
};

describe('downloading and sharing an output file', () => {
  it('downloads the file under its name', () => {
    downloadOutputFile(file);
    expect(downloads).toEqual(['Feedback.pptx']);
  });

  it('hands the file to the share sheet where the browser shares files', async () => {
    const share = vi.fn(async () => {});
    offerSharing(share);
    expect(await shareOutputFile(file, 'Feedback')).toBe('shared');
    expect(share).toHaveBeenCalledWith({ files: [file], title: 'Feedback' });
    expect(downloads).toEqual([]);
  });

  it('downloads instead where the browser cannot share files', async () => {
    const share = vi.fn(async () => {});
    offerSharing(share, false);
    expect(await shareOutputFile(file, 'Feedback')).toBe('downloaded');
    expect(share).not.toHaveBeenCalled();
    expect(downloads).toEqual(['Feedback.pptx']);
  });

  it('takes a closed share sheet as a choice, and passes other failures on', async () => {
    offerSharing(() => Promise.reject(new DOMException('closed', 'AbortError')));
    expect(await shareOutputFile(file, 'Feedback')).toBe('cancelled');
    offerSharing(() => Promise.reject(new DOMException('not allowed', 'NotAllowedError')));
    await expect(shareOutputFile(file, 'Feedback')).rejects.toThrow('not allowed');
  });
});

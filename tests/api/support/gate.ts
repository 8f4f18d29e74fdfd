/** A promise a test opens by hand: lets one transaction hold still while another runs. */
export type Gate = { open(): void; opened: Promise<void> };

export function gate(): Gate {
  const opening: { resolve?: () => void } = {};
  const opened = new Promise<void>((resolve) => {
    opening.resolve = resolve;
  });
  return { open: () => opening.resolve?.(), opened };
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Points where a fault drill can freeze a push so a test can SIGKILL the server there:
 * inside the open transaction, and after commit but before the reply. Only set through
 * TRIANGULATE_FAULT_PAUSE; unset in every real deployment.
 */
export const faultPausePoints = ['push-before-commit', 'push-after-commit'] as const;
export type FaultPausePoint = (typeof faultPausePoints)[number];

/** Announces the pause on stdout (the drill waits for this line) and never returns. */
export async function pauseForFaultDrill(point: FaultPausePoint, wanted: FaultPausePoint | undefined): Promise<void> {
  if (point !== wanted) return;
  console.log(`FAULT DRILL: paused at ${point}`);
  await new Promise<never>(() => undefined);
}

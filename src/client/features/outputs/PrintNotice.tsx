/** The words printed instead of an output while its check has a flag to resolve. */
export const printNoticeText = 'Resolve the non-attribution check’s flags before printing.';

/**
 * What the print stylesheet prints in place of an output that may not leave the team yet
 * (outputs.css, `.output-print--blocked`): Ctrl+P does not go through the app's disabled
 * Print button. Hidden on screen, where the check itself says what to do.
 */
export function PrintNotice() {
  return <p className="print-notice">{printNoticeText}</p>;
}

/**
 * The short status line beside each Copy button (and beside "Copy link"): "Copied." or what to do instead, in a
 * `role="status"` element so it is read out, and cleared after a few seconds so an old message does not linger.
 */

/** The code boxes, and the link. */
export type OutputId = 'out-snippet' | 'out-shortcode' | 'out-static' | 'out-email' | 'out-email-text' | 'share';

const SHOWN_FOR = 6000;

export class StatusLines {
  private readonly messages = new Map<OutputId, string>();
  private readonly timers = new Map<OutputId, ReturnType<typeof setTimeout>>();

  constructor(private readonly draw: () => void) {}

  of(output: OutputId): string {
    return this.messages.get(output) ?? '';
  }

  show(output: OutputId, message: string): void {
    this.messages.set(output, message);
    clearTimeout(this.timers.get(output));
    this.timers.set(
      output,
      setTimeout(() => (this.messages.set(output, ''), this.draw()), SHOWN_FOR),
    );
    this.draw();
  }

  stop(): void {
    this.timers.forEach((timer) => clearTimeout(timer));
  }
}

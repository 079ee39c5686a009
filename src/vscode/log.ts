import * as vscode from 'vscode';

/**
 * The "Poise" output channel, plus one notification per distinct configuration problem (not one
 * per keystroke or per re-analysis). Every problem also gets a line in the channel.
 */
export class Log implements vscode.Disposable {
  readonly channel: vscode.LogOutputChannel;
  private readonly notified = new Set<string>();
  private readonly logged = new Set<string>();

  constructor() {
    this.channel = vscode.window.createOutputChannel('Poise', { log: true });
  }

  trace(message: string): void {
    this.channel.trace(message);
  }

  info(message: string): void {
    this.channel.info(message);
  }

  warn(message: string): void {
    this.channel.warn(message);
  }

  error(message: string, error?: unknown): void {
    this.channel.error(error === undefined ? message : `${message}: ${describe(error)}`);
  }

  /**
   * Reports a configuration problem: a warning line in the output channel, and a notification the
   * first time this exact problem is seen in this session. Returns whether a notification was shown.
   */
  problem(where: string, message: string, action?: ProblemAction): boolean {
    const key = `${where}\u0000${message}`;
    const first = !this.notified.has(key);
    if (first) {
      this.notified.add(key);
      this.channel.warn(`${where}: ${message}`);
      const titles = action ? [action.title, 'Show Output'] : ['Show Output'];
      void vscode.window.showWarningMessage(`Poise: ${where}: ${message}`, ...titles).then((choice) => {
        if (choice === 'Show Output') this.channel.show(true);
        else if (action && choice === action.title) action.run();
      });
    }
    return first;
  }

  /**
   * A problem inside a document (its front matter, an ignore comment): a warning line once per
   * distinct problem, no notification, since it changes as the writer types.
   */
  once(where: string, message: string): void {
    const key = `${where}\u0000${message}`;
    if (this.logged.has(key)) return;
    this.logged.add(key);
    this.channel.warn(`${where}: ${message}`);
  }

  /** Problems notified so far, as "where: message" (for tests). */
  get problems(): string[] {
    return [...this.notified].map((k) => k.replace('\u0000', ': '));
  }

  dispose(): void {
    this.channel.dispose();
  }
}

/** A button on a problem notification, e.g. "Open Settings". */
export interface ProblemAction {
  title: string;
  run(): void;
}

export function describe(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}

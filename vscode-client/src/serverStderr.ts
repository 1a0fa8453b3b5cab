import * as readline from 'node:readline';
import type { Readable } from 'node:stream';

/** Where a line the server wrote to stderr belongs in the output channel. */
export type StderrLineKind = 'logRecord' | 'other';

// The server writes each log record to stderr as `[HH:mm:ss.fff Type] message`, further lines of the record
// indented by four spaces, and sends the same record as window/logMessage, which the client shows.
const RECORD_START = /^\[\d\d:\d\d:\d\d\.\d{3} (Error|Warning|Info|Log)\] /;
const CONTINUATION_INDENT = '    ';

/**
 * Sorts the server's stderr lines: its own log records (already shown once from window/logMessage) apart from
 * anything else written there, such as the runtime's report of a crash, which the user must see.
 */
export class StderrLineClassifier {
  private inRecord = false;

  classify(line: string): StderrLineKind {
    if (RECORD_START.test(line)) {
      this.inRecord = true;
    } else if (!(this.inRecord && line.startsWith(CONTINUATION_INDENT))) {
      this.inRecord = false;
    }
    return this.inRecord ? 'logRecord' : 'other';
  }
}

/** The two levels of a LogOutputChannel that stderr lines go to. */
export interface StderrChannel {
  trace(message: string): void;
  error(message: string): void;
}

/**
 * Shows the server's stderr without doubling its log: records go to the channel's trace level (seen when the
 * user raises the channel to Trace, for instance to read lines the server could not send), other lines as errors.
 */
export function forwardServerStderr(input: Readable, channel: StderrChannel): void {
  const classifier = new StderrLineClassifier();
  forwardLines(input, (line) => (classifier.classify(line) === 'logRecord' ? channel.trace(line) : channel.error(line)));
}

/** Calls onLine for each line of a stream, as vscode-languageclient does with a server's output by default. */
export function forwardLines(input: Readable, onLine: (line: string) => void): void {
  readline.createInterface({ input, crlfDelay: Infinity, terminal: false, historySize: 0 }).on('line', onLine);
}

// The CLI's output. Lines go straight to file descriptor 1: making `process.stdout` costs a fresh process
// ~6 ms when it is a pipe (Node builds a socket stream for it), a noticeable share of a warm search.
// Windows keeps the stream (its console wants the stream's conversion), and so does a descriptor that
// would block (EAGAIN: made non-blocking by a process that shares it); from then on every line goes
// through the stream, so the order of lines is kept.
import * as fs from 'fs';

let viaStream = process.platform === 'win32';
let quietOnEpipe = false;

/** The reader stopped early (`de-study scan … | head`): what it wanted is written, so the CLI ends quietly. */
function readerGone(): never {
  process.exit(0);
}

function stream(): NodeJS.WriteStream {
  if (!quietOnEpipe) {
    quietOnEpipe = true;
    // Instead of dying on an unhandled EPIPE with a stack trace.
    process.stdout.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code === 'EPIPE') readerGone();
      throw e;
    });
  }
  return process.stdout;
}

/** Writes a line to the standard output. */
export function out(s: string): void {
  let rest = Buffer.from(s + '\n');
  if (!viaStream) {
    try {
      while (rest.length) rest = rest.subarray(fs.writeSync(1, rest));
      return;
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EPIPE') readerGone();
      if (code !== 'EAGAIN') throw e;
      viaStream = true;
    }
  }
  stream().write(rest);
}

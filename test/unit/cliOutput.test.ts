import * as assert from 'assert';
import { out } from '../../src/cli/output';

// The module object itself (an `import * as` copy has read-only properties), to stand in for its writeSync.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const fs = require('fs') as typeof import('fs');

describe('CLI output', () => {
  it('writes lines to descriptor 1, and through process.stdout in order once the descriptor would block', function () {
    if (process.platform === 'win32') this.skip();
    const written: string[] = [];
    const realWriteSync = fs.writeSync;
    const realWrite = process.stdout.write;
    let calls = 0;
    // The first line goes out whole, the second half-way before the descriptor reports EAGAIN.
    (fs as { writeSync: unknown }).writeSync = (fd: number, buf: Buffer) => {
      assert.strictEqual(fd, 1);
      calls++;
      if (calls === 1) { written.push(buf.toString()); return buf.length; }
      if (calls === 2) { written.push(buf.subarray(0, 3).toString()); return 3; }
      throw Object.assign(new Error('EAGAIN: resource temporarily unavailable, write'), { code: 'EAGAIN' });
    };
    (process.stdout as { write: unknown }).write = (chunk: Buffer | string) => { written.push(chunk.toString()); return true; };
    try {
      out('first line');
      out('second line — with a dash');
      out('third line');
    } finally {
      (fs as { writeSync: unknown }).writeSync = realWriteSync;
      (process.stdout as { write: unknown }).write = realWrite;
    }
    assert.strictEqual(written.join(''), 'first line\nsecond line — with a dash\nthird line\n');
    assert.strictEqual(calls, 3, 'after EAGAIN, later lines go through the stream only');
  });
});

// A 128-bit hash of text for the caches' fingerprints (which notes, which catalog), in plain JavaScript:
// loading node:crypto for them was a tenth of a warm CLI search's start. Four 32-bit lanes mixed per
// UTF-16 unit (cyrb128, by bryc, public domain); not a cryptographic hash: the caches only need a change
// in their input to change the fingerprint, and nobody gains by forging one in their own cache folder.

/** Fed piece by piece, like crypto's Hash: `new TextHash().update(a).update(b).digest()`. */
export class TextHash {
  private h1 = 1779033703;
  private h2 = 3144134277;
  private h3 = 1013904242;
  private h4 = 2773480762;
  private length = 0;

  update(text: string): this {
    let { h1, h2, h3, h4 } = this;
    for (let i = 0; i < text.length; i++) {
      const k = text.charCodeAt(i);
      h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
      h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
      h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
      h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
    }
    this.h1 = h1; this.h2 = h2; this.h3 = h3; this.h4 = h4;
    this.length += text.length;
    return this;
  }

  /** 32 hex digits. */
  digest(): string {
    let { h1, h2, h3, h4 } = this;
    // The length of the whole text is mixed in too.
    h1 ^= this.length; h2 ^= Math.floor(this.length / 0x100000000);
    h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
    h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
    h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
    h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
    h1 ^= h2 ^ h3 ^ h4; h2 ^= h1; h3 ^= h1; h4 ^= h1;
    return [h1, h2, h3, h4].map((h) => (h >>> 0).toString(16).padStart(8, '0')).join('');
  }
}

/** The hash of one text (see TextHash). */
export function textHash(text: string): string {
  return new TextHash().update(text).digest();
}

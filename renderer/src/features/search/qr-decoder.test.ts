// Unit (Node): the camera's QR decoder reads a real QR code, made by the `qrcode` encoder and drawn
// as pixels, and says null (never throws) for frames with no code or half a code.
import { describe, expect, it } from 'vitest';
import { createQrDecoder } from './qr-decoder';
import { lumaToRgba, qrLuma } from '../../../../test/support/qr-image';

describe('createQrDecoder', () => {
  it('reads the text of a QR code centred in a camera-sized frame', () => {
    const image = qrLuma('cus_0042', { scale: 6, width: 640, height: 480 });
    const text = createQrDecoder().decode({ ...image, data: lumaToRgba(image) });
    expect(text).toBe('cus_0042');
  });

  it('reads one frame after another with the same decoder (a long id, a small code)', () => {
    const decoder = createQrDecoder();
    for (const code of ['cp_1234567890abcdef', 'ada.lovelace@example.com']) {
      const image = qrLuma(code, { scale: 3 });
      expect(decoder.decode({ ...image, data: lumaToRgba(image) })).toBe(code);
    }
  });

  it('says null for a blank frame, for half a code, and for a frame smaller than its size says', () => {
    const decoder = createQrDecoder();
    const blank = { width: 320, height: 240, luma: new Uint8Array(320 * 240).fill(255) };
    expect(decoder.decode({ ...blank, data: lumaToRgba(blank) })).toBeNull();

    const image = qrLuma('cus_0042', { scale: 6 });
    const half = {
      ...image,
      height: image.height / 2,
      luma: image.luma.slice(0, (image.luma.length / 2) | 0),
    };
    expect(decoder.decode({ ...half, data: lumaToRgba(half) })).toBeNull();

    expect(decoder.decode({ width: 100, height: 100, data: new Uint8ClampedArray(16) })).toBeNull();
  });
});

// Renderer (pure): reads the QR code in one camera frame (RGBA pixels, as a canvas gives them) with
// ZXing's QR reader — plain JavaScript, so the strict CSP needs no 'wasm-unsafe-eval'.
import {
  BinaryBitmap,
  ChecksumException,
  DecodeHintType,
  FormatException,
  HybridBinarizer,
  NotFoundException,
  QRCodeReader,
  RGBLuminanceSource,
} from '@zxing/library';

export interface Frame {
  width: number;
  height: number;
  /** RGBA, 4 bytes a pixel, row by row (ImageData.data). */
  data: Uint8ClampedArray;
}

export interface QrDecoder {
  /** The code's text, trimmed; null when the frame holds no readable code (the usual case). */
  decode(frame: Frame): string | null;
}

export function createQrDecoder(): QrDecoder {
  const reader = new QRCodeReader();
  const hints = new Map<DecodeHintType, unknown>([[DecodeHintType.TRY_HARDER, true]]);
  let luma = new Uint8ClampedArray(0);

  return {
    decode({ width, height, data }) {
      if (width <= 0 || height <= 0 || data.length < width * height * 4) return null;
      // One buffer reused across frames: the camera sends the same size every time.
      if (luma.length !== width * height) luma = new Uint8ClampedArray(width * height);
      for (let i = 0, p = 0; i < luma.length; i++, p += 4) {
        luma[i] = (data[p]! * 299 + data[p + 1]! * 587 + data[p + 2]! * 114) / 1000;
      }
      const bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(luma, width, height)));
      try {
        const text = reader.decode(bitmap, hints).getText().trim();
        return text === '' ? null : text;
      } catch (error) {
        // No code in view, or one too blurred or cut off to read: the next frame may do better.
        if (
          error instanceof NotFoundException ||
          error instanceof ChecksumException ||
          error instanceof FormatException
        ) {
          return null;
        }
        throw error;
      } finally {
        reader.reset();
      }
    },
  };
}

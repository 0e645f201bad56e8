// Test support (Node): a QR code as pixels, made with the `qrcode` encoder's module matrix — a
// luminance plane (0 black, 255 white) for the decoder's unit test, and Y4M video frames (a text
// header and raw I420 planes) for Chromium's fake camera (--use-file-for-fake-video-capture).
import { writeFileSync } from 'node:fs';
import QRCode from 'qrcode';

export interface LumaImage {
  width: number;
  height: number;
  /** One byte per pixel, row by row. */
  luma: Uint8Array;
}

export interface QrImageOptions {
  /** Pixels per module. */
  scale?: number;
  /** The picture's size; the code is centred on white. Default: the code and its quiet zone. */
  width?: number;
  height?: number;
}

/** The QR of `text` as a luminance plane, with the standard quiet zone of 4 modules. */
export function qrLuma(text: string, { scale = 6, width, height }: QrImageOptions = {}): LumaImage {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const side = (modules.size + 8) * scale;
  const w = width ?? side;
  const h = height ?? side;
  if (w < side || h < side) throw new Error(`a ${side}px code does not fit in ${w}×${h}`);
  const luma = new Uint8Array(w * h).fill(255);
  const left = Math.floor((w - modules.size * scale) / 2);
  const top = Math.floor((h - modules.size * scale) / 2);
  for (let row = 0; row < modules.size; row++) {
    for (let col = 0; col < modules.size; col++) {
      if (!modules.get(row, col)) continue;
      for (let y = 0; y < scale; y++) {
        const start = (top + row * scale + y) * w + left + col * scale;
        luma.fill(0, start, start + scale);
      }
    }
  }
  return { width: w, height: h, luma };
}

/** The same picture as RGBA pixels, as a canvas's getImageData gives them. */
export function lumaToRgba({ width, height, luma }: LumaImage): Uint8ClampedArray {
  const rgba = new Uint8ClampedArray(width * height * 4);
  for (let i = 0; i < luma.length; i++) {
    rgba.set([luma[i]!, luma[i]!, luma[i]!, 255], i * 4);
  }
  return rgba;
}

/**
 * Writes `frames` identical frames of the picture as a Y4M file (4:2:0, grey chroma). Chromium's
 * fake camera plays it in a loop. Width and height must be even (4:2:0 halves both for chroma).
 */
export function writeY4m(path: string, image: LumaImage, frames = 10, fps = 10): void {
  const { width, height, luma } = image;
  if (width % 2 || height % 2) throw new Error('Y4M 4:2:0 needs an even width and height');
  const chroma = new Uint8Array((width / 2) * (height / 2) * 2).fill(128);
  const header = Buffer.from(`YUV4MPEG2 W${width} H${height} F${fps}:1 Ip A1:1 C420jpeg\n`, 'ascii');
  const frameTag = Buffer.from('FRAME\n', 'ascii');
  const parts: Buffer[] = [header];
  for (let i = 0; i < frames; i++) parts.push(frameTag, Buffer.from(luma), Buffer.from(chroma));
  writeFileSync(path, Buffer.concat(parts));
}

// Renderer: the desk's camera — whether one exists, opening it for video only, closing every track,
// and what went wrong in the desk's words (blocked, none, in use by another app).

export type CameraProblem = 'denied' | 'none' | 'busy' | 'failed';

/**
 * Whether the browser lists any video input (before permission it lists one, without a label).
 * `devices` is navigator.mediaDevices: undefined outside a secure context.
 */
export async function hasCamera(devices: MediaDevices | undefined): Promise<boolean> {
  if (!devices?.enumerateDevices) return false;
  try {
    return (await devices.enumerateDevices()).some((d) => d.kind === 'videoinput');
  } catch {
    return false;
  }
}

/** Video only (the desk never records sound); the back camera where there is a choice. */
export function openCamera(devices: MediaDevices | undefined): Promise<MediaStream> {
  if (!devices?.getUserMedia) return Promise.reject(new DOMException('No media devices', 'NotFoundError'));
  return devices.getUserMedia({
    audio: false,
    video: { facingMode: { ideal: 'environment' }, width: { ideal: 1280 }, height: { ideal: 720 } },
  });
}

export function closeCamera(stream: MediaStream | null): void {
  for (const track of stream?.getTracks() ?? []) track.stop();
}

/** getUserMedia's errors, by the names the Media Capture spec gives them. */
export function cameraProblem(error: unknown): CameraProblem {
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  switch (name) {
    case 'NotAllowedError':
    case 'SecurityError':
      return 'denied';
    case 'NotFoundError':
    case 'OverconstrainedError':
      return 'none';
    case 'NotReadableError':
    case 'AbortError':
      return 'busy';
    default:
      return 'failed';
  }
}

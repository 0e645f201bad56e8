// Unit (Node): the camera's errors in the desk's words, and that a camera is found only when the
// browser lists a video input (devices passed in: Node has no navigator.mediaDevices).
import { describe, expect, it } from 'vitest';
import { cameraProblem, closeCamera, hasCamera } from './camera-stream';

const devicesListing = (kinds: MediaDeviceKind[] | Error) =>
  ({
    enumerateDevices: () =>
      kinds instanceof Error
        ? Promise.reject(kinds)
        : Promise.resolve(kinds.map((kind) => ({ kind, deviceId: '', groupId: '', label: '' }))),
  }) as unknown as MediaDevices;

describe('cameraProblem', () => {
  it('names a blocked, a missing and a busy camera from getUserMedia’s error names', () => {
    expect(cameraProblem(new DOMException('Permission denied', 'NotAllowedError'))).toBe('denied');
    expect(cameraProblem(new DOMException('Insecure', 'SecurityError'))).toBe('denied');
    expect(cameraProblem(new DOMException('Requested device not found', 'NotFoundError'))).toBe('none');
    expect(cameraProblem(new DOMException('Could not start video source', 'NotReadableError'))).toBe('busy');
    expect(cameraProblem(new DOMException('Timeout starting video source', 'AbortError'))).toBe('busy');
  });

  it('calls anything else a camera that could not start', () => {
    expect(cameraProblem(new TypeError('bad constraints'))).toBe('failed');
    expect(cameraProblem('a string')).toBe('failed');
  });
});

describe('hasCamera', () => {
  it('is true only when a video input is listed', async () => {
    expect(await hasCamera(devicesListing(['audioinput', 'videoinput']))).toBe(true);
    expect(await hasCamera(devicesListing(['audioinput', 'audiooutput']))).toBe(false);
    expect(await hasCamera(devicesListing(new Error('no')))).toBe(false);
    expect(await hasCamera(undefined)).toBe(false);
  });
});

describe('closeCamera', () => {
  it('stops every track of the stream', () => {
    const stopped: string[] = [];
    const track = (id: string) => ({ stop: () => stopped.push(id) });
    closeCamera({ getTracks: () => [track('video'), track('other')] } as unknown as MediaStream);
    closeCamera(null);
    expect(stopped).toEqual(['video', 'other']);
  });
});

// Renderer: "Scan with camera" beside the search field, shown only where a camera exists. It opens a
// small preview that reads QR codes from the video a few times a second; the first code read closes
// the camera and goes the way a barcode-scanner scan goes (the caller's onCode). The QR reader is a
// chunk of its own, loaded when the preview first opens, so the desk's first paint does not wait for it.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { Spinner } from '../../ui/Spinner';
import { CameraIcon } from '../../ui/icons';
import { cameraProblem, closeCamera, hasCamera, openCamera, type CameraProblem } from './camera-stream';
import type { QrDecoder } from './qr-decoder';

/** How often a frame is read: a QR read costs tens of ms, and people hold a card still for longer. */
const FRAME_INTERVAL_MS = 150;
/** Frames are scaled down to this width before reading: plenty for a card held up to the camera. */
const MAX_FRAME_WIDTH = 800;

export function CameraScanButton({ onCode }: { onCode: (code: string) => void }) {
  const present = useCameraPresent();
  const { t } = useTranslation('search');
  const [open, setOpen] = useState(false);
  // A code read waits until the preview has closed and handed focus back, so whatever onCode
  // focuses (the search field) keeps it.
  const pending = useRef<string | null>(null);
  const codeRef = useRef(onCode);
  useEffect(() => {
    codeRef.current = onCode;
  }, [onCode]);
  useEffect(() => {
    const code = pending.current;
    if (open || code === null) return;
    pending.current = null;
    codeRef.current(code);
  }, [open]);

  if (!present) return null;
  return (
    <>
      <Button
        icon={<CameraIcon size={22} />}
        size="lg"
        className="camera-scan__open"
        onClick={() => setOpen(true)}
      >
        {t('camera.open')}
      </Button>
      {open && (
        <CameraScanDialog
          onClose={() => setOpen(false)}
          onCode={(code) => {
            pending.current = code;
            setOpen(false);
          }}
        />
      )}
    </>
  );
}

/** Whether a camera is plugged in now (re-checked when devices come and go). */
function useCameraPresent(): boolean {
  const [present, setPresent] = useState(false);
  useEffect(() => {
    const devices = navigator.mediaDevices as MediaDevices | undefined;
    let live = true;
    const check = () => void hasCamera(devices).then((found) => live && setPresent(found));
    check();
    devices?.addEventListener('devicechange', check);
    return () => {
      live = false;
      devices?.removeEventListener('devicechange', check);
    };
  }, []);
  return present;
}

type Phase =
  { kind: 'starting' } | { kind: 'scanning' } | { kind: 'problem'; problem: CameraProblem; detail: string };

function CameraScanDialog({ onClose, onCode }: { onClose: () => void; onCode: (code: string) => void }) {
  const video = useRef<HTMLVideoElement>(null);
  const [phase, setPhase] = useState<Phase>({ kind: 'starting' });
  const [attempt, setAttempt] = useState(0);
  const { t } = useTranslation('search');
  // The latest onCode without restarting the camera when the parent re-renders.
  const codeRef = useRef(onCode);
  useEffect(() => {
    codeRef.current = onCode;
  }, [onCode]);

  useEffect(() => {
    let stream: MediaStream | null = null;
    let stopped = false;
    let timer: number | undefined;
    let decoder: QrDecoder | null = null;
    const canvas = document.createElement('canvas');
    const context = canvas.getContext('2d', { willReadFrequently: true });

    const stop = () => {
      stopped = true;
      window.clearTimeout(timer);
      closeCamera(stream);
      stream = null;
    };

    const readFrame = () => {
      const el = video.current;
      if (stopped || !el || !context || !decoder) return;
      if (el.readyState >= el.HAVE_CURRENT_DATA && el.videoWidth > 0) {
        const scale = Math.min(1, MAX_FRAME_WIDTH / el.videoWidth);
        canvas.width = Math.round(el.videoWidth * scale);
        canvas.height = Math.round(el.videoHeight * scale);
        context.drawImage(el, 0, 0, canvas.width, canvas.height);
        const code = decoder.decode(context.getImageData(0, 0, canvas.width, canvas.height));
        if (code !== null) {
          stop();
          codeRef.current(code);
          return;
        }
      }
      timer = window.setTimeout(readFrame, FRAME_INTERVAL_MS);
    };

    const start = async () => {
      const loading = import('./qr-decoder').then((m) => m.createQrDecoder());
      loading.catch(() => undefined); // Awaited below; this only keeps an early failure from being "unhandled".
      const opened = await openCamera(navigator.mediaDevices as MediaDevices | undefined);
      // Closed while the browser was still opening it: let it go at once.
      if (stopped) return closeCamera(opened);
      stream = opened;
      decoder = await loading;
      const el = video.current;
      if (stopped || !el) return;
      el.srcObject = opened;
      await el.play();
      if (stopped) return;
      setPhase({ kind: 'scanning' });
      readFrame();
    };
    start().catch((error: unknown) => {
      // Closing the dialog interrupts play(): nothing to say then.
      if (stopped) return;
      closeCamera(stream);
      stream = null;
      setPhase({
        kind: 'problem',
        problem: cameraProblem(error),
        detail: error instanceof Error || error instanceof DOMException ? error.message : String(error),
      });
    });
    return stop;
  }, [attempt]);

  const retry = () => {
    setPhase({ kind: 'starting' });
    setAttempt((n) => n + 1);
  };

  // Each problem's title and body (camera.denied, camera.none, camera.busy, camera.failed).
  const problem =
    phase.kind === 'problem'
      ? { title: t(`camera.${phase.problem}.title`), body: t(`camera.${phase.problem}.body`) }
      : null;
  return (
    <Dialog
      title={t('camera.title')}
      onCancel={onClose}
      actions={
        phase.kind === 'problem' ? (
          <>
            {phase.problem !== 'denied' && <Button onClick={retry}>{t('camera.tryAgain')}</Button>}
            <Button variant="primary" onClick={onClose}>
              {t('camera.close')}
            </Button>
          </>
        ) : (
          <Button variant="primary" onClick={onClose}>
            {t('camera.stop')}
          </Button>
        )
      }
    >
      <div className="camera-scan" data-state={phase.kind === 'problem' ? phase.problem : phase.kind}>
        <video
          ref={video}
          className="camera-scan__preview"
          aria-label={t('camera.preview')}
          muted
          playsInline
          hidden={phase.kind === 'problem'}
        />
        <p className="camera-scan__status" role={problem ? 'alert' : 'status'}>
          {phase.kind === 'starting' && (
            <>
              <Spinner size={18} /> {t('camera.starting')}
            </>
          )}
          {phase.kind === 'scanning' && t('camera.scanning')}
          {problem && (
            <>
              <strong>{t('camera.problem', { title: problem.title })}</strong> {problem.body}
            </>
          )}
        </p>
        {phase.kind === 'problem' && phase.problem === 'failed' && phase.detail && (
          <p className="camera-scan__detail">{phase.detail}</p>
        )}
      </div>
    </Dialog>
  );
}

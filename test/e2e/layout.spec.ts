// E2E (Chromium + web host, demo mode): the header holds from a 768 px tablet to a 1080×1920
// portrait kiosk — nothing clipped, nothing overlapping, every button keeps its padding and 44 px.
import { test, expect } from './fixtures';

const SIZES = [
  { width: 768, height: 1024 },
  { width: 1024, height: 768 },
  { width: 1080, height: 1920 },
  { width: 1280, height: 800 },
];

test('the header fits at every supported window size', async ({ app }) => {
  for (const size of SIZES) {
    await app.setViewportSize(size);
    const header = app.getByRole('banner');
    const connect = header.getByRole('button', { name: 'Connect your booking system' });
    const settings = header.getByRole('button', { name: 'Settings' });
    await expect(connect).toBeVisible();
    await expect(settings).toBeVisible();
    const layout = await header.evaluate((el) => {
      const boxes = [
        el.querySelector('.brand'),
        el.querySelector('.demo-callout'),
        el.querySelector('.app-header__end'),
      ].map((node) => node!.getBoundingClientRect());
      const overlaps = boxes.some((a, i) =>
        boxes.some(
          (b, j) => i < j && a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom,
        ),
      );
      const clipped = [...el.querySelectorAll<HTMLElement>('button, .brand__name, .demo-callout__text')]
        .filter((node) => node.offsetParent !== null)
        .filter((node) => node.scrollWidth > node.clientWidth + 1)
        .map((node) => node.textContent);
      const buttons = [...el.querySelectorAll<HTMLElement>('button')].map((b) => {
        const style = getComputedStyle(b);
        return {
          text: b.textContent,
          padding: Math.min(parseFloat(style.paddingLeft), parseFloat(style.paddingRight)),
          height: b.getBoundingClientRect().height,
        };
      });
      const outside = boxes.some((b) => b.right > window.innerWidth + 0.5);
      return { overlaps, clipped, buttons, outside };
    });
    expect(layout, `${size.width}×${size.height}`).toMatchObject({
      overlaps: false,
      clipped: [],
      outside: false,
    });
    for (const b of layout.buttons) {
      expect(b.padding, `${b.text} at ${size.width}px`).toBeGreaterThanOrEqual(12);
      expect(b.height, `${b.text} at ${size.width}px`).toBeGreaterThanOrEqual(44);
    }
  }
});

/**
 * The printed header of a page whose address is made in the browser (a course path: its title and
 * items live in the query string). The server wrote the header for the bare address; this rewrites
 * title, address and QR code so the handout leads back to exactly this path.
 */
import { pageAddressQrSvg } from '../lib/qr.ts';

export function showInPrintHeader(title: string, address: string): void {
  const titleElement = document.querySelector<HTMLElement>('[data-print-title]');
  if (titleElement) titleElement.textContent = title;
  const link = document.querySelector<HTMLAnchorElement>('[data-print-address]');
  if (link) {
    link.href = address;
    link.textContent = address;
  }
  const qr = document.querySelector<HTMLElement>('[data-print-qr]');
  if (!qr) return;
  try {
    // qrSvg escapes the label; the rest of the markup is the code's own geometry.
    qr.innerHTML = pageAddressQrSvg(address);
  } catch {
    // An address too long for a QR code prints without one rather than with the wrong one.
    qr.replaceChildren();
  }
}

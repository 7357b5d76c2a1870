/**
 * Renders the sample ticket and receipt to docs/printing/*.png, exactly as the
 * printer receives them (1 bit, 203 dpi). Run: npm run render-samples -w @luot/hardware
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderReceipt, renderTicket, toPng } from '../src/printing/layout/render';
import { sampleReceipt, sampleTicket } from '../src/printing/layout/sample-jobs';

const out = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'docs', 'printing');
mkdirSync(out, { recursive: true });
const files = {
  'ticket-80mm.png': renderTicket(sampleTicket(), 80),
  'ticket-58mm.png': renderTicket(sampleTicket(), 58),
  'receipt-80mm.png': renderReceipt(sampleReceipt(), 80),
  'receipt-58mm.png': renderReceipt(sampleReceipt(), 58),
};
for (const [name, image] of Object.entries(files)) {
  writeFileSync(join(out, name), toPng(image));
  console.log(`${name}: ${image.width}×${image.height} dots`);
}

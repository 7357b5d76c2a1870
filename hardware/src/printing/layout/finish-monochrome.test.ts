import { describe, expect, it } from 'vitest';
import { toMonochrome } from './monochrome';
import { PaperFlow, spareCanvasCount } from './paper-flow';
import { drawReceipt, layOutReceipt } from './receipt-layout';
import { renderReceipt, renderTicket } from './render';
import { sampleReceipt, sampleTicket } from './sample-jobs';
import { drawTicket, layOutTicket } from './ticket-layout';

const same = (a: { width: number; height: number; data: Uint8Array }, b: typeof a) =>
  a.width === b.width && a.height === b.height && Buffer.from(a.data).equals(Buffer.from(b.data));

describe('a slip read as dots straight from its flow', () => {
  it.each([80, 58] as const)('%i mm: gives the dots of the cropped canvas, ticket and receipt', (paper) => {
    const ticket = sampleTicket();
    expect(same(layOutTicket(ticket, paper).finishMonochrome(), toMonochrome(drawTicket(ticket, paper)))).toBe(true);
    expect(same(renderTicket({ ...ticket, priority: 'none', peopleAhead: 0 }, paper), toMonochrome(drawTicket({ ...ticket, priority: 'none', peopleAhead: 0 }, paper)))).toBe(true);
    const receipt = sampleReceipt();
    expect(same(layOutReceipt(receipt, paper).finishMonochrome(), toMonochrome(drawReceipt(receipt, paper)))).toBe(true);
    expect(same(renderReceipt(receipt, paper), toMonochrome(drawReceipt(receipt, paper)))).toBe(true);
  });

  it('gives its tall canvas back once, like finish', () => {
    const flow = new PaperFlow(80);
    const base = spareCanvasCount();
    flow.text('Lượt', { size: 24 });
    const dots = flow.finishMonochrome();
    expect(dots.height).toBe(Math.ceil(flow.y + flow.margin));
    expect(spareCanvasCount()).toBe(base + 1);
    flow.finishMonochrome();
    flow.finish();
    expect(spareCanvasCount()).toBe(base + 1);
  });
});

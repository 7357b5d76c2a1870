import { describe, expect, it } from 'vitest';
import { PaperFlow, spareCanvasCount } from './paper-flow';
import { renderReceipt, renderTicket } from './render';
import { sampleReceipt, sampleTicket } from './sample-jobs';
import { toMonochrome } from './monochrome';

describe("a finished slip's tall canvas serves the next slip", () => {
  it('keeps two canvases a paper width for the next slips instead of making a new one each time', () => {
    // Whatever 80 mm canvases were spare are taken by these two.
    const a = new PaperFlow(80);
    const b = new PaperFlow(80);
    const base = spareCanvasCount();
    a.finish();
    expect(spareCanvasCount()).toBe(base + 1);
    b.finish();
    expect(spareCanvasCount()).toBe(base + 2);
    const c = new PaperFlow(80);
    expect(spareCanvasCount()).toBe(base + 1);
    const d = new PaperFlow(80);
    const e = new PaperFlow(80);
    for (const flow of [c, d, e]) flow.finish();
    expect(spareCanvasCount()).toBe(base + 2);
    // Finishing twice gives the canvas back once: two slips never share one.
    const f = new PaperFlow(80);
    const g = new PaperFlow(80);
    expect(spareCanvasCount()).toBe(base);
    f.finish();
    f.finish();
    expect(spareCanvasCount()).toBe(base + 1);
    g.finish();
  });

  it('prints a slip dot for dot as on a new canvas, after a longer slip with other styles drew on it', () => {
    const alone = renderTicket(sampleTicket(), 80);
    // A receipt is longer and sets other fonts and styles; then a flow leaves a transform and a colour behind.
    renderReceipt(sampleReceipt(), 80);
    const messy = new PaperFlow(80);
    messy.ctx.translate(40, 40);
    messy.ctx.fillStyle = '#000';
    messy.ctx.fillRect(0, 0, 576, 3900);
    messy.ctx.font = 'bold 90px sans-serif';
    messy.ctx.textAlign = 'right';
    messy.y = 3900;
    expect(toMonochrome(messy.finish()).height).toBeGreaterThan(3900);
    const reused = renderTicket(sampleTicket(), 80);
    expect(reused.height).toBe(alone.height);
    expect(Buffer.from(reused.data).equals(Buffer.from(alone.data))).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { renderTicket } from './render';
import { sampleTicket } from './sample-jobs';
import { clearSlipPartCache, slipPartCacheStats, SLIP_PART_CACHE_SIZE } from './slip-part-cache';

describe('the ticket header drawn once', () => {
  it('stamps the cached header dot for dot as it would be drawn', () => {
    clearSlipPartCache();
    const first = renderTicket(sampleTicket(), 80); // draws the header
    const second = renderTicket(sampleTicket(), 80); // stamps it
    expect(slipPartCacheStats()).toEqual({ size: 1, hits: 1 });
    expect(second.height).toBe(first.height);
    expect(Buffer.from(second.data).equals(Buffer.from(first.data))).toBe(true);
  });

  it('keeps a header per hall, service and paper, so a ticket never shows another service', () => {
    clearSlipPartCache();
    const ticket = sampleTicket();
    const other = { ...ticket, serviceName: { vi: 'Đất đai', en: 'Land' } };
    renderTicket(ticket, 80);
    const cachedOther = renderTicket(other, 80);
    renderTicket(ticket, 58);
    expect(slipPartCacheStats()).toEqual({ size: 3, hits: 0 });
    clearSlipPartCache();
    const freshOther = renderTicket(other, 80);
    expect(Buffer.from(cachedOther.data).equals(Buffer.from(freshOther.data))).toBe(true);
    expect(Buffer.from(cachedOther.data).equals(Buffer.from(renderTicket(ticket, 80).data))).toBe(false);
  });

  it('keeps at most SLIP_PART_CACHE_SIZE headers', () => {
    clearSlipPartCache();
    for (let i = 0; i < SLIP_PART_CACHE_SIZE + 5; i++) renderTicket({ ...sampleTicket(), serviceName: { vi: `Dịch vụ ${i}`, en: `Service ${i}` } }, 58);
    expect(slipPartCacheStats().size).toBe(SLIP_PART_CACHE_SIZE);
  });
});

import { describe, expect, it } from 'vitest';
import { formatTicketCode, ticketPrefixOf } from './codes';

describe('ticketPrefixOf', () => {
  const hall = [
    { prefix: 'A', numberWidth: 3 },
    { prefix: 'A1', numberWidth: 3 },
    { prefix: '1', numberWidth: 3 },
  ];

  it('finds the prefix a code was made with, preferring the order given (the ticket\'s own service first)', () => {
    expect(ticketPrefixOf('A015', 15, hall)).toBe('A');
    expect(ticketPrefixOf('A1015', 15, hall)).toBe('A1');
    expect(ticketPrefixOf('A1015', 1015, hall)).toBe('A');
    expect(ticketPrefixOf('1023', 23, hall)).toBe('1');
    expect(ticketPrefixOf('1023', 23, [{ prefix: '10', numberWidth: 2 }, ...hall])).toBe('10');
    for (const s of hall) expect(ticketPrefixOf(formatTicketCode(s.prefix, 7, s.numberWidth), 7, [s])).toBe(s.prefix);
  });

  it('without a matching service, takes what precedes the number and its padding', () => {
    expect(ticketPrefixOf('B007', 7, [])).toBe('B');
    expect(ticketPrefixOf('C1015', 15, [])).toBe('C1');
    expect(ticketPrefixOf('2000', 0, [])).toBe('2');
  });
});

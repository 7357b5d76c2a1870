/**
 * The printable slips' print button runs this one inline handler; the slips'
 * Content-Security-Policy admits it by its hash (and nothing else inline).
 */
export const PRINT_HANDLER = 'window.print()';

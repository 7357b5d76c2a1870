/**
 * How many cases the fuzz runs. The totals are the floor (10,000
 * per `npm test`, sockets and HTTP together), sized to take well under 90 s
 * on two busy cores. LUOT_FUZZ_SCALE scales them (0.1 for a quick local
 * look, 5 for a long soak); LUOT_FUZZ_SEED replays a run.
 */
const scale = Number(process.env.LUOT_FUZZ_SCALE ?? '1');

export const SOCKET_CASES = Math.ceil(6000 * scale);
export const HTTP_CASES = Math.ceil(4200 * scale);

export const fuzzSeed = (): number | undefined => (process.env.LUOT_FUZZ_SEED ? Number(process.env.LUOT_FUZZ_SEED) : undefined);

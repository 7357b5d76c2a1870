/**
 * Import this first in a page served under a Content-Security-Policy without
 * `'unsafe-eval'` (every page the hub serves): `import '@luot/protocol/strict-csp';`.
 * zod otherwise probes `new Function` on its first parse (to decide whether to
 * compile its validators), which the browser reports as a policy violation;
 * its interpreted validators give the same answers. A module of its own, run
 * before any other module can parse, and kept out of the package's index so
 * the hub keeps zod's compiled validators.
 */
import { z } from 'zod';

z.config({ jitless: true });

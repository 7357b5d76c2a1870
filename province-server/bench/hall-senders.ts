/**
 * The ingest bench's halls, in a worker thread of their own: in a province
 * the halls are other machines, so their HTTP clients must not share the
 * province server's event loop (the floor, psql's COPY, runs in a process of
 * its own). Builds every hall's batches, says `ready`, waits for `go`, streams
 * each hall's batches one after the other (the next when the last is
 * acknowledged, as the hub does), and says `done` (or the first failure).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { hallBodies } from './bench-events';

const { url, tokens, events } = workerData as { url: string; tokens: string[]; events: number };
const bodies = tokens.map((_, i) => hallBodies(i, events));

async function streamHall(i: number): Promise<void> {
  for (const body of bodies[i]!) {
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens[i]}` }, body });
    if (!res.ok) throw new Error(`hall ${i}: ${res.status} ${await res.text()}`);
    await res.arrayBuffer();
  }
}

parentPort!.once('message', () => {
  Promise.all(tokens.map((_, i) => streamHall(i))).then(
    () => parentPort!.postMessage({ done: true }),
    (err: unknown) => parentPort!.postMessage({ error: err instanceof Error ? err.message : String(err) }),
  );
});
parentPort!.postMessage({ ready: true });

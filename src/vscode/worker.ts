/**
 * Runs the engine off the extension host's main thread (bundled to dist/worker.js). One request at a
 * time, its text in slices (see WorkerRequest); `{ id, result }` or `{ id, error }` out. Never exits
 * on bad input.
 */
import { parentPort } from 'node:worker_threads';
import { analyze } from '../core/analyze';
import type { WorkerRequest, WorkerResponse } from './engine';

const port = parentPort;
/** Slices received so far per request id. */
const parts = new Map<number, string[]>();
if (port) {
  port.on('message', (request: WorkerRequest) => {
    const received = parts.get(request.id) ?? [];
    received.push(request.chunk);
    if (!request.last) {
      parts.set(request.id, received);
      return;
    }
    parts.clear(); // slices of abandoned requests, if any
    let response: WorkerResponse;
    try {
      const started = performance.now();
      const result = analyze(received.join(''), { options: request.options });
      response = { id: request.id, result, ms: performance.now() - started };
    } catch (e) {
      response = { id: request.id, error: e instanceof Error ? (e.stack ?? e.message) : String(e) };
    }
    port.postMessage(response);
  });
}

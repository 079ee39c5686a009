/**
 * Runs the engine off the extension host's main thread (bundled to dist/worker.js). One request at a
 * time: `{ id, text, options }` in, `{ id, result }` or `{ id, error }` out. Never exits on bad input.
 */
import { parentPort } from 'node:worker_threads';
import { analyze } from '../core/analyze';
import type { WorkerRequest, WorkerResponse } from './engine';

const port = parentPort;
if (port) {
  port.on('message', (request: WorkerRequest) => {
    let response: WorkerResponse;
    try {
      const started = performance.now();
      const result = analyze(request.text, { options: request.options });
      response = { id: request.id, result, ms: performance.now() - started };
    } catch (e) {
      response = { id: request.id, error: e instanceof Error ? (e.stack ?? e.message) : String(e) };
    }
    port.postMessage(response);
  });
}

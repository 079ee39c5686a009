import * as vscode from 'vscode';
import { existsSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { analyze } from '../core/analyze';
import type { PoiseOptions } from '../core/options';
import type { AnalyzeResult } from '../core/types';
import { describe, type Log } from './log';

export interface WorkerRequest {
  id: number;
  text: string;
  options: PoiseOptions;
}

export type WorkerResponse = { id: number; result: AnalyzeResult; ms: number } | { id: number; error: string };

/** An analysis that takes longer than this is abandoned and its worker restarted. */
const TIMEOUT_MS = 120_000;

interface Pending {
  resolve(result: AnalyzeResult): void;
  reject(error: Error): void;
  timer: NodeJS.Timeout;
}

/**
 * Runs the engine in a worker thread so that no analysis blocks the extension host, whatever the
 * document's size. Requests are served in order; a crashed or stuck worker is replaced on the next
 * request. Without a worker script (or if threads are unavailable) it runs the engine in-process.
 */
export class Engine implements vscode.Disposable {
  private worker: Worker | undefined;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private workerFailed = false;

  constructor(
    private readonly workerPath: string,
    private readonly log: Log,
  ) {}

  /** Whether analyses run off the main thread. */
  get threaded(): boolean {
    return !this.workerFailed && existsSync(this.workerPath);
  }

  run(text: string, options: PoiseOptions): Promise<AnalyzeResult> {
    const worker = this.threaded ? this.ensureWorker() : undefined;
    if (!worker) {
      try {
        return Promise.resolve(analyze(text, { options }));
      } catch (e) {
        return Promise.reject(e instanceof Error ? e : new Error(String(e)));
      }
    }
    const id = this.nextId++;
    return new Promise<AnalyzeResult>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.log.warn(`Analysis took longer than ${TIMEOUT_MS / 1000} s; restarting the analysis worker.`);
        this.restart(new Error('analysis timed out'));
      }, TIMEOUT_MS);
      this.pending.set(id, { resolve, reject, timer });
      const request: WorkerRequest = { id, text, options };
      worker.postMessage(request);
    });
  }

  private ensureWorker(): Worker | undefined {
    if (this.worker) return this.worker;
    try {
      const worker = new Worker(this.workerPath, { name: 'poise-analysis' });
      worker.on('message', (response: WorkerResponse) => {
        const p = this.pending.get(response.id);
        if (!p) return;
        this.pending.delete(response.id);
        clearTimeout(p.timer);
        if ('error' in response) p.reject(new Error(response.error));
        else p.resolve(response.result);
      });
      worker.on('error', (e) => {
        this.log.error('The analysis worker failed', e);
        this.restart(e);
      });
      worker.on('exit', (code) => {
        if (this.worker === worker) {
          this.worker = undefined;
          if (code !== 0) this.log.warn(`The analysis worker exited with code ${code}.`);
          this.failAll(new Error(`analysis worker exited (${code})`));
        }
      });
      this.worker = worker;
      return worker;
    } catch (e) {
      this.workerFailed = true;
      this.log.warn(`Cannot start the analysis worker (${describe(e)}); analysing on the main thread.`);
      return undefined;
    }
  }

  private restart(reason: Error): void {
    const worker = this.worker;
    this.worker = undefined;
    this.failAll(reason);
    if (worker) void worker.terminate();
  }

  private failAll(reason: Error): void {
    for (const [id, p] of this.pending) {
      clearTimeout(p.timer);
      p.reject(reason);
      this.pending.delete(id);
    }
  }

  dispose(): void {
    this.restart(new Error('disposed'));
  }
}

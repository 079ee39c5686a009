import * as vscode from 'vscode';
import { existsSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { analyze } from '../core/analyze';
import type { PoiseOptions } from '../core/options';
import type { AnalyzeResult } from '../core/types';
import { describe, type Log } from './log';

/**
 * A document's text goes to the worker in slices of CHUNK characters, one per event-loop turn, so
 * copying a large document never holds up the extension host; the last slice carries the options.
 */
export type WorkerRequest = { id: number; chunk: string; last: false } | { id: number; chunk: string; last: true; options: PoiseOptions };

export const CHUNK = 32_768;

/** Yields to the event loop through the timers phase, so pending events run between slices. */
const nextTurn = () => new Promise<void>((resolve) => setTimeout(resolve, 1));

export type WorkerResponse = { id: number; result: AnalyzeResult; ms: number } | { id: number; error: string };

/** An analysis that takes longer than this is abandoned and its worker restarted. */
const TIMEOUT_MS = 120_000;
/** Documents at least this long (UTF-16 units) go to their own worker, so small drafts never wait behind them. */
const LARGE = 100_000;

/** Rejection reason for an analysis nobody needs any more (document closed before it ran). */
export class Cancelled extends Error {
  constructor() {
    super('analysis cancelled');
  }
}

interface Job {
  id: number;
  text: string;
  options: PoiseOptions;
  /** True when the result would be thrown away (document closed): skip it, or stop it. */
  unwanted(): boolean;
  resolve(result: AnalyzeResult): void;
  reject(error: Error): void;
}

/** One worker thread and its queue: one job at a time, so unwanted queued jobs are never sent. */
class Lane {
  private worker: Worker | undefined;
  private readonly queue: Job[] = [];
  private current: { job: Job; timer: NodeJS.Timeout } | undefined;
  private starting = false;

  constructor(
    private readonly name: string,
    private readonly workerPath: string,
    private readonly log: Log,
    private readonly onStartFailure: () => void,
  ) {}

  push(job: Job): void {
    this.queue.push(job);
    this.next();
  }

  /** Drops queued jobs nobody wants and stops the running one if it is unwanted. */
  prune(): void {
    for (let i = this.queue.length - 1; i >= 0; i--) {
      if (this.queue[i]!.unwanted()) this.queue.splice(i, 1)[0]!.reject(new Cancelled());
    }
    if (this.current?.job.unwanted()) this.restart(new Cancelled());
  }

  private next(): void {
    if (this.current) return;
    let job: Job | undefined;
    while ((job = this.queue.shift()) && job.unwanted()) job.reject(new Cancelled());
    if (!job) return;
    if (!this.worker) {
      // Start the thread in a turn of its own: creating it is the costliest synchronous step here.
      this.queue.unshift(job);
      if (this.starting) return;
      this.starting = true;
      setTimeout(() => {
        this.starting = false;
        if (this.ensureWorker()) this.next();
        else this.onStartFailure();
      }, 1);
      return;
    }
    const worker = this.worker;
    const timer = setTimeout(() => {
      this.log.warn(`Analysis took longer than ${TIMEOUT_MS / 1000} s; restarting the ${this.name} analysis worker.`);
      this.restart(new Error('analysis timed out'));
    }, TIMEOUT_MS);
    this.current = { job, timer };
    void this.send(worker, job);
  }

  private async send(worker: Worker, job: Job): Promise<void> {
    const { id, text } = job;
    for (let at = 0; ; at += CHUNK) {
      await nextTurn();
      if (this.worker !== worker || this.current?.job !== job) return; // restarted meanwhile
      const chunk = text.slice(at, at + CHUNK);
      const request: WorkerRequest = at + CHUNK >= text.length ? { id, chunk, last: true, options: job.options } : { id, chunk, last: false };
      worker.postMessage(request);
      if (request.last) return;
    }
  }

  /** Starts the worker ahead of the first job (it loads the engine off the main thread). */
  warmUp(): void {
    this.ensureWorker();
  }

  private ensureWorker(): Worker | undefined {
    if (this.worker) return this.worker;
    try {
      const worker = new Worker(this.workerPath, { name: `poise-analysis-${this.name}` });
      worker.on('message', (response: WorkerResponse) => {
        const current = this.current;
        if (!current || current.job.id !== response.id) return;
        clearTimeout(current.timer);
        this.current = undefined;
        if ('error' in response) current.job.reject(new Error(response.error));
        else current.job.resolve(response.result);
        this.next();
      });
      worker.on('error', (e) => {
        this.log.error(`The ${this.name} analysis worker failed`, e);
        if (this.worker === worker) this.restart(e);
      });
      worker.on('exit', (code) => {
        if (this.worker !== worker) return;
        this.worker = undefined;
        this.log.warn(`The ${this.name} analysis worker exited with code ${code}.`);
        this.failCurrent(new Error(`analysis worker exited (${code})`));
        this.next();
      });
      this.worker = worker;
      return worker;
    } catch (e) {
      this.log.warn(`Cannot start an analysis worker (${describe(e)}); analysing on the main thread.`);
      return undefined;
    }
  }

  /** Stops the worker (a new one starts for the next job) and fails the job it was running. */
  private restart(reason: Error): void {
    const worker = this.worker;
    this.worker = undefined;
    this.failCurrent(reason);
    if (worker) void worker.terminate();
    this.next();
  }

  private failCurrent(reason: Error): void {
    const current = this.current;
    if (!current) return;
    clearTimeout(current.timer);
    this.current = undefined;
    current.job.reject(reason);
  }

  /** Jobs not yet finished, handed back when falling back to the main thread. */
  drain(): Job[] {
    return this.queue.splice(0);
  }

  dispose(): void {
    for (const job of this.queue.splice(0)) job.reject(new Cancelled());
    const worker = this.worker;
    this.worker = undefined;
    this.failCurrent(new Cancelled());
    if (worker) void worker.terminate();
  }
}

/**
 * Runs the engine in worker threads so that no analysis blocks the extension host, whatever the
 * document's size: one worker for ordinary drafts and one for large documents, so a small draft
 * never waits behind a 100k-word file. A crashed or stuck worker is replaced for the next job.
 * Without the worker script (or if threads are unavailable) it runs the engine in-process.
 */
export class Engine implements vscode.Disposable {
  private readonly lanes: { small: Lane; large: Lane };
  private nextId = 1;
  private workerFailed = false;

  constructor(
    workerPath: string,
    log: Log,
  ) {
    this.hasWorkerScript = existsSync(workerPath);
    const fail = () => this.fallBack();
    this.lanes = { small: new Lane('small', workerPath, log, fail), large: new Lane('large', workerPath, log, fail) };
  }

  private readonly hasWorkerScript: boolean;

  /** Whether analyses run off the main thread. */
  get threaded(): boolean {
    return !this.workerFailed && this.hasWorkerScript;
  }

  /**
   * Analyses `text`. `unwanted` is asked before the job starts (and by `prune`): when it returns
   * true the job is dropped and the promise rejects with `Cancelled`.
   */
  run(text: string, options: PoiseOptions, unwanted: () => boolean = () => false): Promise<AnalyzeResult> {
    if (!this.threaded) return runHere(text, options);
    return new Promise<AnalyzeResult>((resolve, reject) => {
      const job: Job = { id: this.nextId++, text, options, unwanted, resolve, reject };
      (text.length >= LARGE ? this.lanes.large : this.lanes.small).push(job);
    });
  }

  /** Starts the worker for ordinary drafts now, so the first check is quick. */
  warmUp(): void {
    if (this.threaded) this.lanes.small.warmUp();
  }

  /** Drops or stops analyses nobody wants any more (e.g. their document closed). */
  prune(): void {
    this.lanes.small.prune();
    this.lanes.large.prune();
  }

  private fallBack(): void {
    this.workerFailed = true;
    for (const lane of [this.lanes.small, this.lanes.large]) {
      for (const job of lane.drain()) runHere(job.text, job.options).then(job.resolve, job.reject);
    }
  }

  dispose(): void {
    this.lanes.small.dispose();
    this.lanes.large.dispose();
  }
}

function runHere(text: string, options: PoiseOptions): Promise<AnalyzeResult> {
  try {
    return Promise.resolve(analyze(text, { options }));
  } catch (e) {
    return Promise.reject(e instanceof Error ? e : new Error(String(e)));
  }
}

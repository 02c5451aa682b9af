/**
 * A small pool of analysis workers, so that no document's analysis waits behind another's and a stuck
 * one never stalls the rest:
 *
 * - one job per worker at a time; at most MAX_WORKERS workers, started lazily when a job finds none
 *   idle; a worker left idle for IDLE_CLOSE_MS is closed, except the last one (kept warm);
 * - every job has a time budget (set by the caller): past it, the worker is terminated (it cannot be
 *   interrupted otherwise) and the job ends as 'timeout'; the next job starts a fresh worker;
 * - a cancelled job ends at once as 'cancelled' and its answer is dropped; if its worker is still busy
 *   on it after CANCEL_GRACE_MS, that worker is terminated too;
 * - a worker that dies (a crash, out of memory) ends its job as 'failed'.
 * Jobs beyond MAX_WORKERS wait in order. The same code drives Node worker threads and web workers:
 * only the factory differs.
 */
import type { AnalyzeRequest, AnalyzeResponse } from '../shared/worker-protocol';

/** Something that runs analyze() elsewhere: a worker thread, or a web worker. */
export interface AnalysisWorker {
  post(req: AnalyzeRequest): void;
  onResponse(f: (r: AnalyzeResponse) => void): void;
  onFailure(f: (why: string) => void): void;
  dispose(): void;
}

export const MAX_WORKERS = 3;
export const CANCEL_GRACE_MS = 500;
export const IDLE_CLOSE_MS = 30_000;

export type JobOutcome =
  | { kind: 'done'; response: AnalyzeResponse }
  | { kind: 'timeout'; budgetMs: number }
  | { kind: 'cancelled' }
  | { kind: 'failed'; why: string };

export interface JobHandle {
  readonly done: Promise<JobOutcome>;
  /** Drops the job: `done` resolves as 'cancelled' (if it has not ended yet). */
  cancel(): void;
}

export interface PoolStats {
  /** Workers alive now. */
  alive: number;
  /** Workers busy on a job (a cancelled one included, until it ends or its grace runs out). */
  busy: number;
  /** Jobs waiting for a worker. */
  queued: number;
  /** Workers started, terminated (budget, cancel grace, failure) and closed when idle, since activation. */
  started: number;
  terminated: number;
  closedIdle: number;
  /** Jobs posted to a worker since activation. */
  posted: number;
}

interface Job {
  id: number;
  req: Omit<AnalyzeRequest, 'id'>;
  budgetMs: number;
  finish: (o: JobOutcome) => void;
  ended: boolean;
  cancelled: boolean;
}

interface Slot {
  worker: AnalysisWorker;
  job: Job | undefined;
  timer: ReturnType<typeof setTimeout> | undefined;
  idleTimer: ReturnType<typeof setTimeout> | undefined;
}

export class WorkerPool {
  private slots: Slot[] = [];
  private queue: Job[] = [];
  private nextId = 1;
  private disposed = false;
  private counts = { started: 0, terminated: 0, closedIdle: 0, posted: 0 };

  constructor(private readonly createWorker: () => AnalysisWorker) {}

  run(req: Omit<AnalyzeRequest, 'id'>, budgetMs: number): JobHandle {
    let finish!: (o: JobOutcome) => void;
    const done = new Promise<JobOutcome>((r) => { finish = r; });
    const job: Job = { id: this.nextId++, req, budgetMs, ended: false, cancelled: false, finish: (o) => { if (!job.ended) { job.ended = true; finish(o); } } };
    if (this.disposed) job.finish({ kind: 'cancelled' });
    else { this.queue.push(job); this.dispatch(); }
    return { done, cancel: () => this.cancel(job) };
  }

  stats(): PoolStats {
    return { alive: this.slots.length, busy: this.slots.filter((s) => s.job).length, queued: this.queue.length, ...this.counts };
  }

  dispose(): void {
    this.disposed = true;
    for (const j of this.queue.splice(0)) j.finish({ kind: 'cancelled' });
    for (const s of [...this.slots]) { s.job?.finish({ kind: 'cancelled' }); this.remove(s); }
  }

  private dispatch(): void {
    while (this.queue.length) {
      let slot = this.slots.find((s) => !s.job);
      if (!slot) {
        if (this.slots.length >= MAX_WORKERS) return;
        slot = this.start();
        if (!slot) return;
      }
      this.post(slot, this.queue.shift()!);
    }
  }

  private start(): Slot | undefined {
    let worker: AnalysisWorker;
    try {
      worker = this.createWorker();
    } catch (e) {
      for (const j of this.queue.splice(0)) j.finish({ kind: 'failed', why: `could not start the analysis worker: ${(e as Error).message}` });
      return undefined;
    }
    const slot: Slot = { worker, job: undefined, timer: undefined, idleTimer: undefined };
    this.counts.started++;
    worker.onResponse((r) => this.onResponse(slot, r));
    worker.onFailure((why) => {
      if (!this.slots.includes(slot)) return;
      const job = slot.job;
      this.terminate(slot);
      job?.finish({ kind: 'failed', why });
      this.dispatch();
    });
    this.slots.push(slot);
    return slot;
  }

  private post(slot: Slot, job: Job): void {
    if (slot.idleTimer) { clearTimeout(slot.idleTimer); slot.idleTimer = undefined; }
    slot.job = job;
    slot.timer = setTimeout(() => this.onTimeout(slot, job), job.budgetMs);
    this.counts.posted++;
    try {
      slot.worker.post({ ...job.req, id: job.id });
    } catch (e) {
      this.terminate(slot);
      job.finish({ kind: 'failed', why: (e as Error).message });
      this.dispatch();
    }
  }

  private onResponse(slot: Slot, r: AnalyzeResponse): void {
    const job = slot.job;
    if (!job || job.id !== r.id) return;
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = undefined;
    slot.job = undefined;
    // A cancelled job's answer is dropped.
    if (!job.cancelled) job.finish({ kind: 'done', response: r });
    this.dispatch();
    if (!slot.job) this.idle(slot);
  }

  private onTimeout(slot: Slot, job: Job): void {
    if (slot.job !== job) return;
    // The worker cannot be interrupted: replace it.
    this.terminate(slot);
    job.finish(job.cancelled ? { kind: 'cancelled' } : { kind: 'timeout', budgetMs: job.budgetMs });
    this.dispatch();
  }

  private cancel(job: Job): void {
    if (job.ended) return;
    job.cancelled = true;
    const queued = this.queue.indexOf(job);
    if (queued >= 0) this.queue.splice(queued, 1);
    job.finish({ kind: 'cancelled' });
    const slot = this.slots.find((s) => s.job === job);
    if (slot) {
      // Still working on it: it may finish soon (its answer is dropped); past the grace, replace it.
      if (slot.timer) clearTimeout(slot.timer);
      slot.timer = setTimeout(() => this.onTimeout(slot, job), CANCEL_GRACE_MS);
    }
  }

  /** An idle worker beyond the first is closed after a while. */
  private idle(slot: Slot): void {
    if (slot.idleTimer) clearTimeout(slot.idleTimer);
    slot.idleTimer = setTimeout(() => {
      slot.idleTimer = undefined;
      if (slot.job || !this.slots.includes(slot) || this.slots.length <= 1) return;
      this.counts.closedIdle++;
      this.remove(slot);
    }, IDLE_CLOSE_MS);
  }

  private terminate(slot: Slot): void {
    this.counts.terminated++;
    this.remove(slot);
  }

  private remove(slot: Slot): void {
    if (slot.timer) clearTimeout(slot.timer);
    if (slot.idleTimer) clearTimeout(slot.idleTimer);
    slot.timer = slot.idleTimer = undefined;
    slot.job = undefined;
    this.slots = this.slots.filter((s) => s !== slot);
    slot.worker.dispose();
  }
}

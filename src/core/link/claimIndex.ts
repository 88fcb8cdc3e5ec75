/**
 * The incremental cross-file index: inverted lists keyed by normalised keys (quote shingles, unit
 * head + magnitude + clause name, document fingerprints) find candidate pairs for one file without
 * scanning the others, each list read only up to a cap; claims of the same file and of syndicated
 * copies are also looked up directly (the file's numbers by head or value, its short quotes). A
 * link graph keeps groups as connected components, whose group objects are built on request and
 * cached until the component changes (see `GroupCache`). Keeps link features (fingerprints; each
 * file's shingles and context signatures packed in one array, see `packed.ts`), never whole texts.
 * The file level (duplicates, related files) is in `fileLinks.ts`, the groups' order in `groupOrder.ts`.
 */
import type { ClaimGroup, CompareReport, DuplicatePair, FileAnalysis, FileError } from '../types';
import { type LinkStats, scanKeys } from './candidates';
import { asPacked, type LinkFeatures, linkFeatures } from './features';
import { duplicatePairs, duplicatePairsInSteps, type FileRecord, linkFile, unlinkFile } from './fileLinks';
import { LinkGraph, type Relinker } from './graph';
import { GroupCache } from './groupCache';
import { ComponentBuilder } from './componentBuilder';
import { sortGroups, sortKeyedInSteps } from './groupOrder';
import { numbersLinked } from './numberMatch';
import { NumberLinks } from './numberLinks';
import type { NumberNode } from './numberNode';
import { IdPostings } from './postings';
import { mayBeShort, quotesLinked } from './quoteMatch';
import { nodeKeys, quoteNode, type QuoteNode } from './quoteNode';
import { containsRange } from './packed';
import { FingerprintProbe } from './fpProbe';
import { IdTable } from './idTable';
import { Interner } from './intern';

export { DUPLICATE_MIN_CONTAINMENT, DUPLICATE_MIN_SHARED, isDuplicate } from './fileLinks';

/** Incremental index of claims across files, answering groups, duplicates and hover look-ups. */
export class ClaimIndex {
  private readonly files = new Map<string, FileRecord>();
  private readonly byId = new IdTable<FileRecord>();
  private readonly fpIndex = new IdPostings();
  private readonly quoteIndex = new IdPostings();
  /** Counts a new file's shared fingerprints with its candidates (see `FingerprintProbe`). */
  private readonly probe = new FingerprintProbe();

  private readonly quotes = new IdTable<QuoteNode>();
  private readonly numbers = new IdTable<NumberNode>();
  private readonly graph = new LinkGraph();
  private readonly cache = new GroupCache((c) => this.builder.build(c));
  private readonly counters: LinkStats = { scanned: 0, comparisons: 0 };
  /** Shared copies of repeated names, units and cues (see `Interner`). */
  private readonly strings = new Interner();
  private readonly numberLinks = new NumberLinks(this.counters, this.strings);
  private readonly relinker: Relinker = {
    candidates: (id) => this.candidates(id),
    linked: (a, b) => this.linked(a, b),
  };
  private readonly builder = new ComponentBuilder({
    quotes: this.quotes,
    numbers: this.numbers,
    graph: this.graph,
    relinker: this.relinker,
    related: (a, b) => this.related(a, b),
    mutations: () => this.mutations,
    steppedFrom: () => this.options.steppedFrom,
  });
  private sorted: ClaimGroup[] | null = null;
  private nextId = 1;
  /** Bumped by every upsert and removal: a stepped build started before a change is dropped. */
  private mutations = 0;

  /** `steppedFrom`: component size from which `buildGroupsStep` builds a component in steps (tests lower it). */
  constructor(private readonly options: { steppedFrom?: number } = {}) {}

  /** Adds or replaces one file's claims from its text and analysis. */
  upsert(path: string, text: string, analysis: FileAnalysis): void {
    this.upsertFeatures(path, linkFeatures(text, analysis));
  }

  /**
   * Adds or replaces one file from its precomputed link features (see `linkFeatures`, run in a
   * worker); cost depends on that file and a bounded number of candidates only.
   */
  upsertFeatures(path: string, features: LinkFeatures): void {
    this.beginUpsert(path, features);
    this.finishUpsert();
  }

  /**
   * `upsertFeatures` to be continued by `upsertStep` (a UI thread pauses between steps: a file with
   * very many copies links for tens of milliseconds). Every other call first finishes it, so no
   * caller ever sees the file half linked; the result is the one-shot upsert's.
   */
  beginUpsert(path: string, features: LinkFeatures): void {
    this.finishUpsert();
    this.upserting = this.upsertSteps(path, features);
  }

  /** Continues the upsert under way (`beginUpsert`) for about `budgetMs`; true when none is left. */
  upsertStep(budgetMs: number): boolean {
    const deadline = Date.now() + budgetMs;
    while (this.upserting) {
      if (this.upserting.next().done) this.upserting = null;
      else if (Date.now() >= deadline) return false;
    }
    return true;
  }

  /** The upsert under way, if any (see `beginUpsert`). */
  private upserting: Iterator<void> | null = null;

  private finishUpsert(): void {
    while (this.upserting) if (this.upserting.next().done) this.upserting = null;
  }

  /** The upsert's work: the file level at once, then a pause before each of its claims is linked. */
  private *upsertSteps(path: string, features: LinkFeatures): Generator<void, void, void> {
    this.removeNow(path);
    this.mutations++;
    // The file's fingerprints, index keys and the sets of all its claims lie in one array, the
    // packed features' own (see `packFeatures`: from a worker, it is adopted as it arrived).
    const f = asPacked(features);
    const sig = f.sig;
    const rec: FileRecord = {
      id: this.nextId++, path, published: f.published, fps: f.fps, keys: sig.subarray(sig[1], sig[2]),
      quotes: [], shortQuotes: [], numbers: [], related: new Map(),
    };
    this.files.set(path, rec);
    this.byId.set(rec.id, rec);
    linkFile(rec, this.fpIndex, this.byId, this.probe, this.counters);
    for (let i = 0; i < f.quotes.length; i++) {
      yield;
      this.addQuote(rec, quoteNode(f, i, this.nextId++, rec.id, path, this.strings));
    }
    for (let j = 0; j < f.numbers.length; j++) {
      yield;
      this.addNumber(rec, this.numberLinks.node(f, j, this.nextId++, rec.id, path));
    }
    this.sorted = null;
    // Group objects are not built here (a giant component would stall this call): requests and
    // `buildGroupsStep`, which the caller runs in short slices, build them.
    this.refresh();
  }

  /**
   * Runs deferred link tests for up to `budgetMs` (idle time after a scan); true when none is left.
   * Groups are unchanged by it; a later edit or removal then does not pay for the backlog at once.
   */
  settleStep(budgetMs: number): boolean {
    this.finishUpsert();
    return this.graph.resolveSomePending(this.relinker, budgetMs);
  }

  /** Forgets a file and every link through it. */
  remove(path: string): void {
    this.finishUpsert();
    this.removeNow(path);
  }

  private removeNow(path: string): void {
    const rec = this.files.get(path);
    if (!rec) return;
    this.mutations++;
    // Deferred link tests are run while every file they involve is still related as at insertion.
    for (const n of rec.numbers) this.graph.resolve(n.id, this.relinker);
    unlinkFile(rec, this.fpIndex, this.byId);
    for (const q of rec.quotes) {
      for (const k of nodeKeys(q)) this.quoteIndex.delete(k, q.id);
      this.forgetNode(q.id);
      this.quotes.delete(q.id);
    }
    for (const n of rec.numbers) {
      this.numberLinks.unfile(n);
      this.forgetNode(n.id);
      this.numbers.delete(n.id);
    }
    this.files.delete(path);
    this.byId.delete(rec.id);
    this.sorted = null;
  }

  /** Groups with members from at least two files, in a stable order. */
  groups(): ClaimGroup[] {
    this.finishUpsert();
    this.refresh();
    this.sorted ??= sortGroups(this.cache.all());
    return this.sorted;
  }

  /** The groups holding a claim of `path` that covers `offset` (for hovers). */
  groupsAt(path: string, offset: number): ClaimGroup[] {
    this.finishUpsert();
    const rec = this.files.get(path);
    if (!rec) return [];
    const hits = [...rec.quotes.map((q) => ({ id: q.id, s: q.quote.start, e: q.quote.end })),
      ...rec.numbers.map((n) => ({ id: n.id, s: n.claim.start, e: n.claim.end }))]
      .filter((h) => h.s <= offset && offset < h.e);
    return this.groupsOfNodes(hits.map((h) => h.id));
  }

  /** Every group with a member in `path`. */
  groupsForFile(path: string): ClaimGroup[] {
    this.finishUpsert();
    const rec = this.files.get(path);
    if (!rec) return [];
    return this.groupsOfNodes([...rec.quotes.map((q) => q.id), ...rec.numbers.map((n) => n.id)]);
  }

  /** Pairs of files that are the same article or share long passages. */
  duplicates(): DuplicatePair[] {
    this.finishUpsert();
    return duplicatePairs(this.files.values(), this.byId);
  }

  /** `duplicates()` in short steps (yields between them) for a UI thread; the index must not change meanwhile. */
  duplicatesInSteps(): Generator<void, DuplicatePair[], void> {
    this.finishUpsert();
    return duplicatePairsInSteps(this.files.values(), this.byId);
  }

  /** The full `compare --json` report. */
  report(errors: FileError[] = []): CompareReport {
    return { version: 1, groups: this.groups(), duplicates: this.duplicates(), errors };
  }

  /**
   * Applies pending graph changes (splits of components that lost a claim) without building group
   * objects: call it after each slice of upserts so the work is spread out. Group objects are built
   * on request (`groups`, `groupsForFile`, `groupsAt`) and kept until their component changes.
   */
  settle(): void {
    this.finishUpsert();
    this.refresh();
  }

  /** Work done so far (list entries read, pairwise tests), for tests and benchmarks. */
  stats(): LinkStats {
    return { scanned: this.counters.scanned, comparisons: this.counters.comparisons + this.graph.comparisons };
  }

  private addQuote(rec: FileRecord, node: QuoteNode): void {
    this.graph.addNode(node.id);
    this.quotes.set(node.id, node);
    this.linkNode(node.id);
    for (const k of nodeKeys(node)) this.quoteIndex.add(k, node.id);
    rec.quotes.push(node);
    if (mayBeShort(node)) rec.shortQuotes.push(node);
  }

  private addNumber(rec: FileRecord, node: NumberNode): void {
    this.graph.addNode(node.id);
    this.numbers.set(node.id, node);
    this.linkNumber(node, rec);
    this.numberLinks.file(node);
    rec.numbers.push(node);
  }

  /**
   * Tests a new claim against its candidates. Quotes skip candidates of components they have
   * already joined (a quote in thousands of files stores one link per copy); numbers keep every
   * link, whose strengths split implausibly wide groups (see `refineComponent`).
   */
  private linkNode(id: number): void {
    const n = this.numbers.get(id);
    if (n) {
      const rec = this.byId.get(n.fileId);
      if (rec) this.linkNumber(n, rec);
      return;
    }
    for (const other of this.candidates(id)) {
      if (other === id || this.graph.connected(id, other)) continue;
      this.counters.comparisons++;
      if (this.linked(id, other)) this.graph.link(id, other);
    }
  }

  private linkNumber(n: NumberNode, rec: FileRecord): void {
    const related = rec.related;
    const graph = this.graph;
    const numbers = this.numbers;
    this.numberLinks.forEach(n, this.nearbyNumbers(rec), (id) => {
      // Already connected: the link would change no group unless the component is split or
      // refined, so its test waits until then (see `LinkGraph.deferIfConnected`); the stored links read
      // then are exactly those testing every candidate now would have stored.
      if (graph.deferIfConnected(n.id, id)) return;
      const m = numbers.get(id);
      if (!m) return;
      this.counters.comparisons++;
      if (numbersLinked(n, m, related.has(m.fileId))) graph.link(n.id, m.id);
    });
  }

  /** The numbers of a file, then of the files sharing passages with it. */
  private *nearbyNumbers(rec: FileRecord): Iterable<readonly NumberNode[]> {
    for (const r of this.nearbyFiles(rec.id)) yield r.numbers;
  }

  /** Claims that may link with `id`, read from the inverted lists (bounded). */
  private candidates(id: number): Iterable<number> {
    const q = this.quotes.get(id);
    if (q) {
      const out = scanKeys(this.quoteIndex, nodeKeys(q), this.counters);
      this.addNearbyQuotes(q, out);
      return out;
    }
    const n = this.numbers.get(id);
    const rec = n && this.byId.get(n.fileId);
    if (!n || !rec) return [];
    const out: number[] = [];
    this.numberLinks.forEach(n, this.nearbyNumbers(rec), (id) => out.push(id));
    return out;
  }

  /** The file of a claim, then the files sharing passages with it. */
  private *nearbyFiles(fileId: number): Iterable<FileRecord> {
    const rec = this.byId.get(fileId);
    if (!rec) return;
    yield rec;
    for (const id of rec.related.keys()) {
      const other = this.byId.get(id);
      if (other) yield other;
    }
  }

  /**
   * Short fragments link without a shared speaker only in their own article or between syndicated
   * copies, as the same words or inside a longer quote: look there (both ways, so links stay symmetric).
   */
  private addNearbyQuotes(q: QuoteNode, out: Set<number>): void {
    const short = mayBeShort(q);
    for (const rec of this.nearbyFiles(q.fileId)) {
      for (const other of short ? rec.quotes : rec.shortQuotes) {
        this.counters.scanned++;
        if (other.seq === q.seq || containsRange(other.sig, other.runAt, other.shinglesAt, q.sig, q.runAt, q.shinglesAt)
          || containsRange(q.sig, q.runAt, q.shinglesAt, other.sig, other.runAt, other.shinglesAt)) out.add(other.id);
      }
    }
  }

  private linked(a: number, b: number): boolean {
    const qa = this.quotes.get(a);
    if (qa) {
      const qb = this.quotes.get(b);
      return qb !== undefined && quotesLinked(qa, qb, this.related(qa.fileId, qb.fileId));
    }
    const na = this.numbers.get(a);
    const nb = this.numbers.get(b);
    return na !== undefined && nb !== undefined && numbersLinked(na, nb, this.related(na.fileId, nb.fileId));
  }

  private related(fileA: number, fileB: number): boolean {
    return this.byId.get(fileA)?.related.has(fileB) ?? false;
  }

  private forgetNode(id: number): void {
    this.graph.removeNode(id);
  }

  /** Applies pending graph changes and forgets the group objects of components that changed. */
  private refresh(): void {
    if (this.cache.apply(this.graph.flush(this.relinker))) this.sorted = null;
  }

  private groupsOfNodes(ids: readonly number[]): ClaimGroup[] {
    this.refresh();
    const out = new Set<ClaimGroup>();
    for (const id of ids) {
      const c = this.graph.componentOf(id);
      const g = c ? this.cache.groupOf(c, id) : undefined;
      if (g) out.add(g);
    }
    return sortGroups([...out]);
  }

  /** The pass `buildGroupsStep` resumes (null: none under way). */
  private groupSteps: Iterator<void> | null = null;

  /**
   * Works towards `groups()` for about `budgetMs` ms, so a caller on a UI thread can spread the
   * final build over short slices: builds pending components, then sorts the groups (a merge sort
   * paused every few thousand items). True once the sorted list is ready, so `groups()` and
   * `report()` return at once. Changes between steps are caught: the pass re-checks before it ends.
   */
  buildGroupsStep(budgetMs: number): boolean {
    this.finishUpsert();
    const deadline = Date.now() + budgetMs;
    const pass = function* (this: ClaimIndex): Generator<void, void> {
      for (;;) {
        this.refresh();
        // One component at a time, a large one in steps (see `componentSteps`).
        yield* this.cache.buildMissing((c) => this.builder.steps(c));
        this.refresh();
        // Any change from here on bumps `mutations`: the sorted list is then not this state's.
        const at = this.mutations;
        const all = yield* this.cache.allInSteps();
        if (!all) continue; // changed meanwhile: build what is missing again
        const src = yield* sortKeyedInSteps(all);
        this.refresh();
        if (this.mutations === at) {
          this.sorted = src.map((k) => k.g);
          return;
        }
      }
    };
    for (;;) {
      if (this.sorted) {
        this.groupSteps = null;
        return true;
      }
      this.groupSteps ??= pass.call(this);
      if (this.groupSteps.next().done) this.groupSteps = null;
      else if (Date.now() >= deadline) return false;
    }
  }
}

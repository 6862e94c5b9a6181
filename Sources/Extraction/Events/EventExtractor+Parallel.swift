import Dispatch
import EventModel
import Foundation

extension EventExtractor {
    /// Articles gathered before a batch is shared out among the workers: enough to keep every
    /// core busy, few enough that memory stays flat however large the input is.
    static let batchArticles = 512

    /// Extracts the events of every article of `source` on several threads, streaming.
    ///
    /// The caller's thread reads articles in batches; each batch is shared out among `workers`
    /// threads article by article (no shared mutable state: each article writes its own result
    /// slot), and results are handed to `body` in input order on the caller's thread. At most two
    /// batches of articles and results are held in memory at a time (one worked on while the other
    /// is read or handed out).
    ///
    /// ```swift
    /// let problems = extractor.events(from: ArticleSource(inputs: ["reports/"])) { article, events, warnings in
    ///     all += events
    /// }
    /// ```
    /// - Parameters:
    ///   - source: where the articles come from.
    ///   - workers: 1 runs every article on the caller's thread; more lets Dispatch spread each
    ///     batch over the active cores (the default: the active processor count).
    ///   - body: called once per article, in input order, with its events and warnings.
    /// - Returns: the problems met while reading (as ``ArticleSource/forEachArticle(_:)`` returns them).
    @discardableResult
    public func events(from source: ArticleSource, workers: Int = ProcessInfo.processInfo.activeProcessorCount,
                       _ body: (_ article: Article, _ events: [Event], _ warnings: [String]) -> Void) -> [ReadProblem] {
        inBatches(from: source, workers: workers, { events(in: $0) }) { article, r in body(article, r.events, r.warnings) }
    }

    /// Every place mention of every article of `source`, found on several threads and handed to
    /// `body` in input order (as ``events(from:workers:_:)`` does for events).
    /// - Parameters:
    ///   - source: where the articles come from.
    ///   - workers: threads to share each batch over (1: the caller's thread only).
    ///   - body: called once per article, in input order, with its mentions (see ``places(in:)``).
    /// - Returns: the problems met while reading.
    @discardableResult
    public func places(from source: ArticleSource, workers: Int = ProcessInfo.processInfo.activeProcessorCount,
                       _ body: (_ article: Article, _ mentions: [PlaceMention]) -> Void) -> [ReadProblem] {
        inBatches(from: source, workers: workers, { places(in: $0) }, body)
    }

    /// Reads `source` in batches, runs `work` on each article of a batch over the cores and hands
    /// the results to `body` in input order on the caller's thread.
    ///
    /// With several workers the batches overlap: while one batch is worked on, the caller's thread
    /// hands out the previous batch's results and reads the next batch, so reading and `body` do not
    /// leave the cores idle. At most two batches are held at a time.
    private func inBatches<R>(from source: ArticleSource, workers: Int, _ work: @escaping @Sendable (Article) -> R,
                              _ body: (Article, R) -> Void) -> [ReadProblem] {
        var batch: [Article] = []
        batch.reserveCapacity(Self.batchArticles)
        var running: RunningBatch<R>? = nil
        /// Waits for the batch being worked on and hands out its results.
        func deliver(_ r: RunningBatch<R>) {
            r.done.wait()
            for (article, result) in zip(r.articles, r.results) { body(article, result) }
        }
        func flush() {
            if workers > 1 {
                let next = RunningBatch(batch, workers: workers, work)
                if let r = running { deliver(r) }
                running = next
                batch = []
                batch.reserveCapacity(Self.batchArticles)
            } else {
                for article in batch { body(article, work(article)) }
                batch.removeAll(keepingCapacity: true)
            }
        }
        let problems = source.forEachArticle { article in
            batch.append(article)
            if batch.count == Self.batchArticles { flush() }
        }
        if !batch.isEmpty { flush() }
        if let r = running { deliver(r) }
        return problems
    }

    /// `work` applied to each article, results in order; spread over the cores when `workers > 1`.
    fileprivate static func map<R>(_ articles: [Article], workers: Int, _ work: @Sendable (Article) -> R) -> [R] {
        guard workers > 1, articles.count > 1 else { return articles.map(work) }
        let slots = UnsafeMutableBufferPointer<R>.allocate(capacity: articles.count)
        defer { slots.deinitialize().deallocate() }
        nonisolated(unsafe) let out = slots
        // contiguous runs of articles per task: few hand-overs, no two tasks share a slot
        let tasks = min(articles.count, workers * 8)
        DispatchQueue.concurrentPerform(iterations: tasks) { t in
            let lo = articles.count * t / tasks, hi = articles.count * (t + 1) / tasks
            for i in lo..<hi { (out.baseAddress! + i).initialize(to: work(articles[i])) }
        }
        return Array(slots)
    }
}

/// One batch of articles being worked on in the background (see `inBatches`): its articles, the
/// results once `done` has been signalled, and the group to wait on. The results are written once
/// by the batch's task and read by the caller's thread only after waiting on `done`.
private final class RunningBatch<R>: @unchecked Sendable {
    let articles: [Article]
    private(set) var results: [R] = []
    let done = DispatchGroup()

    /// Starts `work` on every article of `articles`, spread over `workers` threads.
    init(_ articles: [Article], workers: Int, _ work: @escaping @Sendable (Article) -> R) {
        self.articles = articles
        DispatchQueue.global().async(group: done) {
            self.results = EventExtractor.map(articles, workers: workers, work)
        }
    }
}

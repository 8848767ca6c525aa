import CCHCCore
import Foundation

/// The whole pipeline: Load → Decode → Route → Render → Assemble (CCHCCore), then
/// Emit → Write. Every problem is collected; nothing is written when there is an error.
public struct SiteBuilder {
  /// Build options (content folder, base URL, drafts, now).
  public var options: BuildOptions
  /// The theme folder.
  public var themeDirectory: String
  /// The output folder.
  public var outputDirectory: String
  /// Render pages in two processes when the machine has several cores (`ProcessSplit`).
  /// Only for a command-line build: a process that runs other threads (the preview server,
  /// tests) keeps rendering on its own threads.
  public var splitProcesses = false
  /// Work kept from earlier builds of this process (the preview server); nil: build from scratch.
  public var memo: BuildMemo?

  /// Creates a builder.
  public init(options: BuildOptions, themeDirectory: String, outputDirectory: String) {
    self.options = options
    self.themeDirectory = themeDirectory
    self.outputDirectory = outputDirectory
  }

  /// What a successful build did.
  public struct Report: Sendable {
    /// Warnings found.
    public var warnings: [ContentError]
    /// Number of files written.
    public var fileCount: Int
    /// Number of HTML pages written.
    public var pageCount: Int
    /// Files whose bytes changed (the others were left alone).
    public var changedCount: Int
  }

  /// Builds the site in memory: the files to write, or the failure with every problem.
  public func files() -> Result<([OutputFile], Diagnostics), BuildFailure> {
    files(cache: nil).map { ($0.0, $0.1) }
  }

  /// Builds in memory, reusing the pages of `cache` whose inputs did not change; also returns
  /// the fingerprints to save once the files are written.
  func files(cache: PageCache?) -> Result<([OutputFile], Diagnostics, [String: PageCache.Entry]), BuildFailure> {
    var options = self.options
    options.memo = memo?.content
    var (site, diagnostics) = ContentPipeline.run(options)
    let overrides = ContentLoader(contentDirectory: options.contentDirectory).path("giao-dien")
    let theme = options.timings.measure("Theme") {
      Theme.load(themeDirectory: themeDirectory,
                 overrideDirectory: FileManager.default.fileExists(atPath: overrides) ? overrides : nil,
                 diagnostics: &diagnostics)
    }
    guard let site, !diagnostics.hasErrors else { return .failure(BuildFailure(diagnostics)) }
    var emitter = SiteEmitter(site: site, theme: theme, contentDirectory: options.contentDirectory, timings: options.timings)
    emitter.cache = cache
    emitter.memo = memo
    emitter.splitProcesses = splitProcesses && ParallelMap.isParallel && ProcessInfo.processInfo.activeProcessorCount > 1
    let files = emitter.emit(diagnostics: &diagnostics)
    if diagnostics.hasErrors { return .failure(BuildFailure(diagnostics)) }
    return .success((files, diagnostics, emitter.fingerprints))
  }

  /// Everything `build` validates, plus the stricter checks (`ContentPipeline.strictCodes`),
  /// without writing anything.
  public func check() -> Diagnostics {
    switch files() {
    case .success(let (_, diagnostics)): return diagnostics.promoting(ContentPipeline.strictCodes)
    case .failure(let failure): return failure.diagnostics.promoting(ContentPipeline.strictCodes)
    }
  }

  /// Builds and writes the site; throws `BuildFailure` with every problem, leaving the output untouched.
  public func build() throws -> Report {
    let cache = options.timings.measure("Bộ nhớ đệm trang: đọc") { PageCache.load(outputDirectory: outputDirectory) }
    let (files, diagnostics, fingerprints) = try files(cache: cache).get()
    let summary: SiteWriter.Summary
    do {
      summary = try options.timings.measure("Write") { try SiteWriter(outputDirectory: outputDirectory).write(files) }
    } catch {
      var failure = diagnostics
      failure.error(outputDirectory, 0, "write-failed", "không ghi được thư mục kết quả: \(error.localizedDescription)")
      throw BuildFailure(failure)
    }
    options.timings.measure("Bộ nhớ đệm trang: ghi") { PageCache.save(fingerprints, outputDirectory: outputDirectory) }
    return Report(warnings: diagnostics.warnings, fileCount: files.count,
                  pageCount: files.filter { $0.path.hasSuffix(".html") }.count, changedCount: summary.written + summary.removed)
  }
}

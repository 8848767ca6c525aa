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
  /// Work kept from earlier builds of this process (the preview server); nil: build from scratch.
  public var memo: BuildMemo?
  /// Whether an edit of article text may be rebuilt quickly (`QuickRebuild`); false makes
  /// every page again (`cchc build --full`).
  public var allowsQuickRebuild = true

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
    /// What was left unpublished and why (drafts, scheduled articles).
    public var notices: [ContentError]
    /// Number of files written.
    public var fileCount: Int
    /// Number of HTML pages written.
    public var pageCount: Int
    /// Files written because they are new or their bytes changed (the others were left alone).
    public var writtenCount: Int
    /// Files of the previous output removed because the site no longer has them.
    public var removedCount: Int
    /// Articles rebuilt by the quick path (`QuickRebuild`); nil after a full build.
    public var quickEdits: Int? = nil
  }

  /// Builds the site in memory: the files to write, or the failure with every problem.
  public func files() -> Result<([OutputFile], Diagnostics), BuildFailure> {
    files(cache: nil).map { ($0.files, $0.diagnostics) }
  }

  /// A site built in memory, with what the build state keeps of it.
  struct Built {
    var files: [OutputFile]
    var diagnostics: Diagnostics
    /// Page-cache entries of the pages, to save once they are written.
    var fingerprints: [String: PageCache.Entry]
    var site: Site
    var record: SiteEmitter.Record
  }

  /// Builds in memory, reusing the pages of `cache` whose inputs did not change.
  func files(cache: PageCache?) -> Result<Built, BuildFailure> {
    var options = self.options
    options.memo = memo?.content
    var (site, diagnostics) = ContentPipeline.run(options)
    let theme = options.timings.measure("Theme") {
      Theme.load(themeDirectory: themeDirectory, contentDirectory: options.contentDirectory, diagnostics: &diagnostics)
    }
    guard let site, !diagnostics.hasErrors else { return .failure(BuildFailure(diagnostics)) }
    var emitter = SiteEmitter(site: site, theme: theme, contentDirectory: options.contentDirectory, timings: options.timings)
    emitter.cache = cache
    emitter.memo = memo
    let files = emitter.emit(diagnostics: &diagnostics)
    if diagnostics.hasErrors { return .failure(BuildFailure(diagnostics)) }
    return .success(
      Built(
        files: files, diagnostics: diagnostics, fingerprints: emitter.fingerprints, site: site,
        record: emitter.record))
  }

  /// Everything `build` validates, plus the stricter checks (`ContentPipeline.strictCodes`),
  /// without writing anything.
  public func check() -> Diagnostics {
    checkedSite().diagnostics
  }

  /// `check`'s problems, and the site when it has no errors.
  public func checkedSite() -> (diagnostics: Diagnostics, site: Site?) {
    switch files(cache: nil) {
    case .success(let built): return (built.diagnostics.promoting(ContentPipeline.strictCodes), built.site)
    case .failure(let failure): return (failure.diagnostics.promoting(ContentPipeline.strictCodes), nil)
    }
  }

  /// Builds and writes the site; throws `BuildFailure` with every problem, leaving the output
  /// untouched. After an edit of article text only, only what depends on it is made again
  /// (`QuickRebuild`); otherwise every page whose data changed.
  public func build() throws -> Report {
    let timings = options.timings
    let (contentDirectory, themeDirectory) = (options.contentDirectory, self.themeDirectory)
    // Two independent reads: every source file's signature, and the last build's state.
    let (sources, state) = Concurrently.run(
      {
        timings.measure("Tệp nguồn: kích thước, thời điểm sửa") {
          SourceSnapshot.take(contentDirectory: contentDirectory, themeDirectory: themeDirectory)
        }
      },
      and: {
        timings.measure("Trạng thái bản dựng: đọc") {
          memo?.state(of: outputDirectory) ?? BuildState.load(outputDirectory: outputDirectory)
        }
      })
    if let state, allowsQuickRebuild {
      let quick = QuickRebuild(
        options: options, themeDirectory: themeDirectory, outputDirectory: outputDirectory,
        settings: settings, state: state, snapshot: sources)
      if let (report, next) = try timings.measure("Dựng nhanh", { try quick.run() }) {
        if let next { keep(next) }
        return report
      }
    }
    let built = try files(cache: PageCache.load(outputDirectory: outputDirectory, state: state)).get()
    BuildState.remove(outputDirectory: outputDirectory)
    memo?.keep(nil, of: outputDirectory)
    let summary = try Self.write(into: outputDirectory, timings: timings, problems: built.diagnostics) { writer in
      try writer.write(built.files)
    }
    let warnings = built.diagnostics.sorted.filter { $0.severity != .error }
    keep(
      BuildState(
        settings: settings, sources: sources.settled, site: built.site, emitted: built.record,
        files: built.files, pages: built.fingerprints, warnings: warnings))
    return Report(
      warnings: warnings.filter { $0.severity == .warning }, notices: warnings.filter { $0.severity == .notice },
      fileCount: built.files.count,
      pageCount: built.files.filter { $0.path.hasSuffix(".html") }.count, writtenCount: summary.written,
      removedCount: summary.removed)
  }

  /// Keeps the state of the output just written for the next build: in the memo of this
  /// process (the preview server), else in the file beside the output.
  func keep(_ state: BuildState) {
    if let memo {
      memo.keep(state, of: outputDirectory)
    } else {
      options.timings.measure("Trạng thái bản dựng: ghi") { state.save(outputDirectory: outputDirectory) }
    }
  }

  /// Runs the Write stage; a failure is reported with the build's other problems, as an error
  /// on the output folder.
  static func write(
    into outputDirectory: String, timings: StageTimings, problems: Diagnostics,
    _ work: (SiteWriter) throws -> SiteWriter.Summary
  ) throws -> SiteWriter.Summary {
    do {
      return try timings.measure("Write") { try work(SiteWriter(outputDirectory: outputDirectory)) }
    } catch {
      var failure = problems
      failure.error(outputDirectory, 0, "write-failed", "không ghi được thư mục kết quả: \(error.localizedDescription)")
      throw BuildFailure(failure)
    }
  }

  /// What the build state must match to be used by a quick rebuild: the folders, the base
  /// URL, drafts and preview.
  var settings: String {
    [
      options.contentDirectory, themeDirectory, outputDirectory, options.baseURLOverride ?? "-",
      options.includeDrafts ? "drafts" : "published", options.preview ? "preview" : "site",
    ].joined(separator: "\u{0}")
  }
}

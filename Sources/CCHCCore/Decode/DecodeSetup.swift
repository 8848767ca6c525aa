/// What decoding documents needs from the site: `site.yml` decoded (with the command line's
/// base URL and its default picture checked), the resolver of `tep/` files and the decoder.
public struct DecodeSetup: Sendable {
  /// The site's settings (a placeholder when `site.yml` is missing or invalid).
  public var config: SiteConfig
  /// Finds `tep/` files named by documents.
  public var resolver: ReferenceResolver
  /// Decodes documents against `config`.
  public var decoder: DocumentDecoder

  /// Decodes `siteFile` (nil when missing; `placeholder` names it in messages).
  public init(
    siteFile: SourceFile?, placeholder: SourceFile, staticFiles: [StaticFile], baseURLOverride: String?,
    diagnostics: inout Diagnostics
  ) {
    let decoded = siteFile.flatMap { SiteDecoder.decode($0, diagnostics: &diagnostics) }
    var config = decoded ?? .placeholder
    if let override = baseURLOverride {
      if let base = BaseURL(override) {
        config.baseURL = base
      } else {
        diagnostics.error(
          "--base-url", 0, "invalid-base-url",
          "--base-url \"\(override)\" phải là địa chỉ tuyệt đối bắt đầu bằng http:// hoặc https://")
      }
    }
    let resolver = ReferenceResolver(files: Set(staticFiles.map(\.relativePath)))
    if let image = config.defaultImage {
      let file = siteFile ?? placeholder
      let source = SourceRef(relativePath: "site.yml", displayPath: file.displayPath, bodyLine: 0)
      config.defaultImage = resolver.check(
        image, key: "anh_mac_dinh", from: source, line: Self.lineOfKey("anh_mac_dinh", in: file),
        diagnostics: &diagnostics)
    }
    self.config = config
    self.resolver = resolver
    decoder = DocumentDecoder(site: config, resolver: resolver, checksCategories: decoded != nil)
  }

  /// The line of a top-level key in a YAML file, found by text.
  static func lineOfKey(_ key: String, in file: SourceFile) -> Int {
    for (index, line) in file.frontMatter.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
    where line.hasPrefix(key + ":") {
      return file.frontMatterLine + index
    }
    return 1
  }
}

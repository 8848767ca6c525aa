import CCHCCore

/// What one source says of one procedure: only the facts it carries (nil or empty = not
/// carried, and then never written), and what the announcement does with it.
public struct ImportedProcedure: Sendable, Equatable {
  /// What an announcement list does with a procedure.
  public enum Change: String, Sendable {
    case new = "moi_ban_hanh"
    case amended = "sua_doi"
    case replaced = "thay_the"
    case abolished = "bai_bo"
  }

  public var code: String
  public var name: String?
  public var field: String?
  public var levels: [String] = []
  public var agency: String?
  public var subjects: [String] = []
  public var ways: [FilingWay] = []
  public var deadline: String?
  public var fees: [String] = []
  public var results: [String] = []
  public var legalBasis: [LegalDocument] = []
  public var onlineLevel: String?
  public var acceptedAnywhere: Bool?
  public var ministryDecision: String?
  /// The Markdown body (steps, documents, requirements), when the source has them.
  public var body: String?
  /// What an announcement does, and by which decision.
  public var change: Change?
  /// Where it came from, for the report: `tệp:trang tính:dòng` or the file.
  public var origin: String
}

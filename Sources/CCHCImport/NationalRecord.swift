import Foundation

/// A procedure record as the national public-service portal serves it (`{"code":"OK","data":{…}}`).
/// Every field is optional: records come with fields empty, missing or in other combinations.
struct NationalRecord: Decodable {
  struct Named: Decodable {
    var name: String?
    var code: String?
  }

  struct Step: Decodable {
    var name: String?
    var description: String?
  }

  struct Fee: Decodable {
    var type: String?
    var value: Double?
    var description: String?
    var currencyName: String?
  }

  struct Method: Decodable {
    var submissionMethod: String?
    var processingTime: Double?
    var processingTimeUnit: String?
    var description: String?
    var fees: [Fee]?
  }

  struct Component: Decodable {
    var name: String?
    var originalQty: Int?
    var copyQty: Int?
  }

  struct Case: Decodable {
    var name: String?
    var profileComponents: [Component]?
  }

  /// A sub-case with its own code and processing time (`1.001193.01`).
  struct SubCase: Decodable {
    struct Days: Decodable {
      var qty: Double?
      var type: String?
    }
    var code: String?
    var name: String?
    var processingDay: Days?
  }

  struct Proposal: Decodable {
    var proposalNumber: String?
  }

  var code: String?
  var name: String?
  var executionSteps: [Step]?
  var executionMethods: [Method]?
  var executionCases: [Case]?
  var cases: [SubCase]?
  var legalBasisesDetails: [Named]?
  var resultsDetails: [Named]?
  var subjectTypesDetails: [Named]?
  var categoriesDetails: [Named]?
  var unitGroupsExecuting: [Named]?
  var departmentsExecuting: [Named]?
  var executingAgencies: String?
  var requirementsAndConditions: String?
  var isWard: Bool?
  var isProvince: Bool?
  var isMinistry: Bool?
  var isNonTerritorial: Bool?
  var procedureProposal: Proposal?
  var description: String?

  /// The envelope the portal wraps a record in.
  struct Envelope: Decodable {
    var data: NationalRecord?
  }

  /// The records a file holds: one record, an array of records, or either wrapped in the
  /// portal's envelope. Nil when the JSON holds no procedure record (no procedure code; the
  /// envelope's own `"code":"OK"` is not one).
  static func records(in data: Data) -> [NationalRecord]? {
    let decoder = JSONDecoder()
    let candidates: [[NationalRecord]?] = [
      (try? decoder.decode(Envelope.self, from: data)).flatMap { $0.data.map { [$0] } },
      try? decoder.decode([Envelope].self, from: data).compactMap(\.data),
      (try? decoder.decode(NationalRecord.self, from: data)).map { [$0] },
      try? decoder.decode([NationalRecord].self, from: data),
    ]
    for case let records? in candidates
    where !records.isEmpty && records.allSatisfy({ AnnouncementTable.code($0.code ?? "") != nil }) {
      return records
    }
    return nil
  }
}

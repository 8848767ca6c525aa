import Foundation

/// Page data that the build state keeps as JSON for a quick rebuild, which makes the page
/// again without reading what the data came from (`HomeExtras`, `DeskExtras`).
protocol KeptInState: Codable {}

extension KeptInState {
  /// As the build state keeps it: JSON with sorted keys.
  var encoded: [UInt8] {
    let encoder = JSONEncoder()
    encoder.outputFormatting = .sortedKeys
    return (try? encoder.encode(self)).map(Array.init) ?? []
  }

  /// What `encoded` kept; nil when the bytes are not such JSON.
  static func decoded(_ bytes: [UInt8]) -> Self? {
    try? JSONDecoder().decode(Self.self, from: Data(bytes))
  }
}

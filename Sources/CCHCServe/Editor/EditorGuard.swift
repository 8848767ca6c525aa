import Foundation
import HTTPTypes
import Hummingbird

/// Who may use the editor and which requests may write. The editor listens on loopback
/// unless told otherwise; on another address every editor request needs the access token
/// printed in the terminal (kept in a cookie after the first visit). Every write is a POST
/// from a page of the editor itself: same origin, the session's cookie and its CSRF token.
actor EditorGuard {
  /// The token a non-loopback address requires; nil on loopback.
  nonisolated let accessToken: String?
  /// CSRF token of each session, by session cookie.
  private var sessions: [String: String] = [:]
  /// Session cookies, oldest first: past `sessionLimit` the oldest session ends.
  private var opened: [String] = []
  static let sessionLimit = 500

  static let sessionCookie = "cchc_phien"
  static let accessCookie = "cchc_ma"

  init(host: String) {
    accessToken = Self.isLoopback(host) ? nil : Self.randomToken()
  }

  /// Whether an address to listen on is loopback.
  static func isLoopback(_ host: String) -> Bool {
    host == "localhost" || host == "::1" || host.hasPrefix("127.")
  }

  /// 32 random bytes as hexadecimal (the system's cryptographic generator).
  static func randomToken() -> String {
    var generator = SystemRandomNumberGenerator()
    return (0..<4).map { _ in String(format: "%016llx", generator.next() as UInt64) }.joined()
  }

  /// Compares two secrets in time independent of where they differ.
  static func same(_ a: String, _ b: String) -> Bool {
    let x = Array(a.utf8)
    let y = Array(b.utf8)
    guard x.count == y.count else { return false }
    return zip(x, y).reduce(0) { $0 | ($1.0 ^ $1.1) } == 0
  }

  /// A cookie of the request.
  static func cookie(_ name: String, in request: Request) -> String? {
    for header in request.headers[values: .cookie] {
      for part in header.split(separator: ";") {
        let pair = part.trimmingCharacters(in: .whitespaces)
        if pair.hasPrefix(name + "=") { return String(pair.dropFirst(name.count + 1)) }
      }
    }
    return nil
  }

  /// The host the request names (`Host`), which must be the address the editor listens on:
  /// a page of another site cannot reach the editor through a name that points at this machine.
  nonisolated func hostAllowed(_ request: Request, port: Int) -> Bool {
    guard let host = request.head.authority else { return false }
    if accessToken != nil { return true }
    return ["127.0.0.1:\(port)", "localhost:\(port)", "[::1]:\(port)"].contains(host.lowercased())
  }

  /// Whether the request carries the access token (cookie or `ma` in the query); always true on loopback.
  nonisolated func hasAccess(_ request: Request) -> Bool {
    guard let accessToken else { return true }
    if let cookie = Self.cookie(Self.accessCookie, in: request), Self.same(cookie, accessToken) { return true }
    if let given = request.uri.queryParameters.get("ma"), Self.same(given, accessToken) { return true }
    return false
  }

  /// The session of a request and its CSRF token; a new session when it has none.
  func session(of request: Request) -> (id: String, csrf: String, isNew: Bool) {
    if let id = Self.cookie(Self.sessionCookie, in: request), let csrf = sessions[id] { return (id, csrf, false) }
    let id = Self.randomToken()
    let csrf = Self.randomToken()
    sessions[id] = csrf
    opened.append(id)
    if opened.count > Self.sessionLimit { sessions[opened.removeFirst()] = nil }
    return (id, csrf, true)
  }

  /// Why a write must be refused; nil when it comes from a page of the editor in this session.
  func refusal(of request: Request, csrf given: String?) -> String? {
    guard request.method == .post else { return "chỉ nhận yêu cầu ghi bằng POST" }
    guard let host = request.head.authority else { return "yêu cầu không có Host" }
    let origin = request.headers[.origin] ?? request.headers[.referer].flatMap(Self.origin(ofURL:))
    guard let origin, origin == "http://" + host else {
      return "yêu cầu ghi không đến từ trang soạn thảo (khác nguồn gốc)"
    }
    guard let id = Self.cookie(Self.sessionCookie, in: request), let csrf = sessions[id] else {
      return "phiên soạn thảo đã hết hạn; hãy tải lại trang"
    }
    guard let given, Self.same(given, csrf) else { return "mã chống giả mạo (CSRF) không đúng; hãy tải lại trang" }
    return nil
  }

  /// `http://host:port` of a URL.
  static func origin(ofURL url: String) -> String? {
    guard let components = URLComponents(string: url), let scheme = components.scheme, let host = components.host else { return nil }
    return "\(scheme)://\(host)" + (components.port.map { ":\($0)" } ?? "")
  }

  /// The headers that set the session cookie (and the access cookie off loopback).
  nonisolated func cookieHeaders(session: String) -> [String] {
    var cookies = ["\(Self.sessionCookie)=\(session); Path=/__cchc/; HttpOnly; SameSite=Strict"]
    if let accessToken { cookies.append("\(Self.accessCookie)=\(accessToken); Path=/; HttpOnly; SameSite=Strict") }
    return cookies
  }
}

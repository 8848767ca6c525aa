import CCHCCore
import Foundation

/// Open Graph, Twitter card and JSON-LD data of a page, for link previews on Zalo and
/// Facebook and for search engines.
public struct ShareInfo {
  /// `website` or `article`.
  public var type = "website"
  /// A content file (`tep/…`) or absolute URL of the page's own picture.
  public var image: String?
  /// Text describing the picture.
  public var imageAlt: String?
  /// Publication time (articles).
  public var published: ContentDate?
  /// Section (the article's first category).
  public var section: String?
  /// Schema.org object for the page, serialised into a JSON-LD block.
  public var jsonLD: [String: JSONValue]?

  /// Creates share data.
  public init(
    type: String = "website", image: String? = nil, imageAlt: String? = nil, published: ContentDate? = nil,
    section: String? = nil, jsonLD: [String: JSONValue]? = nil
  ) {
    self.type = type
    self.image = image
    self.imageAlt = imageAlt
    self.published = published
    self.section = section
    self.jsonLD = jsonLD
  }
}

extension ContextBuilder {
  /// The `share` block of a page: absolute picture with its size, Open Graph fields, JSON-LD text.
  func shareContext(_ share: ShareInfo, title: String, description: String, canonical: String) -> ShareData {
    let image =
      share.image.map { (url: fileURL($0), size: imageSizes[$0], alt: share.imageAlt ?? title) }
      ?? shared.defaultShareImage
    return ShareData(
      type: share.type, title: title, description: description, url: canonical,
      facebookURL: ShareLinks.facebook(canonical), zaloURL: ShareLinks.zalo(canonical),
      image: image.map { ShareImage(url: absoluteURL($0.url), alt: $0.alt, width: $0.size?.width, height: $0.size?.height) },
      publishedTime: share.published.map(dates.iso), section: share.section,
      jsonLD: share.jsonLD.map { JSONLD.serialize(.object($0)) })
  }

  /// The `<meta>` tags (Open Graph, Twitter card, article) and the JSON-LD script of a
  /// page's `share` data, one per line, for `{{{share.meta_html}}}` in `<head>`. These tags
  /// are what Facebook's and Zalo's link previews read, so cchc writes them (every value
  /// escaped) and themes place them; the same data stays in the other `share` keys. Written
  /// here rather than in the template: a page's 20 template lookups for them were a fifth of
  /// the time an article page takes to render.
  static func metaHTML(_ share: ShareData) -> String {
    var html = ""
    html.reserveCapacity(2048)
    func line(_ text: String) {
      if !html.isEmpty { html += "\n" }
      html += text
    }
    func meta(_ property: String, _ value: String?, name attribute: String = "property") {
      guard let value else { return }
      line("<meta ")
      html += attribute
      html += "=\""
      html += property
      html += "\" content=\""
      html += Escape.html(value)
      html += "\">"
    }
    meta("og:type", share.type)
    meta("og:title", share.title)
    meta("og:description", share.description)
    meta("og:url", share.url)
    if let image = share.image {
      meta("og:image", image.url)
      meta("og:image:width", image.width.map(String.init))
      meta("og:image:height", image.height.map(String.init))
      meta("og:image:alt", image.alt)
      meta("twitter:card", "summary_large_image", name: "name")
    }
    meta("article:published_time", share.publishedTime)
    meta("article:section", share.section)
    if let jsonLD = share.jsonLD {
      line("<script type=\"application/ld+json\">")
      html += jsonLD
      html += "</script>"
    }
    return html
  }

  /// The share picture of pages without their own: `anh_mac_dinh` of `site.yml`, else the
  /// theme's `chia-se.png` (made once, in `sharedParts`).
  func defaultShareImage() -> (url: String, size: (width: Int, height: Int)?, alt: String)? {
    let alt = "\(config.sectionTitle) – \(config.unitName)"
    return config.defaultImage.map { (fileURL($0), imageSizes[$0], alt) } ?? assetURLs["chia-se.png"].map { ($0, defaultImageSize, alt) }
  }

  /// Makes a root-relative URL absolute with the site's origin.
  func absoluteURL(_ url: String) -> String {
    url.hasPrefix("/") ? routes.base.origin + url : url
  }

  /// The publishing organisation, as schema.org data (made once, in `sharedParts`).
  func organization() -> [String: JSONValue] {
    shared.organization
  }

  /// `organization()`, made from the site's settings.
  func makeOrganization() -> [String: JSONValue] {
    var org: [String: JSONValue] = [
      "@type": "GovernmentOrganization", "name": .string(config.unitName), "url": .string(routes.absolute("")),
    ]
    if let address = config.address { org["address"] = .string(address) }
    if let phone = config.phone.flatMap(PhoneNumber.init) { org["telephone"] = .string(phone.dialable) }
    if let email = config.email { org["email"] = .string(email) }
    return org
  }

  /// JSON-LD for an article page.
  func articleLD(_ article: RenderedArticle, description: String) -> [String: JSONValue] {
    let a = article.document
    var ld: [String: JSONValue] = [
      "@context": "https://schema.org", "@type": "NewsArticle", "headline": .string(a.title),
      "datePublished": .string(dates.iso(a.date)), "url": .string(routes.absolute(article.path)),
      "mainEntityOfPage": .string(routes.absolute(article.path)), "description": .string(description), "inLanguage": "vi",
      "publisher": shared.organizationJSON,
    ]
    ld["author"] = a.author.map { ["@type": "Person", "name": .string($0)] } ?? shared.organizationJSON
    if let image = a.image { ld["image"] = .string(absoluteURL(fileURL(image))) }
    let sections = categoryLinks(a.categories).map(\.name)
    if !sections.isEmpty { ld["articleSection"] = .strings(sections) }
    if !a.tags.isEmpty { ld["keywords"] = .string(a.tags.joined(separator: ", ")) }
    return ld
  }

  /// JSON-LD for a procedure page.
  func procedureLD(_ procedure: RenderedProcedure, description: String) -> [String: JSONValue] {
    let p = procedure.document
    var provider = organization()
    if let agency = p.agency { provider["department"] = ["@type": "GovernmentOrganization", "name": .string(agency)] }
    var ld: [String: JSONValue] = [
      "@context": "https://schema.org", "@type": "GovernmentService", "name": .string(p.name), "identifier": .string(p.code),
      "serviceType": .string(fieldName(p)), "provider": .object(provider), "url": .string(routes.absolute(procedure.path)),
      "description": .string(description), "inLanguage": "vi",
    ]
    if !p.subjects.isEmpty { ld["audience"] = ["@type": "Audience", "audienceType": .string(p.subjects.joined(separator: "; "))] }
    if let link = p.onlineLink, !p.status.isWithdrawn {
      ld["availableChannel"] = ["@type": "ServiceChannel", "name": "Cổng Dịch vụ công", "serviceUrl": .string(link)]
      ld["isRelatedTo"] = ["@type": "WebPage", "url": .string(link), "name": "Dịch vụ công trực tuyến: \(p.name)"]
      ld["potentialAction"] = [
        "@type": "ApplyAction", "name": "Nộp hồ sơ trực tuyến",
        "target": ["@type": "EntryPoint", "urlTemplate": .string(link)],
      ]
    }
    return ld
  }

  /// JSON-LD for a hotline page: the organisation with one contact point per line.
  func hotlineLD(_ hotline: Rendered<HotlinePage>) -> [String: JSONValue] {
    var ld = organization()
    ld["@context"] = "https://schema.org"
    ld["url"] = .string(routes.absolute(hotline.path))
    ld["contactPoint"] = .array(
      hotline.document.contacts.map { c -> JSONValue in
        var point: [String: JSONValue] = [
          "@type": "ContactPoint", "contactType": .string(c.topics ?? "Đường dây nóng"), "name": .string(c.unit),
          "availableLanguage": "vi",
        ]
        if let phone = c.phones.first { point["telephone"] = .string(phone.dialable) }
        if let email = c.email { point["email"] = .string(email) }
        if let hours = c.hours { point["hoursAvailable"] = .string(hours) }
        if let person = c.person { point["description"] = .string([c.position, person].compactMap { $0 }.joined(separator: " ")) }
        return .object(point)
      })
    return ld
  }
}

/// Serialises JSON-LD safely for a `<script type="application/ld+json">` block.
public enum JSONLD {
  /// Sorted-key JSON with `<`, `>`, `&` and line separators escaped so content can never close the script.
  public static func serialize(_ object: JSONValue) -> String {
    JSONWriter.string(object)
  }
}

/// Share links that work without JavaScript.
public enum ShareLinks {
  /// Facebook's sharer for a URL.
  public static func facebook(_ url: String) -> String {
    "https://www.facebook.com/sharer/sharer.php?u=" + encode(url)
  }

  /// Zalo's web share picker for a URL (its payload is base64 JSON `{"url": …}`).
  public static func zalo(_ url: String) -> String {
    let payload = JSONLD.serialize(["url": .string(url)])
    let token = Data(payload.utf8).base64EncodedString()
    return "https://button-share.zalo.me/share_external?layout=1&color=blue&customize=false&d=" + encode(token) + "&shareType=0"
  }

  /// Percent-encodes a query value.
  static func encode(_ value: String) -> String {
    URLSafety.percentEncode(value, keeping: URLSafety.isUnreserved)
  }
}

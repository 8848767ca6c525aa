import CCHCCore
import Foundation

/// One RSS 2.0 feed as values; `xml` writes it.
public struct RSSFeed: Sendable, Equatable {
  /// Channel title.
  public var title: String
  /// Absolute URL of the page the feed follows.
  public var link: String
  /// Channel description.
  public var description: String
  /// Path of the feed file relative to `base_url` (its `atom:link rel="self"`).
  public var path: String
  /// Items, newest first.
  public var items: [Item]

  /// One feed item.
  public struct Item: Sendable, Equatable {
    /// Item title.
    public var title: String
    /// Absolute URL; also the permanent `guid`.
    public var link: String
    /// Publication instant.
    public var published: Date
    /// Summary as text.
    public var summary: String
    /// Full HTML with absolute URLs, for `content:encoded`.
    public var contentHTML: String?
    /// Category names.
    public var categories: [String]
    /// Audio or picture attached.
    public var enclosure: Enclosure?
  }

  /// A file attached to an item.
  public struct Enclosure: Sendable, Equatable {
    /// Absolute URL.
    public var url: String
    /// Size in bytes.
    public var length: Int
    /// MIME type.
    public var type: String
  }

  /// The feed as RSS 2.0 XML; `lastBuildDate` is the newest item's date (never the build time).
  public func xml(base: BaseURL, dates: DateFormatting) -> String {
    var x = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    x += "<rss version=\"2.0\" xmlns:atom=\"http://www.w3.org/2005/Atom\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\">\n"
    x += "<channel>\n"
    x += "<title>\(Escape.xml(title))</title>\n"
    x += "<link>\(Escape.xml(link))</link>\n"
    x += "<description>\(Escape.xml(description))</description>\n"
    x += "<language>vi</language>\n"
    x += "<atom:link href=\"\(Escape.xml(base.absolute + path))\" rel=\"self\" type=\"application/rss+xml\"/>\n"
    if let newest = items.map(\.published).max() {
      x += "<lastBuildDate>\(dates.rfc822(newest))</lastBuildDate>\n"
    }
    for item in items {
      x += "<item>\n"
      x += "<title>\(Escape.xml(item.title))</title>\n"
      x += "<link>\(Escape.xml(item.link))</link>\n"
      x += "<guid isPermaLink=\"true\">\(Escape.xml(item.link))</guid>\n"
      x += "<pubDate>\(dates.rfc822(item.published))</pubDate>\n"
      // Readers treat a description as HTML: the text is HTML-escaped, then XML-escaped.
      x += "<description>\(Escape.xml(Escape.xml(item.summary)))</description>\n"
      if let html = item.contentHTML { x += "<content:encoded>\(Escape.xml(html))</content:encoded>\n" }
      for category in item.categories { x += "<category>\(Escape.xml(category))</category>\n" }
      if let e = item.enclosure {
        x += "<enclosure url=\"\(Escape.xml(e.url))\" length=\"\(e.length)\" type=\"\(Escape.xml(e.type))\"/>\n"
      }
      x += "</item>\n"
    }
    return x + "</channel>\n</rss>\n"
  }
}

extension DateFormatting {
  private static let weekdays = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
  private static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

  /// RFC 822 with English names and the site's numeric offset: `Tue, 20 Jan 2026 08:00:00 +0700`.
  public func rfc822(_ date: Date) -> String {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = timeZone
    let p = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second, .weekday], from: date)
    return "\(Self.weekdays[p.weekday! - 1]), \(pad(p.day!)) \(Self.months[p.month! - 1]) \(p.year!) "
      + "\(pad(p.hour!)):\(pad(p.minute!)):\(pad(p.second!)) \(offset(date, separator: ""))"
  }
}

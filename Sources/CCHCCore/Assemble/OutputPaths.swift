import Foundation

/// Every file path of the output, relative to the output folder. `Routes` decides the pages'
/// URLs; this type says which file holds each page and where the site's other files go (the
/// feeds, the search index, the QR codes, the printable pages, the fixed files).
public enum OutputPaths {
  /// The file that holds the page at `path`: `tin-bai/x/` → `tin-bai/x/index.html`; a path
  /// that names a file (`404.html`) is that file.
  public static func file(ofPage path: String) -> String {
    path.isEmpty || path.hasSuffix("/") ? path + "index.html" : path
  }

  /// The page a server shows when nothing matches.
  public static let notFound = "404.html"
  /// The sitemap.
  public static let sitemap = "sitemap.xml"
  /// Instructions for crawlers.
  public static let robots = "robots.txt"

  /// The column's feed.
  public static let columnFeed = "rss.xml"
  /// The feed of procedure changes.
  public static let proceduresFeed = Routes.procedures + "rss.xml"
  /// The feed of dialogues and Q&A collections.
  public static let dialogueFeed = Routes.dialogues + "rss.xml"
  /// A category's feed.
  public static func categoryFeed(_ slug: String) -> String { Routes.category(slug) + "rss.xml" }

  /// The QR code (SVG) of the page at `path`, in the page's own folder.
  public static func qrCode(ofPage path: String) -> String { path + qrCodeName }
  /// The file name of a page's QR code.
  public static let qrCodeName = "ma-qr.svg"
  /// The printable poster of the hotline page at `path`.
  public static func poster(ofHotline path: String) -> String { path + "in/" }
  /// The screen at the one-stop desk.
  public static let deskScreen = "man-hinh/"
  /// The folder of the satisfaction survey's QR code and poster.
  public static let survey = "khao-sat/"
  /// The satisfaction survey's QR code.
  public static let surveyQR = survey + qrCodeName
  /// The printable poster of the satisfaction survey.
  public static let surveyPoster = survey + "in/"
  /// The printable catalogue of procedures.
  public static let catalogue = Routes.procedures + "danh-muc-in/"

  /// The folder of the search index.
  public static let searchFolder = Routes.search
  /// The folder of the article part of the search index.
  public static let articleIndexFolder = searchFolder + "bai/"
  /// The main file of the search index, which names every other one. Its name never
  /// changes, so that pages name it without depending on the index; `search.js` revalidates
  /// it on every load, and the files it names carry hashes (cached for good).
  public static let searchMain = searchFolder + "chi-muc.json"
  /// A file of the search index named by its stem and a hash of its bytes
  /// (`tim-kiem/thu-tuc.1a2b3c4d.json`).
  public static func searchFile(_ stem: String, hash: some StringProtocol, in folder: String = searchFolder) -> String {
    "\(folder)\(stem).\(hash).json"
  }
}

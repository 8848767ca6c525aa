/// The keys every page has (see `ContextBuilder.common`).
public final class PageCommon: TemplateData {
  let search: Shared<SearchLinks>
  let share: ShareData
  let feeds: [Shared<Link>]
  let site: Shared<SiteInfo>
  let menu: [Shared<MenuItem>]
  let assets: Shared<AssetLinks>
  let page: PageMeta
  /// Absent on the home page.
  let breadcrumbs: Breadcrumbs?
  /// Only in a preview (`cchc serve`).
  let preview: Shared<PreviewInfo>?
  /// The rendered header and footer for the page's menu state (absent before they exist).
  let chrome: Shared<Chrome>?
  let headLinksHTML: String?

  init(
    search: Shared<SearchLinks>, share: ShareData, feeds: [Shared<Link>], site: Shared<SiteInfo>, menu: [Shared<MenuItem>],
    assets: Shared<AssetLinks>, page: PageMeta, breadcrumbs: Breadcrumbs? = nil, preview: Shared<PreviewInfo>? = nil,
    chrome: Shared<Chrome>? = nil, headLinksHTML: String? = nil
  ) {
    self.search = search
    self.share = share
    self.feeds = feeds
    self.site = site
    self.menu = menu
    self.assets = assets
    self.page = page
    self.breadcrumbs = breadcrumbs
    self.preview = preview
    self.chrome = chrome
    self.headLinksHTML = headLinksHTML
  }

  public func child(named name: String) -> Any? {
    switch name {
    case "search": search
    case "share": share
    case "feeds": feeds
    case "site": site
    case "menu": menu
    case "assets": assets
    case "page": page
    case "breadcrumbs": breadcrumbs
    case "preview": preview
    case "chrome": chrome
    case "head_links_html": headLinksHTML
    default: nil
    }
  }
}

/// A page with only the common keys (the "not found" page).
public final class CommonPage: TemplateData {
  let common: PageCommon

  init(common: PageCommon) {
    self.common = common
  }

  public func child(named name: String) -> Any? { common.child(named: name) }
}

/// `site`: the unit and the section, the same on every page.
public final class SiteInfo: TemplateData {
  let name: String
  let sectionTitle: String
  let homeURL: String
  let isSample: Bool
  /// The year of the newest article (the footer's copyright line).
  let year: String?
  let description: String?
  let address: String?
  let phone: String?
  let phoneTel: String?
  let email: String?
  let feedback: [FeedbackData]
  let survey: SurveyData?

  init(
    name: String, sectionTitle: String, homeURL: String, isSample: Bool, year: String? = nil, description: String? = nil,
    address: String? = nil, phone: String? = nil, phoneTel: String? = nil, email: String? = nil,
    feedback: [FeedbackData] = [], survey: SurveyData? = nil
  ) {
    self.feedback = feedback
    self.survey = survey
    self.name = name
    self.sectionTitle = sectionTitle
    self.homeURL = homeURL
    self.isSample = isSample
    self.year = year
    self.description = description
    self.address = address
    self.phone = phone
    self.phoneTel = phoneTel
    self.email = email
  }

  public func child(named name: String) -> Any? {
    switch name {
    case "name": self.name
    case "section_title": sectionTitle
    case "home_url": homeURL
    case "is_sample": isSample
    case "year": year
    case "description": description
    case "address": address
    case "phone": phone
    case "phone_tel": phoneTel
    case "email": email
    case "feedback": feedback.isEmpty ? nil : feedback
    case "survey": survey
    default: nil
    }
  }
}

/// `site.feedback`: a place that takes citizens' feedback (`phan_anh`).
public final class FeedbackData: TemplateData {
  let name: String
  let link: String?
  let phones: [Phone]
  let email: String?

  init(name: String, link: String?, phones: [Phone], email: String?) {
    self.name = name
    self.link = link
    self.phones = phones
    self.email = email
  }

  public func child(named name: String) -> Any? {
    switch name {
    case "name": self.name
    case "link": link
    case "phones": phones.isEmpty ? nil : phones
    case "email": email
    default: nil
    }
  }
}

/// `site.survey`: the satisfaction survey, its QR code and its printable poster.
public final class SurveyData: TemplateData {
  let title: String
  let url: String
  let qrURL: String
  let posterURL: String

  init(title: String, url: String, qrURL: String, posterURL: String) {
    self.title = title
    self.url = url
    self.qrURL = qrURL
    self.posterURL = posterURL
  }

  public func child(named name: String) -> Any? {
    switch name {
    case "title": title
    case "url": url
    case "qr_url": qrURL
    case "poster_url": posterURL
    case "qr_caption": "Quét mã để đánh giá mức độ hài lòng"
    default: nil
    }
  }
}

/// `assets`: the theme's files a page loads (`search_js` only on pages with a search box).
public final class AssetLinks: TemplateData {
  let css: String?
  let js: String?
  let icon: String?
  let searchJS: String?

  init(css: String? = nil, js: String? = nil, icon: String? = nil, searchJS: String? = nil) {
    self.css = css
    self.js = js
    self.icon = icon
    self.searchJS = searchJS
  }

  public func child(named name: String) -> Any? {
    switch name {
    case "css": css
    case "js": js
    case "icon": icon
    case "search_js": searchJS
    default: nil
    }
  }
}

/// `search`: the search page, and the index file on the pages with a search box.
public final class SearchLinks: TemplateData {
  let page: String
  let index: String?

  init(page: String, index: String? = nil) {
    self.page = page
    self.index = index
  }

  public func child(named name: String) -> Any? {
    switch name {
    case "page": page
    case "index": index
    default: nil
    }
  }
}

/// An entry of the main navigation.
public final class MenuItem: TemplateData {
  let title: String
  let url: String
  let current: Bool

  init(title: String, url: String, current: Bool) {
    self.title = title
    self.url = url
    self.current = current
  }

  public func child(named name: String) -> Any? {
    switch name {
    case "title": title
    case "url": url
    case "current": current
    default: nil
    }
  }
}

/// `page`: the page's own title, heading, address and kind.
public final class PageMeta: TemplateData {
  let title: String
  let heading: String
  let canonical: String
  let kind: String
  let description: String
  let isDraft: Bool

  init(title: String, heading: String, canonical: String, kind: String, description: String, isDraft: Bool) {
    self.title = title
    self.heading = heading
    self.canonical = canonical
    self.kind = kind
    self.description = description
    self.isDraft = isDraft
  }

  public func child(named name: String) -> Any? {
    switch name {
    case "title": title
    case "heading": heading
    case "canonical": canonical
    case "kind": kind
    case "description": description
    case "is_draft": isDraft
    default: nil
    }
  }
}

/// A titled link (breadcrumbs, the previous and next article, the feeds a page announces).
public final class Link: TemplateData {
  let title: String
  let url: String

  init(title: String, url: String) {
    self.title = title
    self.url = url
  }

  public func child(named name: String) -> Any? {
    switch name {
    case "title": title
    case "url": url
    default: nil
    }
  }
}

/// A named link (categories, tags).
public final class NamedLink: TemplateData, Codable {
  let name: String
  let url: String

  init(name: String, url: String) {
    self.name = name
    self.url = url
  }

  public func child(named name: String) -> Any? {
    switch name {
    case "name": self.name
    case "url": url
    default: nil
    }
  }
}

/// `breadcrumbs`: the links between home and the page, and the page's own title.
public final class Breadcrumbs: TemplateData {
  let links: [Link]
  let current: String

  init(links: [Link], current: String) {
    self.links = links
    self.current = current
  }

  public func child(named name: String) -> Any? {
    switch name {
    case "links": links
    case "current": current
    default: nil
    }
  }
}

/// `preview`: what a preview page loads besides the site (`cchc serve`).
public final class PreviewInfo: TemplateData {
  let reloadJS: String

  init(reloadJS: String) {
    self.reloadJS = reloadJS
  }

  public func child(named name: String) -> Any? {
    name == "reload_js" ? reloadJS : nil
  }
}

/// `chrome`: the site header and footer, rendered once per menu state.
public final class Chrome: TemplateData {
  let headerHTML: String?
  let footerHTML: String?

  init(headerHTML: String? = nil, footerHTML: String? = nil) {
    self.headerHTML = headerHTML
    self.footerHTML = footerHTML
  }

  public func child(named name: String) -> Any? {
    switch name {
    case "header_html": headerHTML
    case "footer_html": footerHTML
    default: nil
    }
  }
}

/// What `site-header.mustache` and `site-footer.mustache` see.
public final class ChromeData: TemplateData {
  let site: Shared<SiteInfo>
  let menu: [Shared<MenuItem>]
  let assets: Shared<AssetLinks>

  init(site: Shared<SiteInfo>, menu: [Shared<MenuItem>], assets: Shared<AssetLinks>) {
    self.site = site
    self.menu = menu
    self.assets = assets
  }

  public func child(named name: String) -> Any? {
    switch name {
    case "site": site
    case "menu": menu
    case "assets": assets
    default: nil
    }
  }
}

/// What `head-links.mustache` sees.
public final class HeadLinksData: TemplateData {
  let site: Shared<SiteInfo>
  let feeds: [Shared<Link>]
  let assets: Shared<AssetLinks>
  let preview: Shared<PreviewInfo>?

  init(site: Shared<SiteInfo>, feeds: [Shared<Link>], assets: Shared<AssetLinks>, preview: Shared<PreviewInfo>? = nil) {
    self.site = site
    self.feeds = feeds
    self.assets = assets
    self.preview = preview
  }

  public func child(named name: String) -> Any? {
    switch name {
    case "site": site
    case "feeds": feeds
    case "assets": assets
    case "preview": preview
    default: nil
    }
  }
}

/// `share`: link-preview data, absolute URLs, and the tags ready to print (`meta_html`).
public final class ShareData: TemplateData {
  let type: String
  let title: String
  let description: String
  let url: String
  let facebookURL: String
  let zaloURL: String
  let image: ShareImage?
  let publishedTime: String?
  let section: String?
  let jsonLD: String?

  init(
    type: String, title: String, description: String, url: String, facebookURL: String, zaloURL: String, image: ShareImage? = nil,
    publishedTime: String? = nil, section: String? = nil, jsonLD: String? = nil
  ) {
    self.type = type
    self.title = title
    self.description = description
    self.url = url
    self.facebookURL = facebookURL
    self.zaloURL = zaloURL
    self.image = image
    self.publishedTime = publishedTime
    self.section = section
    self.jsonLD = jsonLD
  }

  public func child(named name: String) -> Any? {
    switch name {
    case "type": type
    case "title": title
    case "description": description
    case "url": url
    case "facebook_url": facebookURL
    case "zalo_url": zaloURL
    case "image": image
    case "published_time": publishedTime
    case "section": section
    case "json_ld": jsonLD
    case "meta_html": ContextBuilder.metaHTML(self)
    default: nil
    }
  }
}

/// The picture of a link preview.
public final class ShareImage: TemplateData {
  let url: String
  let alt: String
  let width: Int?
  let height: Int?

  init(url: String, alt: String, width: Int? = nil, height: Int? = nil) {
    self.url = url
    self.alt = alt
    self.width = width
    self.height = height
  }

  public func child(named name: String) -> Any? {
    switch name {
    case "url": url
    case "alt": alt
    case "width": width
    case "height": height
    default: nil
    }
  }
}

/// `qr`: a page's QR code, what it encodes and its caption.
public final class QRData: TemplateData {
  let url: String
  let target: String
  let caption: String
  let alt: String

  init(url: String, target: String, caption: String, alt: String) {
    self.url = url
    self.target = target
    self.caption = caption
    self.alt = alt
  }

  public func child(named name: String) -> Any? {
    switch name {
    case "url": url
    case "target": target
    case "caption": caption
    case "alt": alt
    default: nil
    }
  }
}

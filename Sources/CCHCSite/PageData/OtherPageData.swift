/// An other page (`trang/`).
public final class PlainPage: TemplateData {
  let common: PageCommon
  let content: PageContent

  init(common: PageCommon, content: PageContent) {
    self.common = common
    self.content = content
  }

  public func child(named name: String) -> Any? {
    name == "page_content" ? content : common.child(named: name)
  }
}

/// `page_content`: an other page's title and body.
public final class PageContent: TemplateData {
  let title: String
  let bodyHTML: String

  init(title: String, bodyHTML: String) {
    self.title = title
    self.bodyHTML = bodyHTML
  }

  public func child(named name: String) -> Any? {
    switch name {
    case "title": title
    case "body_html": bodyHTML
    default: nil
    }
  }
}

/// A hotline page.
public final class HotlinePageData: TemplateData {
  let common: PageCommon
  let hotline: HotlineDetail
  let qr: QRData

  init(common: PageCommon, hotline: HotlineDetail, qr: QRData) {
    self.common = common
    self.hotline = hotline
    self.qr = qr
  }

  public func child(named name: String) -> Any? {
    switch name {
    case "hotline": hotline
    case "qr": qr
    default: common.child(named: name)
    }
  }
}

/// `hotline` on a hotline page.
public final class HotlineDetail: TemplateData {
  let title: String
  let bodyHTML: String
  let contacts: [Contact]
  let description: String?
  let posterURL: String

  init(title: String, bodyHTML: String, contacts: [Contact], description: String? = nil, posterURL: String) {
    self.title = title
    self.bodyHTML = bodyHTML
    self.contacts = contacts
    self.description = description
    self.posterURL = posterURL
  }

  public func child(named name: String) -> Any? {
    switch name {
    case "title": title
    case "body_html": bodyHTML
    case "contacts": contacts
    case "description": description
    case "poster_url": posterURL
    default: nil
    }
  }
}

/// One hotline entry (at the foot of printed notices: only the unit and its phones).
public final class Contact: TemplateData, Codable {
  let unit: String
  let phones: [Phone]
  let name: String?
  let position: String?
  let email: String?
  let address: String?
  let hours: String?
  let topics: String?

  init(
    unit: String, phones: [Phone], name: String? = nil, position: String? = nil, email: String? = nil, address: String? = nil,
    hours: String? = nil, topics: String? = nil
  ) {
    self.unit = unit
    self.phones = phones
    self.name = name
    self.position = position
    self.email = email
    self.address = address
    self.hours = hours
    self.topics = topics
  }

  public func child(named name: String) -> Any? {
    switch name {
    case "unit": unit
    case "phones": phones
    case "name": self.name
    case "position": position
    case "email": email
    case "address": address
    case "hours": hours
    case "topics": topics
    default: nil
    }
  }
}

/// A phone number as shown and as dialled.
public final class Phone: TemplateData, Codable {
  let display: String
  let tel: String

  init(display: String, tel: String) {
    self.display = display
    self.tel = tel
  }

  public func child(named name: String) -> Any? {
    switch name {
    case "display": display
    case "tel": tel
    default: nil
    }
  }
}

/// The hotline poster (`duong-day-nong/…/in/`).
public final class HotlinePosterPage: TemplateData {
  let common: PageCommon
  let hotline: PosterHotline
  let qr: QRData

  init(common: PageCommon, hotline: PosterHotline, qr: QRData) {
    self.common = common
    self.hotline = hotline
    self.qr = qr
  }

  public func child(named name: String) -> Any? {
    switch name {
    case "hotline": hotline
    case "qr": qr
    default: common.child(named: name)
    }
  }
}

/// `hotline` on the poster.
public final class PosterHotline: TemplateData {
  let title: String
  let contacts: [Contact]
  let url: String
  let description: String?

  init(title: String, contacts: [Contact], url: String, description: String? = nil) {
    self.title = title
    self.contacts = contacts
    self.url = url
    self.description = description
  }

  public func child(named name: String) -> Any? {
    switch name {
    case "title": title
    case "contacts": contacts
    case "url": url
    case "description": description
    default: nil
    }
  }
}

/// The site-wide search page.
public final class SearchPageData: TemplateData {
  let common: PageCommon
  let filters: SearchFilters
  let mode: String
  let label: String

  init(common: PageCommon, filters: SearchFilters, mode: String, label: String) {
    self.common = common
    self.filters = filters
    self.mode = mode
    self.label = label
  }

  public func child(named name: String) -> Any? {
    switch name {
    case "search_filters": filters
    case "search_mode": mode
    case "search_label": label
    default: common.child(named: name)
    }
  }
}

/// The filter choices of the procedure search.
public final class SearchFilters: TemplateData {
  let fields: [FieldOption]
  let levels: [LevelOption]
  let online: [OnlineOption]

  init(fields: [FieldOption], levels: [LevelOption], online: [OnlineOption]) {
    self.fields = fields
    self.levels = levels
    self.online = online
  }

  public func child(named name: String) -> Any? {
    switch name {
    case "fields": fields
    case "levels": levels
    case "online": online
    default: nil
    }
  }
}

/// A field to filter by.
public final class FieldOption: TemplateData {
  let name: String
  let slug: String

  init(name: String, slug: String) {
    self.name = name
    self.slug = slug
  }

  public func child(named name: String) -> Any? {
    switch name {
    case "name": self.name
    case "slug": slug
    default: nil
    }
  }
}

/// A level (cấp thực hiện) to filter by.
public final class LevelOption: TemplateData {
  let name: String

  init(name: String) {
    self.name = name
  }

  public func child(named name: String) -> Any? {
    name == "name" ? self.name : nil
  }
}

/// An online level to filter by.
public final class OnlineOption: TemplateData {
  let name: String
  let value: String

  init(name: String, value: String) {
    self.name = name
    self.value = value
  }

  public func child(named name: String) -> Any? {
    switch name {
    case "name": self.name
    case "value": value
    default: nil
    }
  }
}

/// The satisfaction survey's poster (`khao-sat/in/`); the survey itself is `site.survey`.
public final class SurveyPosterPage: TemplateData {
  let common: PageCommon
  let printHotlines: [Contact]

  init(common: PageCommon, printHotlines: [Contact]) {
    self.common = common
    self.printHotlines = printHotlines
  }

  public func child(named name: String) -> Any? {
    name == "print_hotlines" ? (printHotlines.isEmpty ? nil : printHotlines) : common.child(named: name)
  }
}

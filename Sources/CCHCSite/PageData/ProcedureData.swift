/// A label and the CSS class that styles it (a procedure's status, its online level).
public final class Badge: TemplateData {
  let label: String
  let cssClass: String

  init(label: String, cssClass: String) {
    self.label = label
    self.cssClass = cssClass
  }

  public func child(named name: String) -> Any? {
    switch name {
    case "label": label
    case "class": cssClass
    default: nil
    }
  }
}

/// A procedure's row in indexes.
public final class ProcedureRow: TemplateData {
  let code: String
  let name: String
  let url: String
  let field: String
  let level: String
  let status: Badge
  let isAbolished: Bool
  let online: Badge?

  init(code: String, name: String, url: String, field: String, level: String, status: Badge, isAbolished: Bool, online: Badge? = nil) {
    self.code = code
    self.name = name
    self.url = url
    self.field = field
    self.level = level
    self.status = status
    self.isAbolished = isAbolished
    self.online = online
  }

  public func child(named name: String) -> Any? {
    switch name {
    case "code": code
    case "name": self.name
    case "url": url
    case "field": field
    case "level": level
    case "status": status
    case "is_abolished": isAbolished
    case "online": online
    default: nil
    }
  }
}

/// The procedure index.
public final class ProcedureIndexPage: TemplateData {
  let common: PageCommon
  let procedureCount: Int
  let fields: [FieldBlock]
  let abolished: [ProcedureRow]
  let filters: SearchFilters
  let catalogueURL: String
  let mode: String
  let label: String

  init(
    common: PageCommon, procedureCount: Int, fields: [FieldBlock], abolished: [ProcedureRow], filters: SearchFilters, catalogueURL: String,
    mode: String, label: String
  ) {
    self.common = common
    self.procedureCount = procedureCount
    self.fields = fields
    self.abolished = abolished
    self.filters = filters
    self.catalogueURL = catalogueURL
    self.mode = mode
    self.label = label
  }

  public func child(named name: String) -> Any? {
    switch name {
    case "procedure_count": procedureCount
    case "fields": fields
    case "abolished": abolished
    case "search_filters": filters
    case "catalogue_url": catalogueURL
    case "search_mode": mode
    case "search_label": label
    default: common.child(named: name)
    }
  }
}

/// A field with its procedures in force, on the procedure index.
public final class FieldBlock: TemplateData {
  let name: String
  let slug: String
  let url: String
  let count: Int
  let procedures: [ProcedureRow]

  init(name: String, slug: String, url: String, count: Int, procedures: [ProcedureRow]) {
    self.name = name
    self.slug = slug
    self.url = url
    self.count = count
    self.procedures = procedures
  }

  public func child(named name: String) -> Any? {
    switch name {
    case "name": self.name
    case "slug": slug
    case "url": url
    case "count": count
    case "procedures": procedures
    default: nil
    }
  }
}

/// One field's page.
public final class ProcedureFieldPage: TemplateData {
  let common: PageCommon
  let field: FieldInfo
  let procedures: [ProcedureRow]
  let abolished: [ProcedureRow]

  init(common: PageCommon, field: FieldInfo, procedures: [ProcedureRow], abolished: [ProcedureRow]) {
    self.common = common
    self.field = field
    self.procedures = procedures
    self.abolished = abolished
  }

  public func child(named name: String) -> Any? {
    switch name {
    case "field": field
    case "procedures": procedures
    case "abolished": abolished
    default: common.child(named: name)
    }
  }
}

/// `field` on a field's page.
public final class FieldInfo: TemplateData {
  let name: String
  let url: String
  let count: Int

  init(name: String, url: String, count: Int) {
    self.name = name
    self.url = url
    self.count = count
  }

  public func child(named name: String) -> Any? {
    switch name {
    case "name": self.name
    case "url": url
    case "count": count
    default: nil
    }
  }
}

/// One procedure's page.
public final class ProcedurePage: TemplateData {
  let common: PageCommon
  let procedure: ProcedureDetail
  let printHotlines: [Contact]
  let catalogueURL: String
  let relatedQuestions: [RelatedQuestion]

  init(
    common: PageCommon, procedure: ProcedureDetail, printHotlines: [Contact], catalogueURL: String,
    relatedQuestions: [RelatedQuestion]
  ) {
    self.common = common
    self.procedure = procedure
    self.printHotlines = printHotlines
    self.catalogueURL = catalogueURL
    self.relatedQuestions = relatedQuestions
  }

  public func child(named name: String) -> Any? {
    switch name {
    case "procedure": procedure
    case "print_hotlines": printHotlines
    case "catalogue_url": catalogueURL
    case "related_questions": relatedQuestions.isEmpty ? nil : relatedQuestions
    default: common.child(named: name)
    }
  }
}

/// `procedure`: everything a procedure's page and printed notice show of it.
public final class ProcedureDetail: TemplateData {
  let code: String
  let name: String
  let field: String
  let fieldURL: String
  let url: String
  let status: Badge
  let facts: [Fact]
  let bodyHTML: String
  let online: Badge?
  let notice: Notice?
  let upcoming: [Upcoming]?
  let ways: [Way]?
  let legal: [Legal]?
  let forms: [FormLink]?
  let onlineLink: OnlineLink?
  let description: String?
  let qr: QRData
  let deadlineSummary: String?
  let feeSummary: String?

  init(
    code: String, name: String, field: String, fieldURL: String, url: String, status: Badge, facts: [Fact], bodyHTML: String,
    online: Badge? = nil, notice: Notice? = nil, upcoming: [Upcoming]? = nil, ways: [Way]? = nil, legal: [Legal]? = nil,
    forms: [FormLink]? = nil, onlineLink: OnlineLink? = nil, description: String? = nil, qr: QRData, deadlineSummary: String? = nil,
    feeSummary: String? = nil
  ) {
    self.code = code
    self.name = name
    self.field = field
    self.fieldURL = fieldURL
    self.url = url
    self.status = status
    self.facts = facts
    self.bodyHTML = bodyHTML
    self.online = online
    self.notice = notice
    self.upcoming = upcoming
    self.ways = ways
    self.legal = legal
    self.forms = forms
    self.onlineLink = onlineLink
    self.description = description
    self.qr = qr
    self.deadlineSummary = deadlineSummary
    self.feeSummary = feeSummary
  }

  public func child(named name: String) -> Any? {
    switch name {
    case "code": code
    case "name": self.name
    case "field": field
    case "field_url": fieldURL
    case "url": url
    case "status": status
    case "facts": facts
    case "body_html": bodyHTML
    case "online": online
    case "notice": notice
    case "upcoming": upcoming
    case "ways": ways
    case "legal": legal
    case "forms": forms
    case "online_link": onlineLink
    case "description": description
    case "qr": qr
    case "deadline_summary": deadlineSummary
    case "fee_summary": feeSummary
    default: nil
    }
  }
}

/// A row of "Thông tin chung": its label, its text (or texts), and `html` ready to print.
public final class Fact: TemplateData {
  let label: String
  let value: String?
  let values: [String]?
  let html: String
  let link: String?

  init(label: String, value: String? = nil, values: [String]? = nil, html: String, link: String? = nil) {
    self.label = label
    self.value = value
    self.values = values
    self.html = html
    self.link = link
  }

  public func child(named name: String) -> Any? {
    switch name {
    case "label": label
    case "value": value
    case "values": values
    case "html": html
    case "link": link
    default: nil
    }
  }

  /// The row as one line of text (a list joined by "; ").
  var text: String {
    value ?? values?.joined(separator: "; ") ?? ""
  }
}

/// A way of filing (cách thức thực hiện).
public final class Way: TemplateData {
  let method: String
  let fees: [String]
  let deadline: String?
  let description: String?

  init(method: String, fees: [String], deadline: String? = nil, description: String? = nil) {
    self.method = method
    self.fees = fees
    self.deadline = deadline
    self.description = description
  }

  public func child(named name: String) -> Any? {
    switch name {
    case "method": method
    case "fees": fees
    case "deadline": deadline
    case "description": description
    default: nil
    }
  }
}

/// A legal document a procedure rests on.
public final class Legal: TemplateData {
  let number: String
  let title: String?
  let date: String?
  let issuer: String?

  init(number: String, title: String? = nil, date: String? = nil, issuer: String? = nil) {
    self.number = number
    self.title = title
    self.date = date
    self.issuer = issuer
  }

  public func child(named name: String) -> Any? {
    switch name {
    case "number": number
    case "title": title
    case "date": date
    case "issuer": issuer
    default: nil
    }
  }
}

/// A form to download.
public final class FormLink: TemplateData {
  let name: String
  let url: String
  let ext: String
  let size: String

  init(name: String, url: String, ext: String, size: String) {
    self.name = name
    self.url = url
    self.ext = ext
    self.size = size
  }

  public func child(named name: String) -> Any? {
    switch name {
    case "name": self.name
    case "url": url
    case "ext": ext
    case "size": size
    default: nil
    }
  }
}

/// The link to file online.
public final class OnlineLink: TemplateData {
  let url: String
  let label: String

  init(url: String, label: String) {
    self.url = url
    self.label = label
  }

  public func child(named name: String) -> Any? {
    switch name {
    case "url": url
    case "label": label
    default: nil
    }
  }
}

/// What holds from which day, when a procedure is not simply in force.
public final class Notice: TemplateData {
  let cssClass: String
  let text: String
  let decision: String?
  let replacement: Replacement?

  init(cssClass: String, text: String, decision: String? = nil, replacement: Replacement? = nil) {
    self.cssClass = cssClass
    self.text = text
    self.decision = decision
    self.replacement = replacement
  }

  public func child(named name: String) -> Any? {
    switch name {
    case "class": cssClass
    case "text": text
    case "decision": decision
    case "replacement": replacement
    default: nil
    }
  }
}

/// The procedure that replaces another: its code, and its name and page when the site lists it.
public final class Replacement: TemplateData {
  let code: String
  let name: String?
  let url: String?

  init(code: String, name: String? = nil, url: String? = nil) {
    self.code = code
    self.name = name
    self.url = url
  }

  public func child(named name: String) -> Any? {
    switch name {
    case "code": code
    case "name": self.name
    case "url": url
    default: nil
    }
  }
}

/// A change of `thay_doi` still ahead.
public final class Upcoming: TemplateData {
  let date: String
  let iso: String
  let decision: String?
  let withdrawn: String?
  let replacement: Replacement?
  let items: [LabelValue]

  init(date: String, iso: String, decision: String? = nil, withdrawn: String? = nil, replacement: Replacement? = nil, items: [LabelValue]) {
    self.date = date
    self.iso = iso
    self.decision = decision
    self.withdrawn = withdrawn
    self.replacement = replacement
    self.items = items
  }

  public func child(named name: String) -> Any? {
    switch name {
    case "date": date
    case "iso": iso
    case "decision": decision
    case "withdrawn": withdrawn
    case "replacement": replacement
    case "items": items
    default: nil
    }
  }
}

/// A label with its text.
public final class LabelValue: TemplateData {
  let label: String
  let value: String

  init(label: String, value: String) {
    self.label = label
    self.value = value
  }

  public func child(named name: String) -> Any? {
    switch name {
    case "label": label
    case "value": value
    default: nil
    }
  }
}

/// The printable catalogue of procedures.
public final class CataloguePage: TemplateData {
  let common: PageCommon
  let fields: [CatalogueField]
  let procedureCount: Int
  let printHotlines: [Contact]

  init(common: PageCommon, fields: [CatalogueField], procedureCount: Int, printHotlines: [Contact]) {
    self.common = common
    self.fields = fields
    self.procedureCount = procedureCount
    self.printHotlines = printHotlines
  }

  public func child(named name: String) -> Any? {
    switch name {
    case "fields": fields
    case "procedure_count": procedureCount
    case "print_hotlines": printHotlines
    default: common.child(named: name)
    }
  }
}

/// A field of the catalogue.
public final class CatalogueField: TemplateData {
  let name: String
  let count: Int
  let procedures: [CatalogueRow]

  init(name: String, count: Int, procedures: [CatalogueRow]) {
    self.name = name
    self.count = count
    self.procedures = procedures
  }

  public func child(named name: String) -> Any? {
    switch name {
    case "name": self.name
    case "count": count
    case "procedures": procedures
    default: nil
    }
  }
}

/// A procedure of the catalogue.
public final class CatalogueRow: TemplateData {
  let code: String
  let name: String
  let url: String
  let qr: QRData
  let deadline: String?
  let fee: String?
  let online: Badge?

  init(code: String, name: String, url: String, qr: QRData, deadline: String? = nil, fee: String? = nil, online: Badge? = nil) {
    self.code = code
    self.name = name
    self.url = url
    self.qr = qr
    self.deadline = deadline
    self.fee = fee
    self.online = online
  }

  public func child(named name: String) -> Any? {
    switch name {
    case "code": code
    case "name": self.name
    case "url": url
    case "qr": qr
    case "deadline": deadline
    case "fee": fee
    case "online": online
    default: nil
    }
  }
}

/// The editor's pages as Mustache templates (rendered by swift-mustache, which escapes every
/// `{{value}}`). They belong to `cchc serve` only and never reach `public/`.
enum EditorTemplates {
  static let head = """
    <!DOCTYPE html>
    <html lang="vi">
    <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="robots" content="noindex">
    <title>{{title}} – Soạn thảo – cchc</title>
    <link rel="stylesheet" href="/__cchc/soan-thao/soan-thao.css">
    <script src="/__cchc/soan-thao/soan-thao.js" defer></script>
    </head>
    <body>
    <a class="bo-qua" href="#noi-dung">Bỏ qua, tới nội dung chính</a>
    <header class="dau">
    <p class="ten">cchc · Soạn thảo</p>
    <nav aria-label="Trình soạn thảo">
    <ul>
    <li><a href="/__cchc/soan-thao/">Danh sách nội dung</a></li>
    <li><a href="{{previewBase}}">Xem trang</a></li>
    </ul>
    </nav>
    </header>
    <main id="noi-dung">

    """

  static let foot = """
    </main>
    </body>
    </html>

    """

  static let list = """
    {{> head}}
    <h1>Nội dung của trang</h1>
    <p>Tạo mới:
    {{#kinds}}<a class="nut" href="/__cchc/soan-thao/moi?loai={{value}}">{{label}}</a> {{/kinds}}
    </p>
    <form class="loc" method="get" action="/__cchc/soan-thao/" role="search" aria-label="Tìm và lọc nội dung">
    <p><label for="tim">Tìm theo tiêu đề, mã thủ tục hoặc tên tệp (gõ có dấu hay không dấu đều được)</label>
    <input type="search" id="tim" name="tim" value="{{filter.query}}"></p>
    <p><label for="loai">Loại</label>
    <select id="loai" name="loai"><option value="">Tất cả</option>{{#kinds}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/kinds}}</select></p>
    <p><label for="chuyen_muc">Chuyên mục</label>
    <select id="chuyen_muc" name="chuyen_muc"><option value="">Tất cả</option>{{#categories}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/categories}}</select></p>
    <p><label for="tinh_trang">Tình trạng</label>
    <select id="tinh_trang" name="tinh_trang"><option value="">Tất cả</option>{{#standings}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/standings}}</select></p>
    <p><label for="trang_thai">Trạng thái thủ tục</label>
    <select id="trang_thai" name="trang_thai"><option value="">Tất cả</option>{{#statuses}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/statuses}}</select></p>
    <p><button type="submit">Lọc</button></p>
    </form>
    <p id="so-muc" role="status">{{count}} mục</p>
    <table class="danh-sach">
    <caption class="an">Nội dung, bấm vào tiêu đề để sửa</caption>
    <thead><tr><th scope="col">Tiêu đề</th><th scope="col">Loại</th><th scope="col">Ngày</th><th scope="col">Tình trạng</th><th scope="col">Tệp</th></tr></thead>
    <tbody>
    {{#items}}
    <tr><td><a href="/__cchc/soan-thao/sua?tep={{pathQuery}}">{{title}}</a></td><td>{{kind}}</td><td>{{date}}</td><td><span class="tt-{{standingValue}}">{{standing}}</span>{{#status}} · {{status}}{{/status}}</td><td><code>{{path}}</code></td></tr>
    {{/items}}
    </tbody>
    </table>
    {{> foot}}
    """

  /// One field that is not a group (also the sub-fields of a group's row).
  static let simple = """
    <div class="truong{{#error}} co-loi{{/error}}" id="o-{{id}}">
    {{#isFlag}}
    <p><input type="checkbox" id="{{id}}" name="{{name}}" value="true"{{#checked}} checked{{/checked}}{{#describedBy}} aria-describedby="{{describedBy}}"{{/describedBy}}{{#error}} aria-invalid="true"{{/error}}>
    <label for="{{id}}">{{label}}</label></p>
    {{/isFlag}}
    {{^isFlag}}{{^isCategories}}<label for="{{id}}">{{label}}{{#required}} <span class="bat-buoc">(bắt buộc)</span>{{/required}}</label>{{/isCategories}}{{/isFlag}}
    {{#help}}<p class="goi-y" id="{{id}}-goi-y">{{help}}</p>{{/help}}
    {{#error}}<p class="loi" id="{{id}}-loi"><strong>Lỗi:</strong> {{error}}</p>{{/error}}
    {{#isText}}<input type="text" id="{{id}}" name="{{name}}" value="{{value}}"{{#required}} required{{/required}}{{#describedBy}} aria-describedby="{{describedBy}}"{{/describedBy}}{{#error}} aria-invalid="true"{{/error}}>{{/isText}}
    {{#isNumber}}<input type="number" id="{{id}}" name="{{name}}" value="{{value}}" inputmode="numeric"{{#describedBy}} aria-describedby="{{describedBy}}"{{/describedBy}}{{#error}} aria-invalid="true"{{/error}}>{{/isNumber}}
    {{#isParagraph}}<textarea id="{{id}}" name="{{name}}" rows="4"{{#required}} required{{/required}}{{#describedBy}} aria-describedby="{{describedBy}}"{{/describedBy}}{{#error}} aria-invalid="true"{{/error}}>
    {{value}}</textarea>{{/isParagraph}}
    {{#isLines}}<textarea id="{{id}}" name="{{name}}" rows="3"{{#describedBy}} aria-describedby="{{describedBy}}"{{/describedBy}}{{#error}} aria-invalid="true"{{/error}}>
    {{value}}</textarea>{{/isLines}}
    {{#isDate}}<input type="date" id="{{id}}" name="{{name}}" value="{{value}}"{{#describedBy}} aria-describedby="{{describedBy}}"{{/describedBy}}{{#error}} aria-invalid="true"{{/error}}>{{/isDate}}
    {{#isDateTime}}<span class="ngay-gio"><input type="date" id="{{id}}" name="{{name}}" value="{{value}}"{{#required}} required{{/required}}{{#describedBy}} aria-describedby="{{describedBy}}"{{/describedBy}}{{#error}} aria-invalid="true"{{/error}}>
    <label for="{{id}}__gio">Giờ</label> <input type="time" id="{{id}}__gio" name="{{name}}__gio" value="{{time}}"></span>{{/isDateTime}}
    {{#isChoice}}<select id="{{id}}" name="{{name}}"{{#describedBy}} aria-describedby="{{describedBy}}"{{/describedBy}}{{#error}} aria-invalid="true"{{/error}}><option value="">(không ghi)</option>{{#options}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/options}}</select>{{/isChoice}}
    {{#isCategories}}<fieldset id="{{id}}"{{#describedBy}} aria-describedby="{{describedBy}}"{{/describedBy}}><legend>{{label}}</legend>{{#options}}<span class="lua-chon"><input type="checkbox" id="{{id}}-{{value}}" name="{{name}}" value="{{value}}"{{#selected}} checked{{/selected}}> <label for="{{id}}-{{value}}">{{label}}</label></span> {{/options}}{{^options}}<span>Chưa khai báo chuyên mục nào trong site.yml.</span>{{/options}}</fieldset>{{/isCategories}}
    {{#isFile}}<input type="text" id="{{id}}" name="{{name}}" value="{{value}}"{{#required}} required{{/required}}{{#describedBy}} aria-describedby="{{describedBy}}"{{/describedBy}}{{#error}} aria-invalid="true"{{/error}}>
    <span class="tai-len" data-thu-muc="{{folder}}" data-o="{{id}}"><label for="{{id}}__tep">Tải tệp lên {{folder}}/</label> <input type="file" id="{{id}}__tep" data-tai-len="{{folder}}" data-dien-vao="{{id}}"></span>{{/isFile}}
    </div>

    """

  /// A top-level field: a group of rows, a kept value, or a simple field.
  static let field = """
    {{#isKept}}<div class="truong" id="o-{{id}}"><p><strong>{{label}}</strong>: giá trị trong tệp có dạng trình soạn thảo chưa hiển thị được; được giữ nguyên khi lưu. Sửa trong tệp nếu cần.</p></div>{{/isKept}}
    {{^isKept}}
    {{#isGroup}}
    <fieldset class="nhom{{#error}} co-loi{{/error}}" id="{{id}}" data-nhom="{{name}}"{{#describedBy}} aria-describedby="{{describedBy}}"{{/describedBy}}>
    <legend>{{label}}{{#required}} <span class="bat-buoc">(bắt buộc)</span>{{/required}}</legend>
    {{#help}}<p class="goi-y" id="{{id}}-goi-y">{{help}}</p>{{/help}}
    {{#error}}<p class="loi" id="{{id}}-loi"><strong>Lỗi:</strong> {{error}}</p>{{/error}}
    {{#rows}}
    <fieldset class="dong" data-dong="{{index}}">
    <legend>{{legend}}</legend>
    {{#fields}}{{> simple}}{{/fields}}
    {{#removable}}<p><button type="button" class="xoa-dong">Xóa {{legend}}</button></p>{{/removable}}
    </fieldset>
    {{/rows}}
    {{#repeats}}<p><button type="button" class="them-dong" data-nhom="{{name}}">Thêm dòng {{label}}</button></p>{{/repeats}}
    </fieldset>
    {{/isGroup}}
    {{^isGroup}}{{> simple}}{{/isGroup}}
    {{/isKept}}

    """

  static let form = """
    {{> head}}
    <h1>{{heading}}</h1>
    {{#saved}}<div class="da-luu" role="status"><p>Đã lưu <code>{{shownPath}}</code>. {{#pageURL}}<a href="{{pageURL}}">Xem trang này</a> (trang xem trước tự cập nhật).{{/pageURL}}</p>{{#hasWarnings}}<ul>{{#warnings}}<li>{{.}}</li>{{/warnings}}</ul>{{/hasWarnings}}</div>{{/saved}}
    {{#hasProblems}}
    <div class="tong-loi" role="alert" tabindex="-1" id="tong-loi">
    <h2>Chưa lưu: có {{problemCount}} lỗi cần sửa</h2>
    <ul>{{#problems}}<li>{{#field}}<a href="#{{field}}">{{message}}</a>{{/field}}{{^field}}{{message}}{{/field}}</li>{{/problems}}</ul>
    </div>
    {{/hasProblems}}
    {{#hasOtherFiles}}<div class="tep-khac" role="note"><p>Trang còn lỗi ở tệp khác (không ảnh hưởng việc lưu tệp này):</p><ul>{{#otherFiles}}<li><code>{{.}}</code></li>{{/otherFiles}}</ul></div>{{/hasOtherFiles}}
    <p class="tinh-trang">{{kindLabel}}{{#shownPath}} · tệp <code>{{shownPath}}</code>{{/shownPath}}{{#standing}} · {{standing}}{{/standing}}</p>
    <form method="post" action="/__cchc/soan-thao/luu" class="bieu-mau" novalidate>
    <input type="hidden" name="_csrf" value="{{csrf}}">
    <input type="hidden" name="loai" value="{{kind}}">
    <input type="hidden" name="tep" value="{{path}}">
    <input type="hidden" name="phien_ban" value="{{version}}">
    {{#fields}}{{> field}}{{/fields}}
    <div class="truong{{#bodyError}} co-loi{{/bodyError}}" id="o-noi_dung">
    <label for="noi_dung">Nội dung (Markdown)</label>
    <p class="goi-y" id="noi_dung-goi-y">Mục lớn viết <code>## Tên mục</code>; danh sách bắt đầu bằng <code>- </code>; liên kết <code>[chữ](địa chỉ)</code>.</p>
    {{#bodyError}}<p class="loi" id="noi_dung-loi"><strong>Lỗi:</strong> {{bodyError}}</p>{{/bodyError}}
    <textarea id="noi_dung" name="noi_dung" rows="18" aria-describedby="noi_dung-goi-y{{#bodyError}} noi_dung-loi{{/bodyError}}"{{#bodyError}} aria-invalid="true"{{/bodyError}}>
    {{body}}</textarea>
    <div class="chen-anh">
    <p><label for="anh-chen">Chèn ảnh vào nội dung</label> <input type="file" id="anh-chen" accept="image/jpeg,image/png,image/webp,image/gif"></p>
    <p><label for="anh-chen-mo-ta">Mô tả ảnh cho người không xem được ảnh (bắt buộc)</label> <input type="text" id="anh-chen-mo-ta"></p>
    <p><button type="button" id="nut-chen-anh">Tải lên và chèn ảnh</button></p>
    </div>
    <p><button type="button" id="nut-xem-truoc">Xem trước nội dung</button></p>
    <section class="xem-truoc" aria-labelledby="xem-truoc-tieu-de"><h2 id="xem-truoc-tieu-de">Xem trước nội dung</h2><div id="xem-truoc" aria-live="polite"></div></section>
    </div>
    <p id="thong-bao-tai-len" role="status" class="thong-bao"></p>
    <p class="nut-luu">
    <button type="submit" name="hanh_dong" value="luu">Lưu</button>
    {{#hasDraft}}<button type="submit" name="hanh_dong" value="nhap">Lưu thành bản nháp</button>
    <button type="submit" name="hanh_dong" value="dang">Lưu và đăng (bỏ bản nháp)</button>
    <button type="submit" name="hanh_dong" value="hen_gio">Lưu và hẹn giờ đăng theo ngày đăng</button>{{/hasDraft}}
    </p>
    </form>
    {{> foot}}
    """
}

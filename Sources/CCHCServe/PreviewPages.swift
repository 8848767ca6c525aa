import CCHCCore
import CCHCSite
import Foundation

/// The pages and script the preview server adds to the site (never written to `public/`).
enum PreviewPages {
  /// The live-reload script: polls the server's status, reloads on a new build, shows errors.
  static let reloadScript = """
    // cchc serve: reloads the page after each rebuild and shows the errors of a failed one.
    (function () {
      "use strict";
      var seen = null;
      var panel = null;
      var bar = null;
      function showBar(publicURL, editor) {
        if (bar || !publicURL) return;
        var style = document.createElement("style");
        style.textContent = ".cchc-preview-bar{position:sticky;top:0;z-index:1000;margin:0;padding:.4em .8em;" +
          "background:#fff3c4;color:#222;border-bottom:1px solid #c9a400;font:14px/1.4 system-ui,sans-serif}" +
          "@media print{.cchc-preview-bar,.cchc-preview-errors{display:none}}";
        document.head.appendChild(style);
        bar = document.createElement("p");
        bar.className = "cchc-preview-bar";
        bar.setAttribute("role", "note");
        bar.appendChild(document.createTextNode("Bản xem trước trên máy này. Mã QR và địa chỉ in trên bản niêm yết dẫn tới địa chỉ công khai: "));
        var code = document.createElement("code");
        code.textContent = publicURL;
        bar.appendChild(code);
        if (editor) {
          bar.appendChild(document.createTextNode(" · "));
          var edit = document.createElement("a");
          edit.href = "/__cchc/soan-thao/";
          edit.textContent = "Soạn thảo";
          bar.appendChild(edit);
        }
        document.body.insertBefore(bar, document.body.firstChild);
      }
      function show(problems) {
        if (panel) { panel.remove(); panel = null; }
        if (!problems.length) return;
        panel = document.createElement("section");
        panel.className = "cchc-preview-errors";
        panel.setAttribute("role", "alert");
        var title = document.createElement("h2");
        title.textContent = "Lỗi khi tạo lại trang (đang hiển thị bản tốt gần nhất)";
        panel.appendChild(title);
        var list = document.createElement("ul");
        problems.forEach(function (text) {
          var item = document.createElement("li");
          item.textContent = text;
          list.appendChild(item);
        });
        panel.appendChild(list);
        var link = document.createElement("a");
        link.href = "/__cchc/loi";
        link.textContent = "Xem trang lỗi";
        panel.appendChild(link);
        document.body.insertBefore(panel, document.body.firstChild);
      }
      function poll() {
        fetch("/__cchc/status", { cache: "no-store" }).then(function (r) { return r.json(); }).then(function (status) {
          if (seen !== null && status.version !== seen && !status.problems.length) {
            location.reload();
            return;
          }
          seen = status.version;
          showBar(status.public_url, status.editor);
          show(status.problems);
        }).catch(function () {}).then(function () { setTimeout(poll, 700); });
      }
      poll();
    })();
    """

  /// What the preview answers while its first build is being made: it reloads itself.
  static let buildingPage = """
    <!DOCTYPE html>
    <html lang="vi">
    <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
    <meta http-equiv="refresh" content="1">
    <title>Đang tạo trang – cchc serve</title></head>
    <body>
    <main>
    <h1>Đang tạo trang…</h1>
    <p>cchc đang tạo trang lần đầu; trang này tự tải lại khi xong.</p>
    </main>
    </body>
    </html>

    """

  /// A page listing the problems of the last failed rebuild.
  static func errorPage(_ problems: [ContentError]) -> String {
    let items = problems.map { "<li><code>\(Escape.xml($0.description))</code></li>" }.joined(separator: "\n")
    let body =
      problems.isEmpty
      ? "<p>Lần tạo trang gần nhất không có lỗi.</p>"
      : "<p>Lần tạo lại gần nhất không thành công; trang cũ vẫn được hiển thị. Hãy sửa các lỗi sau rồi lưu tệp:</p>\n<ul>\n\(items)\n</ul>"
    return """
      <!DOCTYPE html>
      <html lang="vi">
      <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
      <title>Lỗi khi tạo trang – cchc serve</title>
      <script src="/__cchc/reload.js" defer></script></head>
      <body>
      <main>
      <h1>Lỗi khi tạo trang</h1>
      \(body)
      </main>
      </body>
      </html>

      """
  }
}

/// The editor's style sheet and script. The forms work without the script (one empty row per
/// group, saving, filters); the script adds rows, uploads, inserts pictures and previews.
enum EditorAssets {
  static let css = """
    *{box-sizing:border-box}
    body{margin:0;font:17px/1.5 system-ui,"Segoe UI",Roboto,Arial,sans-serif;color:#1a1a1a;background:#f6f7f9}
    a{color:#0b4f9c}
    :focus-visible{outline:3px solid #c25400;outline-offset:2px}
    .bo-qua{position:absolute;left:-999px}.bo-qua:focus{left:1em;top:1em;background:#fff;padding:.5em;z-index:10}
    .an{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
    .dau{display:flex;flex-wrap:wrap;gap:1em;align-items:center;justify-content:space-between;padding:.5em 1em;background:#12325c;color:#fff}
    .dau a{color:#fff}.dau .ten{margin:0;font-weight:700}
    .dau ul{display:flex;gap:1.2em;list-style:none;margin:0;padding:0}
    main{max-width:60em;margin:0 auto;padding:1em}
    h1{font-size:1.6em;margin:.4em 0}
    label,legend{font-weight:600}
    input[type=text],input[type=search],input[type=number],input[type=date],input[type=time],select,textarea{font:inherit;padding:.35em .5em;border:1px solid #6b7280;border-radius:4px;background:#fff;max-width:100%}
    input[type=text],input[type=search],textarea{width:100%}
    textarea{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:15px}
    input[type=checkbox]{width:1.2em;height:1.2em;vertical-align:middle}
    button,.nut{font:inherit;padding:.4em .9em;border:1px solid #12325c;border-radius:4px;background:#fff;color:#12325c;cursor:pointer;text-decoration:none;display:inline-block}
    button[type=submit]{background:#12325c;color:#fff}
    .truong{margin:0 0 1.1em}.truong>label{display:block}
    .goi-y{margin:.1em 0 .3em;color:#4b5563;font-size:.92em}
    .bat-buoc{color:#9f1239;font-weight:400;font-size:.9em}
    .loi{margin:.2em 0;color:#9f1239}
    .co-loi input,.co-loi textarea,.co-loi select{border:2px solid #9f1239}
    fieldset{border:1px solid #c7ccd4;border-radius:6px;margin:0 0 1.1em;padding:.6em 1em;background:#fff}
    .dong{background:#f9fafb}
    .lua-chon{display:inline-block;margin:.2em 1em .2em 0}
    .ngay-gio label{font-weight:400;margin-left:.6em}
    .tong-loi{border:3px solid #9f1239;background:#fff1f2;padding:.5em 1em;margin:1em 0}.tong-loi h2{margin:.2em 0;font-size:1.2em}
    .da-luu{border:2px solid #166534;background:#f0fdf4;padding:.3em 1em;margin:1em 0}
    .tep-khac{border:1px solid #b45309;background:#fffbeb;padding:.3em 1em}
    .tinh-trang{color:#374151}
    .loc{display:flex;flex-wrap:wrap;gap:0 1em;align-items:end;background:#fff;padding:.5em 1em;border-radius:6px;border:1px solid #c7ccd4}
    .loc p{margin:.3em 0}.loc label{display:block}
    .danh-sach{width:100%;border-collapse:collapse;background:#fff}
    .danh-sach th,.danh-sach td{border-bottom:1px solid #d1d5db;padding:.4em;text-align:left;vertical-align:top}
    .danh-sach code{font-size:.8em;word-break:break-all}
    .tt-ban-nhap{color:#92400e}.tt-hen-gio{color:#1e40af}.tt-loi{color:#9f1239}
    .xem-truoc iframe{width:100%;min-height:16em;border:1px solid #c7ccd4;border-radius:6px;background:#fff}
    .chen-anh{display:flex;flex-wrap:wrap;gap:0 1em;align-items:end}.chen-anh p{margin:.3em 0}
    .nut-luu{position:sticky;bottom:0;background:#f6f7f9;padding:.6em 0;display:flex;flex-wrap:wrap;gap:.6em}
    .thong-bao:empty{display:none}.thong-bao{padding:.3em .6em;background:#eef2ff}
    """

  static let script = """
    // cchc serve --soan-thao: rows, uploads, pictures in the body, live preview.
    (function () {
      "use strict";
      var form = document.querySelector("form.bieu-mau");
      var summary = document.getElementById("tong-loi");
      if (summary) summary.focus();
      if (!form) return;
      var csrf = form.querySelector("input[name=_csrf]").value;
      var status = document.getElementById("thong-bao-tai-len");
      function say(text) { status.textContent = text; }

      // Rows: a new row copies the group's last row with the next number, emptied.
      function renumber(row, group, index) {
        var from = new RegExp("^(f-)?" + group.replace(/\\./g, "[-.]") + "[-.]\\\\d+[-.]");
        row.setAttribute("data-dong", index);
        row.querySelectorAll("[name],[id],[for],[aria-describedby],[data-dien-vao]").forEach(function (el) {
          ["name", "id", "for", "aria-describedby", "data-dien-vao"].forEach(function (attr) {
            var value = el.getAttribute(attr);
            if (!value) return;
            el.setAttribute(attr, value.split(" ").map(function (part) {
              return part.replace(from, function (m, f) { return (f || "") + group.replace(/\\./g, f ? "-" : ".") + (f ? "-" : ".") + index + (f ? "-" : "."); });
            }).join(" "));
          });
        });
        var legend = row.querySelector("legend");
        if (legend) legend.textContent = "Dòng " + (index + 1);
        var remove = row.querySelector(".xoa-dong");
        if (remove) remove.textContent = "Xóa Dòng " + (index + 1);
      }
      form.addEventListener("click", function (event) {
        var button = event.target.closest("button");
        if (!button) return;
        if (button.classList.contains("them-dong")) {
          var set = button.closest("fieldset.nhom");
          var rows = set.querySelectorAll(":scope > fieldset.dong");
          var last = rows[rows.length - 1];
          var copy = last.cloneNode(true);
          copy.querySelectorAll("input,textarea,select").forEach(function (el) {
            if (el.type === "checkbox") el.checked = false; else if (el.tagName === "SELECT") el.selectedIndex = 0; else el.value = "";
            el.removeAttribute("aria-invalid");
          });
          copy.querySelectorAll(".loi").forEach(function (el) { el.remove(); });
          var next = Number(last.getAttribute("data-dong")) + 1;
          renumber(copy, set.getAttribute("data-nhom"), next);
          last.after(copy);
          var firstField = copy.querySelector("input,textarea,select");
          if (firstField) firstField.focus();
          say("Đã thêm dòng " + (next + 1) + ".");
        } else if (button.classList.contains("xoa-dong")) {
          var row = button.closest("fieldset.dong");
          var group = row.closest("fieldset.nhom");
          var add = group.querySelector(".them-dong");
          if (group.querySelectorAll(":scope > fieldset.dong").length > 1) {
            row.remove();
          } else {
            row.querySelectorAll("input,textarea").forEach(function (el) { if (el.type !== "checkbox") el.value = ""; });
          }
          say("Đã xóa một dòng; bấm Lưu để ghi lại.");
          if (add) add.focus();
        } else if (button.id === "nut-xem-truoc") {
          preview();
        } else if (button.id === "nut-chen-anh") {
          insertPicture();
        }
      });

      // Uploads go to tep/ as they are chosen; the path fills the field.
      function upload(file, folder) {
        var url = "/__cchc/soan-thao/tai-len?thu_muc=" + encodeURIComponent(folder) + "&ten=" + encodeURIComponent(file.name);
        say("Đang tải lên " + file.name + "…");
        return fetch(url, { method: "POST", body: file, headers: { "X-CCHC-CSRF": csrf }, credentials: "same-origin" })
          .then(function (r) { return r.json(); })
          .then(function (answer) {
            if (answer.loi) { say(answer.loi); throw new Error(answer.loi); }
            var size = answer.rong ? " (" + answer.rong + " × " + answer.cao + " điểm ảnh)" : "";
            say("Đã tải lên " + answer.duong_dan + size + ".");
            return answer;
          });
      }
      form.addEventListener("change", function (event) {
        var input = event.target;
        if (!input.matches("input[type=file][data-tai-len]") || !input.files.length) return;
        upload(input.files[0], input.getAttribute("data-tai-len")).then(function (answer) {
          var field = document.getElementById(input.getAttribute("data-dien-vao"));
          if (field) field.value = answer.duong_dan;
        }).catch(function () {});
      });

      var body = document.getElementById("noi_dung");
      function insertPicture() {
        var picker = document.getElementById("anh-chen");
        var alt = document.getElementById("anh-chen-mo-ta");
        if (!picker.files.length) { say("Hãy chọn ảnh cần chèn."); picker.focus(); return; }
        if (!alt.value.trim()) { say("Hãy viết mô tả ảnh: người dùng trình đọc màn hình nghe mô tả này thay cho ảnh."); alt.focus(); return; }
        upload(picker.files[0], "tep/anh").then(function (answer) {
          var text = "\\n![" + alt.value.trim().replace(/[\\[\\]]/g, "") + "](" + answer.duong_dan + ")\\n";
          var at = body.selectionStart || body.value.length;
          body.value = body.value.slice(0, at) + text + body.value.slice(at);
          alt.value = "";
          picker.value = "";
          preview();
        }).catch(function () {});
      }

      // The body as the page will show it, rendered by cchc, in a frame without scripts.
      var timer = null;
      function preview() {
        var place = document.getElementById("xem-truoc");
        var path = form.querySelector("input[name=tep]").value;
        var kind = form.querySelector("input[name=loai]").value;
        fetch("/__cchc/soan-thao/xem-truoc?tep=" + encodeURIComponent(path) + "&loai=" + encodeURIComponent(kind), {
          method: "POST", body: body.value, headers: { "X-CCHC-CSRF": csrf, "Content-Type": "text/plain; charset=utf-8" },
          credentials: "same-origin"
        }).then(function (r) { return r.text(); }).then(function (html) {
          var frame = place.querySelector("iframe");
          if (!frame) {
            frame = document.createElement("iframe");
            frame.setAttribute("sandbox", "");
            frame.title = "Nội dung xem trước";
            place.appendChild(frame);
          }
          frame.srcdoc = "<!DOCTYPE html><html lang=vi><meta charset=utf-8><style>body{font:17px/1.5 system-ui,sans-serif;margin:.5em 1em}img{max-width:100%}</style><body>" + html;
        }).catch(function () {});
      }
      if (body) {
        body.addEventListener("input", function () { clearTimeout(timer); timer = setTimeout(preview, 400); });
        preview();
      }
    })();
    """
}

// cchc: progressive enhancement for share and print buttons. Pages work without this script.
// Loaded as a file (no inline script), so a strict Content-Security-Policy works.
(function () {
  "use strict";

  function announce(box, text) {
    var status = box.querySelector("[data-share-status]");
    if (status) {
      status.textContent = text;
    }
  }

  function copyText(text) {
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(text);
    }
    return new Promise(function (resolve, reject) {
      var field = document.createElement("textarea");
      field.value = text;
      field.setAttribute("readonly", "");
      field.className = "visually-hidden";
      document.body.appendChild(field);
      field.select();
      var ok = false;
      try {
        ok = document.execCommand("copy");
      } catch (e) {
        ok = false;
      }
      document.body.removeChild(field);
      if (ok) {
        resolve();
      } else {
        reject(new Error("copy failed"));
      }
    });
  }

  function setUpShare(box) {
    var url = box.getAttribute("data-share-url");
    var title = box.getAttribute("data-share-title") || document.title;
    var nativeButton = box.querySelector("[data-share-native]");
    var copyButton = box.querySelector("[data-share-copy]");
    var field = box.querySelector("[data-share-field]");

    if (nativeButton && navigator.share) {
      nativeButton.hidden = false;
      nativeButton.addEventListener("click", function () {
        navigator.share({ title: title, url: url }).catch(function () {});
      });
    }
    if (copyButton) {
      copyButton.hidden = false;
      copyButton.addEventListener("click", function () {
        copyText(url).then(function () {
          box.setAttribute("data-copied", url);
          announce(box, "Đã sao chép liên kết.");
        }, function () {
          if (field) {
            field.focus();
            field.select();
          }
          announce(box, "Không sao chép tự động được, hãy chọn và sao chép liên kết trong ô.");
        });
      });
    }
  }

  // Buttons [data-print] (hidden in the HTML) open the browser's print dialog; the hint
  // [data-print-hint] that explains Ctrl + P is then no longer needed.
  function setUpPrint(button) {
    if (typeof window.print !== "function") {
      return;
    }
    button.hidden = false;
    button.addEventListener("click", function () {
      window.print();
    });
    var hint = button.parentNode && button.parentNode.querySelector("[data-print-hint]");
    if (hint) {
      hint.hidden = true;
    }
  }

  function start() {
    var boxes = document.querySelectorAll("[data-share]");
    for (var i = 0; i < boxes.length; i++) {
      setUpShare(boxes[i]);
    }
    var printButtons = document.querySelectorAll("[data-print]");
    for (var j = 0; j < printButtons.length; j++) {
      setUpPrint(printButtons[j]);
    }
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();

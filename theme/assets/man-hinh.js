// cchc desk screen (man-hinh/): shows one panel at a time and moves to the next every
// `data-seconds` (`?giay=` overrides it, for tests), keeps a clock, and every
// `data-reload-minutes` asks the server for the page again: when the copy there differs
// from the one loaded, it reloads (a new build); when the server cannot be reached it goes
// on showing what it has. Nothing here may throw: a TV has no one to close an error.
(function () {
  "use strict";

  function attempt(work) {
    try { work(); } catch (error) { /* keep the screen running */ }
  }

  var root = document.querySelector("[data-desk]");
  if (!root) return;
  root.classList.add("desk--running");
  var panels = Array.prototype.slice.call(root.querySelectorAll("[data-desk-panel]"));
  var dots = Array.prototype.slice.call(root.querySelectorAll("[data-desk-dot]"));
  var clock = root.querySelector("[data-desk-clock]");
  var params = new URLSearchParams(window.location.search);
  var seconds = parseFloat(params.get("giay")) || parseFloat(root.getAttribute("data-seconds")) || 15;
  var reloadMinutes = parseFloat(params.get("tai-lai")) || parseFloat(root.getAttribute("data-reload-minutes")) || 30;
  var zone = root.getAttribute("data-time-zone") || undefined;
  var current = 0;
  var cycles = 0;

  function show(index) {
    panels.forEach(function (panel, k) { panel.hidden = k !== index; });
    dots.forEach(function (dot, k) { dot.classList.toggle("desk__dot--current", k === index); });
    root.setAttribute("data-desk-current", panels[index] ? panels[index].getAttribute("data-desk-panel") : "");
  }

  function next() {
    attempt(function () {
      if (panels.length === 0) return;
      current = (current + 1) % panels.length;
      if (current === 0) {
        cycles += 1;
        root.setAttribute("data-desk-cycles", String(cycles));
      }
      show(current);
    });
  }

  var dayFormat = null;
  var timeFormat = null;
  attempt(function () {
    dayFormat = new Intl.DateTimeFormat("vi-VN", { weekday: "long", day: "2-digit", month: "2-digit", year: "numeric", timeZone: zone });
    timeFormat = new Intl.DateTimeFormat("vi-VN", { hour: "2-digit", minute: "2-digit", hour12: false, timeZone: zone });
  });

  function tick() {
    attempt(function () {
      if (!clock || !dayFormat || !timeFormat) return;
      var now = new Date();
      var text = timeFormat.format(now) + " · " + dayFormat.format(now);
      if (clock.textContent !== text) clock.textContent = text;
    });
  }

  var loaded = null;

  function fetchPage() {
    return window.fetch(window.location.pathname, { cache: "no-store" }).then(function (response) {
      return response.ok ? response.text() : null;
    });
  }

  function checkForNewBuild() {
    attempt(function () {
      fetchPage().then(function (text) {
        if (text === null) return;
        if (loaded === null) {
          loaded = text;
        } else if (text !== loaded) {
          window.location.reload();
        }
      }).catch(function () { /* offline: keep showing what is loaded */ });
    });
  }

  show(0);
  tick();
  checkForNewBuild();
  window.setInterval(next, Math.max(seconds, 0.01) * 1000);
  window.setInterval(tick, 1000);
  window.setInterval(checkForNewBuild, Math.max(reloadMinutes, 0.05) * 60000);
})();

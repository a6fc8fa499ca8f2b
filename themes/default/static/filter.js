// Filters the action list in place; the filters combine. Without JavaScript
// the complete list shows, with filter links (`#f-KEY`) that work through CSS.
(function () {
  var form = document.getElementById("filters");
  if (!form) return;
  // From here on the form filters: switch off the CSS filters and their links.
  document.documentElement.classList.add("js");
  var links = document.getElementById("filter-links");
  if (links) links.hidden = true;
  form.hidden = false;
  var selects = Array.prototype.slice.call(form.querySelectorAll("select[data-group]"));
  var rows = Array.prototype.slice.call(document.querySelectorAll("table.actions tbody tr"));
  var out = document.getElementById("filter-count");
  function apply() {
    var wanted = selects.map(function (s) { return s.value; }).filter(Boolean);
    var shown = 0;
    rows.forEach(function (row) {
      var keys = (row.getAttribute("data-f") || "").split(" ");
      var ok = wanted.every(function (k) { return keys.indexOf(k) >= 0; });
      row.hidden = !ok;
      if (ok) shown++;
    });
    if (out) out.textContent = shown + " / " + rows.length;
  }
  // A link made without JavaScript (`…/actions/index.html#f-status-done`): the same filter.
  var m = /^#f-([a-z0-9-]+)$/.exec(window.location.hash);
  if (m) {
    selects.forEach(function (s) {
      if (s.querySelector('option[value="' + m[1] + '"]')) s.value = m[1];
    });
  }
  selects.forEach(function (s) { s.addEventListener("change", apply); });
  apply();
})();

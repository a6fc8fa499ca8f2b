// Filters the action table; without JavaScript the complete table shows.
(function () {
  var form = document.getElementById("filters");
  if (!form) return;
  form.hidden = false;
  var selects = form.querySelectorAll("select[data-filter]");
  var rows = document.querySelectorAll("table.actions tbody tr");
  var out = document.getElementById("filter-count");
  function apply() {
    var shown = 0;
    rows.forEach(function (row) {
      var ok = true;
      selects.forEach(function (s) {
        if (!s.value) return;
        var values = (row.getAttribute("data-" + s.getAttribute("data-filter")) || "").split("|");
        if (values.indexOf(s.value) < 0) ok = false;
      });
      row.hidden = !ok;
      if (ok) shown++;
    });
    if (out) out.textContent = shown + " / " + rows.length;
  }
  selects.forEach(function (s) { s.addEventListener("change", apply); });
  apply();
})();

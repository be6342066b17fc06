// araseclit report: search, sort and pages for every table.data, and links that reveal
// their target row. Reads cell text only (textContent), never writes HTML: document text
// stays text. No network, no dependencies.
(function () {
  "use strict";
  var PAGE = 25;
  var tables = [];

  function cellKey(row, col) {
    var cell = row.cells[col];
    var text = cell ? cell.textContent.trim() : "";
    var num = Number(text);
    return text !== "" && !isNaN(num) ? num : text.toLowerCase();
  }

  function setup(table) {
    var body = table.tBodies[0];
    if (!body) return;
    var state = {
      table: table,
      rows: Array.prototype.slice.call(body.rows),
      shown: [],
      page: 0,
      query: "",
    };
    var bar = document.createElement("div");
    bar.className = "tools";
    var search = document.createElement("input");
    search.type = "search";
    search.placeholder = "بحث / search";
    search.setAttribute("aria-label", "Search this table");
    var prev = document.createElement("button");
    prev.type = "button";
    prev.textContent = "‹ previous";
    var next = document.createElement("button");
    next.type = "button";
    next.textContent = "next ›";
    var info = document.createElement("span");
    info.className = "info";
    info.setAttribute("aria-live", "polite");
    bar.appendChild(search);
    bar.appendChild(prev);
    bar.appendChild(next);
    bar.appendChild(info);
    var box = table.parentNode;
    box.parentNode.insertBefore(bar, box);
    state.info = info;
    search.addEventListener("input", function () {
      state.query = search.value.trim().toLowerCase();
      state.page = 0;
      filter(state);
    });
    prev.addEventListener("click", function () {
      if (state.page > 0) { state.page -= 1; draw(state); }
    });
    next.addEventListener("click", function () {
      if ((state.page + 1) * PAGE < state.shown.length) { state.page += 1; draw(state); }
    });
    state.search = search;
    var heads = table.tHead ? table.tHead.rows[0].cells : [];
    Array.prototype.forEach.call(heads, function (th, col) {
      th.tabIndex = 0;
      th.setAttribute("aria-sort", "none");
      var sort = function () { sortBy(state, th, col); };
      th.addEventListener("click", sort);
      th.addEventListener("keydown", function (e) { if (e.key === "Enter") sort(); });
    });
    filter(state);
    tables.push(state);
  }

  function sortBy(state, th, col) {
    var ascending = th.getAttribute("aria-sort") !== "ascending";
    Array.prototype.forEach.call(th.parentNode.cells, function (other) {
      other.setAttribute("aria-sort", "none");
    });
    th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
    state.rows.sort(function (a, b) {
      var x = cellKey(a, col), y = cellKey(b, col);
      if (typeof x !== typeof y) { x = String(x); y = String(y); }
      var order = x < y ? -1 : x > y ? 1 : 0;
      return ascending ? order : -order;
    });
    var body = state.table.tBodies[0];
    state.rows.forEach(function (row) { body.appendChild(row); });
    filter(state);
  }

  function filter(state) {
    state.shown = state.rows.filter(function (row) {
      return !state.query || row.textContent.toLowerCase().indexOf(state.query) >= 0;
    });
    draw(state);
  }

  function draw(state) {
    var first = state.page * PAGE;
    var visible = new Set(state.shown.slice(first, first + PAGE));
    state.rows.forEach(function (row) { row.hidden = !visible.has(row); });
    var last = Math.min(first + PAGE, state.shown.length);
    state.info.textContent = state.shown.length
      ? "rows " + (first + 1) + "–" + last + " of " + state.shown.length +
        (state.shown.length < state.rows.length ? " (of " + state.rows.length + ")" : "")
      : "no row matches (of " + state.rows.length + ")";
  }

  function reveal() {
    var id = decodeURIComponent(location.hash.slice(1));
    var target = id && document.getElementById(id);
    if (!target) return;
    tables.forEach(function (state) {
      var at = state.rows.indexOf(target);
      if (at < 0) return;
      if (state.shown.indexOf(target) < 0) {
        state.query = "";
        state.search.value = "";
        state.shown = state.rows.slice();
      }
      state.page = Math.floor(state.shown.indexOf(target) / PAGE);
      draw(state);
    });
    var old = document.querySelectorAll(".target");
    Array.prototype.forEach.call(old, function (el) { el.classList.remove("target"); });
    target.classList.add("target");
    var section = target.closest("details");
    if (section) section.open = true;
    target.scrollIntoView({ block: "center" });
  }

  // a packed table: rows as gzipped JSON in the script element after it
  function unpack(table) {
    var blob = table.nextElementSibling;
    var bytes = Uint8Array.from(atob(blob.textContent), function (c) { return c.charCodeAt(0); });
    var stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"));
    return new Response(stream).json().then(function (data) {
      var body = table.tBodies[0];
      data.rows.forEach(function (values) {
        var row = document.createElement("tr");
        if (data.id) row.id = data.id[1] + "-" + values[data.id[0]];
        values.forEach(function (value, col) {
          var cell = document.createElement("td");
          var text = value === null ? "" : String(value);
          if (typeof value === "number") cell.className = "num";
          else if (data.text.indexOf(col) >= 0) cell.className = "text";
          var kind = data.links[String(col)];
          if (kind && text) {
            var link = document.createElement("a");
            link.href = "#" + kind + "-" + text;
            link.textContent = text;
            cell.appendChild(link);
          } else {
            cell.textContent = text;
          }
          row.appendChild(cell);
        });
        body.appendChild(row);
      });
    });
  }

  var packed = document.querySelectorAll("table.data.packed");
  Promise.all(Array.prototype.map.call(packed, unpack)).then(function () {
    Array.prototype.forEach.call(document.querySelectorAll("table.data"), setup);
    window.addEventListener("hashchange", reveal);
    reveal();
    document.documentElement.setAttribute("data-ready", "1");
  });
})();

/*
 * The network map (netwerkkaart). Runs entirely in the browser: it keeps the entries in
 * memory only, makes no network request and writes nothing to storage. Closing or
 * reloading the page forgets everything. Without JavaScript the page shows a blank,
 * printable map instead.
 */
(function () {
  "use strict";

  var root = document.getElementById("netmap");
  if (!root) { return; }
  var SVG_NS = "http://www.w3.org/2000/svg";
  var RADIUS = { own: 95, informal: 185, professional: 275 };
  var entries = [];
  var nextId = 1;

  var blank = document.getElementById("netmap-blank");
  var app = document.getElementById("netmap-app");
  var nameInput = document.getElementById("netmap-name");
  var ringSelect = document.getElementById("netmap-ring");
  var relationSelect = document.getElementById("netmap-relation");
  var list = document.getElementById("netmap-list");
  var layer = document.getElementById("netmap-entries");
  var status = document.getElementById("netmap-status");

  function ringLabel(key) {
    for (var i = 0; i < ringSelect.options.length; i++) {
      if (ringSelect.options[i].value === key) { return ringSelect.options[i].text; }
    }
    return key;
  }

  function relationLabel(key) {
    return key === "strained" ? root.dataset.labelStrained : root.dataset.labelSupportive;
  }

  function svg(tag, attributes) {
    var element = document.createElementNS(SVG_NS, tag);
    Object.keys(attributes).forEach(function (key) { element.setAttribute(key, attributes[key]); });
    return element;
  }

  function drawMap() {
    while (layer.firstChild) { layer.removeChild(layer.firstChild); }
    Object.keys(RADIUS).forEach(function (ring) {
      var inRing = entries.filter(function (e) { return e.ring === ring; });
      inRing.forEach(function (entry, index) {
        // Spread the entries over the ring, leaving the top free for the ring's label.
        var free = 0.6;
        var shift = ring === "informal" ? 0.15 : 0;
        var angle = -Math.PI / 2 + free + shift + ((2 * Math.PI - 2 * free) * (index + 0.5)) / inRing.length;
        var x = Math.round(RADIUS[ring] * Math.cos(angle));
        var y = Math.round(RADIUS[ring] * Math.sin(angle));
        var group = svg("g", { "class": "kr-netmap__entry kr-netmap__entry--" + entry.relation });
        group.appendChild(svg("line", { x1: 0, y1: 0, x2: x, y2: y, "class": "kr-netmap__link" }));
        group.appendChild(svg("circle", { cx: x, cy: y, r: 9, "class": "kr-netmap__dot" }));
        var label = svg("text", { x: x, y: y - 14, "text-anchor": "middle", "class": "kr-netmap__label" });
        label.textContent = entry.name;
        group.appendChild(label);
        layer.appendChild(group);
      });
    });
  }

  function drawList() {
    while (list.firstChild) { list.removeChild(list.firstChild); }
    if (!entries.length) {
      var emptyRow = document.createElement("tr");
      var cell = document.createElement("td");
      cell.colSpan = 4;
      cell.textContent = root.dataset.labelEmpty;
      emptyRow.appendChild(cell);
      list.appendChild(emptyRow);
      return;
    }
    entries.forEach(function (entry) {
      var row = document.createElement("tr");
      [entry.name, ringLabel(entry.ring), relationLabel(entry.relation)].forEach(function (text) {
        var td = document.createElement("td");
        td.textContent = text;
        row.appendChild(td);
      });
      var actions = document.createElement("td");
      actions.className = "kr-no-print";
      var remove = document.createElement("button");
      remove.type = "button";
      remove.className = "utrecht-button utrecht-button--subtle";
      remove.textContent = root.dataset.labelRemove;
      remove.setAttribute("aria-label", root.dataset.labelRemove + ": " + entry.name);
      remove.addEventListener("click", function () {
        entries = entries.filter(function (e) { return e.id !== entry.id; });
        redraw();
        nameInput.focus();
      });
      actions.appendChild(remove);
      row.appendChild(actions);
      list.appendChild(row);
    });
  }

  function redraw() {
    drawMap();
    drawList();
    status.textContent = String(entries.length);
  }

  function add() {
    var name = nameInput.value.trim();
    if (!name) { nameInput.focus(); return; }
    entries.push({ id: nextId++, name: name.slice(0, 60), ring: ringSelect.value, relation: relationSelect.value });
    nameInput.value = "";
    redraw();
    nameInput.focus();
  }

  document.getElementById("netmap-add").addEventListener("click", add);
  nameInput.addEventListener("keydown", function (event) {
    if (event.key === "Enter") { event.preventDefault(); add(); }
  });
  document.getElementById("netmap-print").addEventListener("click", function () { window.print(); });
  document.getElementById("netmap-clear").addEventListener("click", function () {
    if (!entries.length || window.confirm(root.dataset.confirmClear)) {
      entries = [];
      redraw();
    }
  });

  blank.hidden = true;
  app.hidden = false;
  redraw();
}());

/* heron dashboard: every view is drawn from the JSON API (/api/v1), nothing else.
 *
 * Text from the database (titles, evidence, article text) only ever enters the
 * page as text nodes (textContent, createTextNode), never as HTML.
 * The filters and the view live in the URL, so a view can be shared and cited.
 */
(function () {
  "use strict";

  var API = "/api/v1/";
  var FILTERS = ["actor", "type", "measure", "since", "until", "q"];
  var QUAD_COLOURS = { 0: "#667085", 1: "#3b82c4", 2: "#2e9e4f", 3: "#e89a1c", 4: "#c9302c" };
  var SOURCE_COLOURS = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b",
    "#e377c2", "#7f7f7f", "#bcbd22", "#17becf"];
  var meta = null;
  var views = {}; // live chart and map objects, also read by the browser tests
  window.heron = views;

  // ---- state in the URL ----

  function readState() {
    var params = new URLSearchParams(window.location.search);
    var state = { view: params.get("view") || "map", doc: params.get("doc"), series: params.get("series") };
    FILTERS.forEach(function (name) { state[name] = params.get(name) || ""; });
    return state;
  }

  function writeState(state, push) {
    var params = new URLSearchParams();
    if (state.view && state.view !== "map") params.set("view", state.view);
    FILTERS.forEach(function (name) { if (state[name]) params.set(name, state[name]); });
    if (state.doc) params.set("doc", state.doc);
    if (state.series) params.set("series", state.series);
    var url = window.location.pathname + (params.toString() ? "?" + params.toString() : "");
    if (push) window.history.pushState(null, "", url);
    else window.history.replaceState(null, "", url);
  }

  function filterParams(state, skip) {
    var params = {};
    FILTERS.forEach(function (name) {
      if (state[name] && (!skip || skip.indexOf(name) < 0)) params[name] = state[name];
    });
    return params;
  }

  // ---- helpers ----

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (key) {
      if (key === "text") node.textContent = attrs[key];
      else if (key === "className") node.className = attrs[key];
      else node.setAttribute(key, attrs[key]);
    });
    (children || []).forEach(function (child) {
      node.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
    });
    return node;
  }

  function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); }

  function status(message, isError) {
    var node = document.getElementById("status");
    node.textContent = message || "";
    node.className = isError ? "error" : "";
  }

  function getJSON(path, params) {
    var query = new URLSearchParams(params || {}).toString();
    return fetch(API + path + (query ? "?" + query : ""), { headers: { Accept: "application/json" } })
      .then(function (response) {
        return response.json().then(function (body) {
          if (!response.ok) {
            var error = body && body.error ? body.error.code + " " + body.error.message : response.statusText;
            throw new Error(error);
          }
          return body;
        });
      });
  }

  function fail(error) { status(String(error.message || error), true); }

  function actorsText(actors) {
    return (actors || []).map(function (a) {
      return a.country ? a.country + (a.sector ? " " + a.sector : "") : a.name;
    }).join(", ");
  }

  function quadOf(type) {
    var found = (meta.types || []).filter(function (t) { return t.code === type; })[0];
    return found ? found.quad : 0;
  }

  function docLink(id) {
    var link = el("a", { href: "?view=document&doc=" + encodeURIComponent(id), text: id, "data-doc": id });
    link.addEventListener("click", function (event) {
      event.preventDefault();
      var state = readState();
      state.view = "document";
      state.doc = id;
      writeState(state, true);
      render();
    });
    return link;
  }

  function toSeconds(day) { return Date.parse(day + "T00:00:00Z") / 1000; }
  function toDay(seconds) { return new Date(seconds * 1000).toISOString().slice(0, 10); }

  // ---- filters form, tabs and citation ----

  function setupForm() {
    var typeSelect = document.getElementById("f-type");
    meta.types.forEach(function (t) {
      typeSelect.appendChild(el("option", { value: t.code, text: t.code + " (" + meta.quads[t.quad] + ")" }));
    });
    var measureSelect = document.getElementById("f-measure");
    meta.measures.forEach(function (m) { measureSelect.appendChild(el("option", { value: m, text: m })); });
    var form = document.getElementById("filters");
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var state = readState();
      FILTERS.forEach(function (name) { state[name] = form.elements[name].value.trim(); });
      writeState(state, true);
      render();
    });
    document.getElementById("f-clear").addEventListener("click", function () {
      var state = readState();
      FILTERS.forEach(function (name) { state[name] = ""; });
      writeState(state, true);
      render();
    });
    document.querySelectorAll("#tabs a[data-view]").forEach(function (link) {
      link.addEventListener("click", function (event) {
        event.preventDefault();
        var state = readState();
        state.view = link.getAttribute("data-view");
        if (state.view === "document") state.doc = null;
        writeState(state, true);
        render();
      });
    });
    document.getElementById("cite-copy").addEventListener("click", function () {
      var box = document.getElementById("cite-text");
      box.select();
      if (navigator.clipboard) navigator.clipboard.writeText(box.value).catch(function () {});
    });
    window.addEventListener("popstate", render);
  }

  function fillForm(state) {
    var form = document.getElementById("filters");
    FILTERS.forEach(function (name) { form.elements[name].value = state[name] || ""; });
    document.querySelectorAll("#tabs a[data-view]").forEach(function (link) {
      link.className = link.getAttribute("data-view") === state.view ? "active" : "";
    });
    ["map", "estimates", "network", "document"].forEach(function (view) {
      document.getElementById("view-" + view).hidden = view !== state.view;
    });
  }

  function cite(state) {
    var used = FILTERS.filter(function (n) { return state[n]; })
      .map(function (n) { return n + "=" + state[n]; });
    var lines = [
      "heron " + meta.heron + " ledger, view: " + state.view + (state.doc ? " " + state.doc : ""),
      "filters: " + (used.length ? used.join(", ") : "none"),
      "database: sha256:" + meta.fingerprint + " (" + meta.counts.documents + " documents, " +
        meta.counts.events + " events, " + meta.counts.claims + " claims)",
      "retrieved: " + meta.retrieved + " from " + window.location.href,
    ];
    document.getElementById("cite-text").value = lines.join("\n");
  }

  // ---- map ----

  function setupMap() {
    var map = L.map("map", { worldCopyJump: true, minZoom: 1, maxZoom: 10 }).setView([35, 30], 2);
    map.attributionControl.setPrefix("Leaflet");
    map.attributionControl.addAttribution("Borders: Natural Earth via world-atlas");
    fetch("/static/vendor/world-atlas/countries-110m.json")
      .then(function (r) { return r.json(); })
      .then(function (world) {
        var countries = topojson.feature(world, world.objects.countries);
        // Antarctica spans every longitude; rings cut at the antimeridian are unwrapped
        countries.features = countries.features.filter(function (f) { return f.id !== "010"; });
        countries.features.forEach(function (f) { unwrap(f.geometry); });
        L.geoJSON(countries, {
          interactive: false,
          style: { className: "country", color: "#9aa5b1", weight: 0.8, fillColor: "#f7f5ee", fillOpacity: 1 },
        }).addTo(map);
        views.bordersDrawn = countries.features.length;
      })
      .catch(fail);
    views.map = map;
    var legend = document.getElementById("legend");
    [1, 2, 3, 4].forEach(function (q) {
      legend.appendChild(el("span", {}, [el("span", { className: "swatch quad-" + q }), meta.quads[q]]));
    });
  }

  function unwrap(geometry) {
    // Leaflet draws a ring's edge from 180 to -180 straight across the map; shift the far side
    var polygons = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
    polygons.forEach(function (polygon) {
      polygon.forEach(function (ring) {
        var jumps = ring.some(function (p, i) { return i > 0 && Math.abs(p[0] - ring[i - 1][0]) > 180; });
        if (jumps) ring.forEach(function (p) { if (p[0] < 0) p[0] += 360; });
      });
    });
  }

  function clusterIcon(cluster) {
    var reports = cluster.getAllChildMarkers().reduce(function (sum, m) { return sum + m.options.reports; }, 0);
    var size = Math.min(64, 24 + 4 * Math.sqrt(reports));
    var icon = L.divIcon({ html: "", className: "heron-cluster", iconSize: [size, size] });
    icon.createIcon = function (old) {
      var node = L.DivIcon.prototype.createIcon.call(this, old);
      node.textContent = String(reports);
      return node;
    };
    return icon;
  }

  function placePopup(p) {
    var quads = [1, 2, 3, 4].map(function (q) { return meta.quads[q] + ": " + (p.quads[q] || 0); });
    return el("div", {}, [
      el("strong", { text: p.name + (p.country ? " (" + p.country + ")" : "") }),
      el("div", { text: p.reports + " reports in " + p.documents + " documents" }),
      el("div", { text: quads.join(" · ") }),
      el("div", { text: Object.keys(p.types).map(function (t) { return t + " " + p.types[t]; }).join(", ") }),
    ]);
  }

  function drawPlaces(state) {
    return getJSON("places", filterParams(state)).then(function (body) {
      if (views.markers) views.map.removeLayer(views.markers);
      var group = L.markerClusterGroup({ iconCreateFunction: clusterIcon, maxClusterRadius: 50, showCoverageOnHover: false });
      body.features.forEach(function (feature) {
        var p = feature.properties;
        var size = Math.min(44, 10 + 5 * Math.sqrt(p.reports));
        var marker = L.marker([feature.geometry.coordinates[1], feature.geometry.coordinates[0]], {
          icon: L.divIcon({ className: "place quad-" + (p.quad || 0), iconSize: [size, size], html: "" }),
          reports: p.reports,
          title: p.name,
          alt: p.name,
        });
        marker.bindPopup(placePopup(p));
        group.addLayer(marker);
      });
      group.addTo(views.map);
      views.markers = group;
      views.placeCount = body.features.length;
      document.getElementById("map").setAttribute("data-places", String(body.features.length));
    });
  }

  // ---- timeline ----

  function drawTimeline(state) {
    // the timeline shows every date, so a brush can widen the range as well as narrow it
    return getJSON("timeline", filterParams(state, ["since", "until"])).then(function (body) {
      var box = document.getElementById("timeline");
      if (views.timeline) { views.timeline.destroy(); views.timeline = null; }
      clear(box);
      if (!body.weeks.length) { box.textContent = "No dated events."; return; }
      var xs = body.weeks.map(function (w) { return toSeconds(w.week); });
      var data = [xs, body.weeks.map(function (w) { return w.events; })];
      var series = [{}, { label: "all reports", stroke: "#1d2430", fill: "rgba(29,36,48,0.12)", width: 1.5 }];
      [1, 2, 3, 4].forEach(function (q) {
        data.push(body.weeks.map(function (w) { return w.quads[q] || 0; }));
        series.push({ label: meta.quads[q], stroke: QUAD_COLOURS[q], width: 1.5 });
      });
      var plot = new uPlot({
        width: Math.max(400, box.clientWidth || 900),
        height: 170,
        series: series,
        scales: { x: { time: true } },
        cursor: { drag: { x: true, y: false, setScale: false } },
        hooks: {
          setSelect: [function (u) {
            if (u.select.width < 2) return;
            var since = toDay(u.posToVal(u.select.left, "x"));
            var until = toDay(u.posToVal(u.select.left + u.select.width, "x") + 6 * 86400);
            var next = readState();
            next.since = since;
            next.until = until;
            writeState(next, true);
            render({ keepTimeline: true });
          }],
        },
      }, data, box);
      views.timeline = plot;
      if (state.since || state.until) {
        var left = plot.valToPos(state.since ? toSeconds(state.since) : xs[0], "x");
        var right = plot.valToPos(state.until ? toSeconds(state.until) : xs[xs.length - 1], "x");
        plot.setSelect({ left: left, width: Math.max(2, right - left), top: 0, height: plot.over.clientHeight }, false);
      }
    });
  }

  // ---- events table ----

  function drawEvents(state) {
    return getJSON("events", Object.assign({ limit: 100 }, filterParams(state))).then(function (body) {
      var tbody = document.querySelector("#events tbody");
      clear(tbody);
      body.items.forEach(function (e) {
        var type = el("span", { className: "swatch quad-" + quadOf(e.type) });
        tbody.appendChild(el("tr", { "data-date": e.date || e.published || "" }, [
          el("td", { text: e.date || e.published || "" }),
          el("td", {}, [type, e.type + (e.mode ? " / " + e.mode : "")]),
          el("td", { text: actorsText(e.actor) }),
          el("td", { text: actorsText(e.recipient) }),
          el("td", { text: e.place || "" }),
          el("td", { text: e.factuality }),
          el("td", { className: "evidence", text: e.evidence }),
          el("td", {}, [docLink(e.document)]),
        ]));
      });
      document.getElementById("events-count").textContent =
        body.items.length + " of " + body.total + (body.total > body.items.length ? " (first shown)" : "");
      document.getElementById("events").setAttribute("data-total", String(body.total));
    });
  }

  // ---- estimates ----

  function seriesKey(s) { return (s.subject || "-") + ":" + s.measure; }

  function drawEstimates(state) {
    var params = Object.assign({ figures: "false", limit: 200 }, filterParams(state));
    return getJSON("estimates", params).then(function (body) {
      var select = document.getElementById("series");
      clear(select);
      body.items.forEach(function (s) {
        select.appendChild(el("option", {
          value: seriesKey(s),
          text: (s.subject || "?") + " " + s.measure + ": best " + s.best + " (" + s.low + "–" + s.high + "), " +
            s.reports + " reports, " + s.sources + " sources",
        }));
      });
      if (!body.items.length) {
        status("No figures match these filters.");
        clear(document.getElementById("estimate-chart"));
        clear(document.querySelector("#figures tbody"));
        return null;
      }
      var chosen = body.items.filter(function (s) { return seriesKey(s) === state.series; })[0] || body.items[0];
      select.value = seriesKey(chosen);
      select.onchange = function () {
        var next = readState();
        next.series = select.value;
        writeState(next, true);
        render();
      };
      var detail = Object.assign({}, filterParams(state), { measure: chosen.measure, limit: 1 });
      if (chosen.subject) detail.subject = chosen.subject;
      return getJSON("estimates", detail).then(function (one) { drawSeries(one.items[0]); });
    });
  }

  function drawSeries(series) {
    var summary = document.getElementById("estimate-summary");
    summary.textContent = (series.subject || "?") + " " + series.measure + ": best " + series.best +
      ", low " + series.low + ", high " + series.high + ", conservative " + series.conservative + "; " +
      series.sources + " sources, first reported " + series.first_reported + ", last " + series.last_reported;
    var figures = series.figures.filter(function (f) { return f.date; });
    var sources = [];
    figures.forEach(function (f) { if (sources.indexOf(f.source) < 0) sources.push(f.source); });
    // one x per report, so two reports on one day are two points
    var seen = {};
    var xs = figures.map(function (f) {
      var x = toSeconds(f.date);
      seen[x] = (seen[x] || 0) + 1;
      return x + (seen[x] - 1) * 3600;
    });
    var order = xs.map(function (_x, i) { return i; }).sort(function (a, b) { return xs[a] - xs[b]; });
    var x = order.map(function (i) { return xs[i]; });
    var data = [x];
    var plotted = 0;
    var uSeries = [{}];
    sources.forEach(function (source, n) {
      data.push(order.map(function (i) {
        var f = figures[i];
        if (f.source !== source) return null;
        plotted += 1;
        return f.value !== null ? f.value : (f.low !== null && f.high !== null ? (f.low + f.high) / 2 : (f.low || f.high));
      }));
      uSeries.push({
        label: source, stroke: SOURCE_COLOURS[n % SOURCE_COLOURS.length], width: 0,
        paths: function () { return null; }, points: { show: true, size: 9, fill: SOURCE_COLOURS[n % SOURCE_COLOURS.length] },
      });
    });
    [["best", "#1d2430", []], ["low", "#667085", [4, 4]], ["high", "#667085", [4, 4]]].forEach(function (line) {
      var value = series[line[0]];
      data.push(x.map(function () { return value; }));
      uSeries.push({ label: line[0] + " " + value, stroke: line[1], dash: line[2], width: 1.5, points: { show: false } });
    });
    var box = document.getElementById("estimate-chart");
    if (views.estimates) { views.estimates.destroy(); views.estimates = null; }
    clear(box);
    if (x.length) {
      views.estimates = new uPlot({
        width: Math.max(400, box.clientWidth || 900), height: 320, series: uSeries,
        axes: [{}, { size: 70 }],
        scales: { x: { time: true } }, cursor: { drag: { x: false, y: false } },
      }, data, box);
    }
    box.setAttribute("data-reports", String(plotted));
    box.setAttribute("data-figures", String(series.figures.length));
    var tbody = document.querySelector("#figures tbody");
    clear(tbody);
    series.figures.forEach(function (f) {
      var figure = f.value !== null ? String(f.value) : f.low + "–" + f.high;
      tbody.appendChild(el("tr", {}, [
        el("td", { text: f.date || "" }),
        el("td", { text: f.source + (f.via && f.via.length ? " via " + f.via.join(", ") : "") }),
        el("td", { text: figure }),
        el("td", { text: f.qualifier }),
        el("td", { text: f.outlet || "" }),
        el("td", { text: f.counted ? "yes" : "near-copy" }),
        el("td", { className: "evidence", text: f.evidence }),
        el("td", {}, [docLink(f.document)]),
      ]));
    });
  }

  // ---- network ----

  function drawNetwork(state) {
    return getJSON("network", filterParams(state)).then(function (body) {
      document.getElementById("network-summary").textContent =
        body.nodes.length + " countries, " + body.edges.length + " ties, " + body.since + " to " + body.until +
        " (counting " + body.unit + "; change against " + body.previous.since + " to " + body.previous.until + ")";
      var box = document.getElementById("network");
      if (views.network) views.network.destroy();
      var maxEvents = Math.max.apply(null, [1].concat(body.nodes.map(function (n) { return n.events; })));
      var elements = body.nodes.map(function (n) {
        return { data: { id: n.id, label: n.id, events: n.events, size: 18 + 42 * Math.sqrt(n.events / maxEvents) } };
      }).concat(body.edges.map(function (e) {
        return {
          data: { id: e.source + "-" + e.target, source: e.source, target: e.target, events: e.events,
            net: e.net, width: Math.min(12, 1 + Math.sqrt(e.events) * 1.5),
            colour: e.net > 0 ? QUAD_COLOURS[2] : e.net < 0 ? QUAD_COLOURS[4] : "#9aa5b1" },
        };
      }));
      views.network = cytoscape({
        container: box,
        elements: elements,
        style: [
          { selector: "node", style: { label: "data(label)", width: "data(size)", height: "data(size)",
            "background-color": "#3d4a5c", color: "#1d2430", "font-size": 11, "text-valign": "center",
            "text-halign": "right", "text-margin-x": 4 } },
          { selector: "edge", style: { width: "data(width)", "line-color": "data(colour)", opacity: 0.8,
            "curve-style": "bezier" } },
        ],
        layout: { name: body.nodes.length > 2 ? "cose" : "grid", animate: false, randomize: false, padding: 30 },
      });
      box.setAttribute("data-nodes", String(body.nodes.length));
      box.setAttribute("data-edges", String(body.edges.length));
    });
  }

  // ---- documents ----

  function drawDocuments(state) {
    document.getElementById("doc-view").hidden = !state.doc;
    document.getElementById("doc-list").hidden = !!state.doc;
    if (state.doc) {
      return getJSON("documents/" + encodeURIComponent(state.doc)).then(drawDocument);
    }
    return getJSON("documents", Object.assign({ limit: 200 }, filterParams(state))).then(function (body) {
      var tbody = document.querySelector("#documents tbody");
      clear(tbody);
      body.items.forEach(function (d) {
        var title = docLink(d.id);
        title.textContent = d.title || d.id;
        tbody.appendChild(el("tr", {}, [
          el("td", { text: d.published || "" }),
          el("td", { text: d.outlet || "" }),
          el("td", {}, [title]),
          el("td", { text: String(d.events) }),
          el("td", { text: String(d.claims) }),
        ]));
      });
      document.getElementById("docs-count").textContent = body.items.length + " of " + body.total;
    });
  }

  function safeLink(url) {
    try {
      var parsed = new URL(url);
      if (parsed.protocol === "http:" || parsed.protocol === "https:") {
        return el("a", { href: parsed.href, rel: "noopener noreferrer", target: "_blank", text: url });
      }
    } catch (e) { /* not a URL: shown as text */ }
    return document.createTextNode(url);
  }

  function recordSpans(doc) {
    var spans = [];
    [["event", doc.events], ["claim", doc.claims], ["quote", doc.quotes]].forEach(function (pair) {
      (pair[1] || []).forEach(function (record, i) {
        if (record.span && record.span[1] > record.span[0]) {
          spans.push({ kind: pair[0], index: i, start: record.span[0], end: record.span[1], record: record });
        }
      });
    });
    return spans;
  }

  function drawDocument(doc) {
    document.getElementById("doc-title").textContent = doc.title || doc.id;
    var metaLine = document.getElementById("doc-meta");
    clear(metaLine);
    metaLine.appendChild(document.createTextNode(
      [doc.outlet, doc.published, doc.id].filter(Boolean).join(" · ") +
      (doc.duplicate_of ? " · near-copy of " + doc.duplicate_of : "") + (doc.url ? " · " : "")));
    if (doc.url) metaLine.appendChild(safeLink(doc.url));
    var spans = recordSpans(doc);
    // cut the text at every span boundary; each piece is marked by the records covering it
    var cuts = [0, doc.text.length];
    spans.forEach(function (s) { cuts.push(s.start, s.end); });
    cuts = cuts.filter(function (c, i, all) { return all.indexOf(c) === i; }).sort(function (a, b) { return a - b; });
    var article = document.getElementById("doc-text");
    clear(article);
    for (var i = 0; i < cuts.length - 1; i++) {
      var start = cuts[i], end = cuts[i + 1];
      var piece = document.createTextNode(doc.text.slice(start, end));
      var covering = spans.filter(function (s) { return s.start <= start && s.end >= end; })
        .sort(function (a, b) { return (a.end - a.start) - (b.end - b.start); }); // innermost first
      if (!covering.length) { article.appendChild(piece); continue; }
      var mark = el("mark", { className: covering[0].kind, title: covering.map(function (s) { return s.kind; }).join(", ") });
      mark.setAttribute("data-records", covering.map(function (s) { return s.kind + ":" + s.index; }).join(" "));
      mark.appendChild(piece);
      article.appendChild(mark);
    }
    var list = document.getElementById("doc-records");
    clear(list);
    spans.sort(function (a, b) { return a.start - b.start; }).forEach(function (s) {
      var r = s.record;
      var label = s.kind === "event" ? r.type + " " + actorsText(r.actor) + " → " + actorsText(r.recipient)
        : s.kind === "claim" ? r.measure + " " + (r.value !== null ? r.value : r.low + "–" + r.high) +
          (r.source_text ? " (" + r.source_text + ")" : "")
        : "quote" + (r.speaker ? " by " + r.speaker : "");
      var item = el("li", { "data-record": s.kind + ":" + s.index }, [
        el("span", { className: "kind", text: label }),
        el("span", { className: "evidence", text: r.evidence || r.text || "" }),
      ]);
      item.addEventListener("click", function () {
        var marks = article.querySelectorAll("mark");
        for (var m = 0; m < marks.length; m++) {
          var has = (marks[m].getAttribute("data-records") || "").split(" ").indexOf(s.kind + ":" + s.index) >= 0;
          marks[m].classList.toggle("flash", has);
          if (has && marks[m].scrollIntoView) marks[m].scrollIntoView({ block: "center" });
        }
      });
      list.appendChild(item);
    });
    document.getElementById("doc-view").setAttribute("data-marks", String(article.querySelectorAll("mark").length));
  }

  // ---- render ----

  function render(options) {
    var state = readState();
    fillForm(state);
    cite(state);
    status("loading…");
    var work;
    if (state.view === "estimates") work = [drawEstimates(state)];
    else if (state.view === "network") work = [drawNetwork(state)];
    else if (state.view === "document") work = [drawDocuments(state)];
    else {
      work = [drawPlaces(state), drawEvents(state)];
      if (!(options && options.keepTimeline) || !views.timeline) work.push(drawTimeline(state));
      setTimeout(function () { views.map.invalidateSize(); }, 0);
    }
    views.ready = false;
    document.body.removeAttribute("data-ready");
    return Promise.all(work).then(function () {
      views.ready = true;
      document.body.setAttribute("data-ready", state.view);
      if (document.getElementById("status").className !== "error") status("");
    }).catch(fail);
  }

  document.addEventListener("DOMContentLoaded", function () {
    getJSON("meta").then(function (body) {
      meta = body;
      setupForm();
      setupMap();
      return render();
    }).catch(fail);
  });
})();

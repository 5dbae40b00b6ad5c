// Map: the shipped Natural Earth basemap in an equirectangular projection (scaled by the
// cosine of the view's middle latitude), markers at place coordinates sized by mentions,
// places where events happened in the event colour (GET /map: one marker per gazetteer entry,
// each event counted where its own article placed it). Zoom with the buttons or the wheel.

import { el, plural, svg } from "./api.js";
import { features } from "./topo.js";

const W = 640;
const H = 420;

export function renderMap(box, topology, places) {
  const countries = features(topology, "countries");
  const fitOn = places.filter((p) => !isArea(p));
  const view = fit(fitOn.length ? fitOn : places);
  const chart = svg("svg", { viewBox: "0 0 100 100", class: "map-svg", role: "img", "aria-label": "Map of places and events",
                             preserveAspectRatio: "xMidYMid meet" });
  const world = svg("g", { class: "world" });
  const markers = svg("g", { class: "markers" });
  chart.append(svg("rect", { x: -1000, y: -1000, width: 3000, height: 3000, class: "sea" }), world, markers);

  function draw() {
    const k = Math.cos((view.lat * Math.PI) / 180);
    const scale = Math.min(W / (view.spanLon * k), H / view.spanLat); // px per degree
    const project = ([lon, lat]) => [W / 2 + (lon - view.lon) * k * scale, H / 2 - (lat - view.lat) * scale];
    chart.setAttribute("viewBox", `0 0 ${W} ${H}`);
    world.replaceChildren(...countries.map((c) => {
      const d = c.polygons.map((poly) => poly.map((r) => `M${r.map((pt) => project(pt).map((v) => v.toFixed(1)).join(",")).join("L")}Z`).join("")).join("");
      return svg("path", { d, class: "country" }, svg("title", {}, c.name || ""));
    }));
    const most = Math.max(1, ...places.map((p) => p.mentions));
    const sorted = [...places].sort((a, b) => b.mentions - a.mentions);
    markers.replaceChildren();
    const labelled = [];
    for (const p of sorted) {
      const [x, y] = project([p.lon, p.lat]);
      const nEvents = p.events;
      const r = 3.5 + 9 * Math.sqrt(p.mentions / most);
      const area = isArea(p);
      const g = svg("g", { class: `marker${nEvents ? " has-events" : ""}${area ? " area" : ""}`, "data-place": p.name, "data-key": p.key, "data-events": nEvents,
                           "data-texts": p.texts.join("|"), "data-country": p.country || "", transform: `translate(${x.toFixed(1)},${y.toFixed(1)})` },
        svg("title", {}, `${p.name}${p.country ? ` (${p.country})` : ""}\n${plural(p.mentions, "mention")} in ${plural(p.articles, "article")}${nEvents ? `\n${plural(nEvents, "event")} here` : ""}\nwritten: ${p.texts.join(", ")}`),
        svg("circle", { r: r.toFixed(1), class: "dot" }));
      if (nEvents) g.append(svg("circle", { r: (r + 3).toFixed(1), class: "ring" }));
      markers.append(g);
      const inside = x > 0 && x < W && y > 0 && y < H;
      const free = labelled.every(([lx, ly]) => Math.abs(lx - x) > 60 || Math.abs(ly - y) > 14);
      if (inside && free && labelled.length < 14) {
        labelled.push([x, y]);
        markers.append(svg("text", { x: (x + r + 3).toFixed(1), y: (y + 4).toFixed(1), class: "place-label" }, p.name));
      }
    }
  }

  const zoom = (factor) => {
    view.spanLon = Math.min(360, Math.max(1.5, view.spanLon * factor));
    view.spanLat = Math.min(170, Math.max(1, view.spanLat * factor));
    draw();
  };
  chart.addEventListener("wheel", (event) => {
    event.preventDefault();
    zoom(event.deltaY > 0 ? 1.25 : 0.8);
  }, { passive: false });
  let drag = null;
  chart.addEventListener("pointerdown", (event) => { drag = [event.clientX, event.clientY]; chart.setPointerCapture(event.pointerId); });
  chart.addEventListener("pointerup", () => { drag = null; });
  chart.addEventListener("pointermove", (event) => {
    if (!drag) return;
    const rect = chart.getBoundingClientRect();
    const degPerPx = view.spanLon / rect.width;
    view.lon -= (event.clientX - drag[0]) * degPerPx;
    view.lat += (event.clientY - drag[1]) * degPerPx;
    view.lat = Math.max(-80, Math.min(80, view.lat));
    drag = [event.clientX, event.clientY];
    draw();
  });
  const button = (label, title, onclick) => el("button", { type: "button", title, "aria-label": title, onclick }, label);
  const controls = el("div", { class: "map-controls" },
    button("+", "Zoom in", () => zoom(0.66)), button("−", "Zoom out", () => zoom(1.5)),
    button("Fit", "Fit the places", () => { Object.assign(view, fit(fitOn.length ? fitOn : places)); draw(); }),
    button("World", "Whole world", () => { Object.assign(view, { lon: 20, lat: 15, spanLon: 340, spanLat: 150 }); draw(); }));
  box.append(el("div", { class: "map-frame" }, chart, controls),
    el("div", { class: "legend" },
      el("span", { class: "legend-item" }, el("span", { class: "legend-dot" }), "place mentioned (size: mentions)"),
      el("span", { class: "legend-item" }, el("span", { class: "legend-dot events" }), "events reported there"),
      el("span", { class: "legend-item" }, el("span", { class: "legend-dot area" }), "country or region")));
  draw();
}

// Countries, regions, admin areas: drawn dashed (the point is only their centre).
function isArea(place) {
  return /^(PCL|RGN|ADM|CONT|AREA|ZN|region)/.test(place.feature || "");
}

function weightedMedian(points, key) {
  const sorted = [...points].sort((a, b) => a[key] - b[key]);
  const half = sorted.reduce((sum, p) => sum + p.mentions, 0) / 2;
  let seen = 0;
  for (const p of sorted) {
    seen += p.mentions;
    if (seen >= half) return p[key];
  }
  return sorted[sorted.length - 1][key];
}

// The view (centre, spans in degrees) that holds the main cluster with a margin: around the
// mention-weighted median, out to 1.6 times the radius that holds 75% of the mentions, so that
// a capital abroad or a stray match does not stretch the map.
function fit(all) {
  if (!all.length) return { lon: 20, lat: 20, spanLon: 340, spanLat: 150 };
  const [mlon, mlat] = [weightedMedian(all, "lon"), weightedMedian(all, "lat")];
  const dist = (p) => Math.hypot(p.lon - mlon, p.lat - mlat);
  const near = [...all].sort((a, b) => dist(a) - dist(b));
  const total = all.reduce((sum, p) => sum + p.mentions, 0);
  let covered = 0;
  let radius = 0;
  for (const p of near) {
    covered += p.mentions;
    radius = dist(p);
    if (covered >= 0.75 * total) break;
  }
  const points = near.filter((p) => dist(p) <= Math.max(12, 1.6 * radius));
  const lons = points.map((p) => p.lon);
  const lats = points.map((p) => p.lat);
  const [w, e, s, n] = [Math.min(...lons), Math.max(...lons), Math.min(...lats), Math.max(...lats)];
  return { lon: (w + e) / 2, lat: (s + n) / 2, spanLon: Math.max(8, (e - w) * 1.3), spanLat: Math.max(6, (n - s) * 1.3) };
}

// Overview: the events timeline, the map, the actor network and the list of events.

import { articleHref, card, el, empty, get, getAll, plural, typeColor } from "./api.js";
import { renderMap } from "./map.js";
import { renderNetwork } from "./network.js";
import { renderTimeline } from "./timeline.js";

function eventParams(filters) {
  return { since: filters.since, until: filters.until, actor: filters.actor, type: filters.type };
}

export async function renderOverview(target, { filters, stats }) {
  if (stats && stats.counts.articles === 0) {
    target.append(el("div", { class: "notice" }, el("strong", {}, "This database has no articles yet. "),
      "Add some with ", el("code", {}, "dateline ingest PATH --db FILE"), " or build the demo with ",
      el("code", {}, "dateline demo"), ", then reload."));
  }
  const params = eventParams(filters);
  const [events, map, network, topology] = await Promise.all([
    getAll("/events", params, 3000),
    get("/map", params),
    get("/network", params),
    fetch("/static/countries-110m.json").then((r) => r.json()),
  ]);
  const rows = events.rows;
  const note = events.truncated ? `first ${rows.length} events` : plural(rows.length, "event");

  const timelineBox = el("div", { class: "timeline", id: "timeline" });
  target.append(card("Events by type and day", note, timelineBox));

  const mapBox = el("div", { class: "map", id: "map" });
  const netBox = el("div", { class: "network", id: "network" });
  target.append(el("div", { class: "grid-2" },
    card("Where", `${plural(map.places.length, "place")} with coordinates`, mapBox),
    card("Who acts on whom", `links from ${plural(network.events, "event")}; width: number of events`, netBox)));

  if (stats && stats.stories) target.append(await storiesCard());
  target.append(card("Events", "each links to its evidence sentence", eventTable(rows)));

  // draw after the boxes are in the document (they measure their width)
  queueMicrotask(() => {
    renderTimeline(timelineBox, rows, filters, Math.min(rows.length, LIST_ROWS));
    renderMap(mapBox, topology, map.places);
    renderNetwork(netBox, network, filters.actor);
  });
}

async function storiesCard() {
  const { items } = await get("/stories", { limit: 6 });
  return card("Stories", "articles grouped by shared actors and places over time", el("ul", { class: "story-strip" },
    ...items.map((s) => el("li", {},
      el("a", { href: `#/story/${encodeURIComponent(s.story_id)}` }, s.label),
      el("div", { class: "meta" }, `${s.first || "?"} – ${s.last || "?"} · ${plural(s.articles, "article")}`)))));
}

function names(list) {
  return list.length ? list.join(", ") : "—";
}

const LIST_ROWS = 400; // events in the list; the timeline's note says so when there are more

function eventTable(rows) {
  if (!rows.length) return empty("No events match these filters.");
  const body = el("tbody");
  for (const e of rows.slice(0, LIST_ROWS)) {
    body.append(el("tr", { "data-status": e.status },
      el("td", { class: "nowrap" }, e.date || "undated"),
      el("td", {}, el("span", { class: "type-chip", "data-type": e.type }, swatch(e.type), e.type),
        e.mode ? el("span", { class: "mode" }, e.mode) : null),
      el("td", {}, el("span", { class: `status status-${e.status}` }, e.status)),
      el("td", {}, names(e.source_names)),
      el("td", {}, names(e.target_names)),
      el("td", {}, e.place || "—"),
      el("td", { class: "evidence" },
        el("a", { href: articleHref(e.article_id, { ev: [e.evidence_start, e.evidence_end] }), class: "evidence-link",
                  title: `${e.source || "unknown source"}, ${e.published || "undated"}` }, e.evidence)),
    ));
  }
  const table = el("table", { class: "rows events-table" },
    el("thead", {}, el("tr", {}, ...["Date", "Type", "Status", "Source", "Target", "Place", "Evidence"].map((h) => el("th", {}, h)))),
    body);
  const wrap = el("div", { class: "table-wrap" }, table);
  if (rows.length > LIST_ROWS) wrap.append(el("p", { class: "note" }, `Showing ${LIST_ROWS} of ${rows.length.toLocaleString("en")}; narrow the filters to see the rest.`));
  return wrap;
}

export function swatch(type) {
  const s = el("span", { class: "swatch" });
  s.style.background = typeColor(type);
  return s;
}

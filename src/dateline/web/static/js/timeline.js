// Events timeline: one lane per event type, one column per day, one mark per event.
// A mark links to the event's evidence sentence; planned/hypothetical events are hollow,
// negated and denied ones struck through.

import { TYPE_ORDER, articleHref, el, empty, plural, svg, typeColor } from "./api.js";

const LABEL_W = 112;
const MARK = 11;
const GAP = 3;
const HIST_H = 44;
const AXIS_H = 26;
const WINDOW_DAYS = 45;
const MAX_CELL = 84;

function addDays(day, n) {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

function daysBetween(a, b) {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86400000);
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

// "13 Oct", or "13 Oct 2019" where the year must be said (a store may span years)
function dayLabel(day, withYear = false) {
  const label = `${Number(day.slice(8, 10))} ${MONTHS[Number(day.slice(5, 7)) - 1]}`;
  return withYear ? `${label} ${day.slice(0, 4)}` : label;
}

// `listed`: how many of `rows` the list below the chart shows (the note says where the rest are)
export function renderTimeline(box, rows, filters, listed = rows.length) {
  const dayRows = rows.filter((e) => e.date_start && e.date_start === e.date_end);
  const coarse = rows.filter((e) => e.date_start && e.date_start !== e.date_end).length;
  const undated = rows.filter((e) => !e.date_start).length;
  if (!dayRows.length) {
    box.append(empty("No events dated to a day match these filters."));
    return;
  }
  const sorted = dayRows.map((e) => e.date_start).sort();
  let first = sorted[0];
  let last = sorted[sorted.length - 1];
  let hidden;
  if (!filters.since && !filters.until && daysBetween(first, last) >= WINDOW_DAYS) {
    [first, last] = densestWindow(sorted);
  }
  const shown = dayRows.filter((e) => e.date_start >= first && e.date_start <= last);
  hidden = dayRows.length - shown.length;
  const days = [];
  for (let d = first; d <= last; d = addDays(d, 1)) days.push(d);

  const width = Math.max(box.clientWidth || 900, 600);
  const cellW = Math.min(MAX_CELL, Math.max(22, Math.floor((width - LABEL_W - 8) / days.length)));
  const perRow = Math.max(1, Math.floor((cellW - 4) / (MARK + GAP)));
  const types = [...new Set(shown.map((e) => e.type))].sort((a, b) => {
    const ia = TYPE_ORDER.indexOf(a);
    const ib = TYPE_ORDER.indexOf(b);
    return (ia < 0 ? 99 : ia) - (ib < 0 ? 99 : ib) || a.localeCompare(b);
  });
  const cells = new Map(); // type|day -> events
  for (const e of shown) {
    const key = `${e.type}|${e.date_start}`;
    if (!cells.has(key)) cells.set(key, []);
    cells.get(key).push(e);
  }
  const laneH = types.map((t) => {
    const most = Math.max(...days.map((d) => (cells.get(`${t}|${d}`) || []).length));
    return Math.max(1, Math.ceil(most / perRow)) * (MARK + GAP) + 10;
  });
  const totalW = LABEL_W + days.length * cellW + 8;
  const lanesTop = AXIS_H + HIST_H + 6;
  const totalH = lanesTop + laneH.reduce((a, b) => a + b, 0) + 4;
  const chart = svg("svg", { width: totalW, height: totalH, viewBox: `0 0 ${totalW} ${totalH}`,
                             class: "timeline-svg", role: "group", "aria-label": "Events by type and day" });

  // day columns: weekend shading, axis labels, per-day histogram
  const perDay = new Map(days.map((d) => [d, 0]));
  for (const e of shown) perDay.set(e.date_start, perDay.get(e.date_start) + 1);
  const peak = Math.max(...perDay.values());
  const labelEvery = Math.max(1, Math.ceil(48 / cellW));
  let labelledYear = null; // the first label, and the first of each new year, says the year
  let freeX = 0; // where the next label may start without overlapping the last
  days.forEach((day, i) => {
    const x = LABEL_W + i * cellW;
    const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
    if (weekday === 5 || weekday === 6) {
      chart.append(svg("rect", { x, y: AXIS_H, width: cellW, height: totalH - AXIS_H, class: "weekend" }));
    }
    if (i % labelEvery === 0 && x >= freeX) {
      const withYear = day.slice(0, 4) !== labelledYear;
      labelledYear = day.slice(0, 4);
      freeX = x + (withYear ? 74 : 46);
      chart.append(svg("text", { x: x + 2, y: 16, class: "axis-label", "data-day": day }, dayLabel(day, withYear)));
      chart.append(svg("line", { x1: x, x2: x, y1: 20, y2: totalH, class: "day-tick" }));
    }
    const n = perDay.get(day);
    if (n) {
      const h = Math.max(2, Math.round((HIST_H - 12) * n / peak));
      chart.append(svg("rect", { x: x + 2, y: AXIS_H + HIST_H - h, width: cellW - 4, height: h, class: "hist-bar",
                                 "data-day": day },
        svg("title", {}, `${dayLabel(day, true)}: ${plural(n, "event")}`)));
      if (cellW >= 22) chart.append(svg("text", { x: x + cellW / 2, y: AXIS_H + HIST_H - h - 3, class: "hist-count" }, n));
    }
  });
  chart.append(svg("text", { x: 8, y: AXIS_H + HIST_H - 4, class: "lane-label muted" }, "all events"));

  let y = lanesTop;
  types.forEach((type, t) => {
    chart.append(svg("line", { x1: 0, x2: totalW, y1: y, y2: y, class: "lane-rule" }));
    const label = svg("text", { x: 8, y: y + 16, class: "lane-label" }, type);
    chart.append(svg("rect", { x: 0, y: y + 7, width: 4, height: 12, fill: typeColor(type) }), label);
    days.forEach((day, i) => {
      (cells.get(`${type}|${day}`) || []).forEach((e, k) => {
        const col = k % perRow;
        const row = Math.floor(k / perRow);
        const x = LABEL_W + i * cellW + 3 + col * (MARK + GAP);
        const my = y + 6 + row * (MARK + GAP);
        chart.append(mark(e, x, my));
      });
    });
    y += laneH[t];
  });

  const notes = [];
  if (hidden) notes.push(`${plural(hidden, "event")} outside ${dayLabel(first, true)} – ${dayLabel(last, true)}, the busiest ${WINDOW_DAYS} days (set From and To to see them)`);
  if (coarse) notes.push(`${plural(coarse, "event")} dated only to a week, month or year`);
  if (undated) notes.push(`${plural(undated, "undated event")}`);
  box.append(el("div", { class: "timeline-scroll" }, chart), legend());
  const where = listed >= rows.length ? "All are in the list below."
    : `The list below shows the first ${listed.toLocaleString("en")} of ${plural(rows.length, "event")}; narrow the filters to see the rest.`;
  if (notes.length) box.append(el("p", { class: "note" }, `Not drawn: ${notes.join("; ")}. ${where}`));
}

// The WINDOW_DAYS-day span holding the most events (sorted days), trimmed to its events.
function densestWindow(sorted) {
  let best = [0, 0];
  let lo = 0;
  for (let hi = 0; hi < sorted.length; hi++) {
    while (daysBetween(sorted[lo], sorted[hi]) >= WINDOW_DAYS) lo++;
    if (hi - lo > best[1] - best[0]) best = [lo, hi];
  }
  return [sorted[best[0]], sorted[best[1]]];
}

function mark(e, x, y) {
  const who = [e.source_names.join(", "), e.target_names.length ? `→ ${e.target_names.join(", ")}` : ""].filter(Boolean).join(" ");
  const title = `${e.date} · ${e.type}${e.mode ? ` (${e.mode})` : ""} · ${e.status}\n${who || "no actors found"}\n“${e.evidence}”\n${e.source || ""}`;
  const color = typeColor(e.type);
  const hollow = e.status === "planned" || e.status === "hypothetical";
  const shape = svg("rect", { x, y, width: MARK, height: MARK, rx: 2, class: `ev-mark status-${e.status}`,
                              fill: hollow ? "#fff" : color, stroke: color });
  const link = svg("a", { href: articleHref(e.article_id, { ev: [e.evidence_start, e.evidence_end] }), class: "ev",
                          "data-day": e.date_start, "data-type": e.type, "data-article": e.article_id,
                          "data-status": e.status, "aria-label": `${e.type} on ${e.date}: ${e.evidence}` },
    svg("title", {}, title), shape);
  if (e.status === "negated" || e.status === "denied") {
    link.append(svg("line", { x1: x - 1, y1: y + MARK + 1, x2: x + MARK + 1, y2: y - 1, class: "strike" }));
  }
  return link;
}

function legend() {
  const item = (cls, text) => el("span", { class: "legend-item" }, el("span", { class: `legend-mark ${cls}` }), text);
  return el("div", { class: "legend" }, item("solid", "happened / ongoing"), item("hollow", "planned / hypothetical"),
    item("struck", "negated / denied"), el("span", { class: "legend-item muted" }, "Click a mark for its evidence sentence."));
}

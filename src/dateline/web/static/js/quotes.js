// Quote browser: speakers with their number of quotes; the quotes of the chosen speaker.

import { articleHref, card, el, empty, getAll, plural } from "./api.js";
import { searched } from "./article.js";

const PRONOUNS = /^(it|he|she|they|we|i|you|which|who|that|this|these|those|its|his|her|their)$/i;

// Quotes group by their speakers' actor ids; without one, by the words naming the speaker,
// except pronouns and other lower-case words ("it", "which"), which gather as unresolved.
function speakerOf(q) {
  if (q.speakers.length) return { key: q.speakers.join("+"), name: q.speaker_names.join(" & ") };
  const text = (q.speaker_text || "").trim();
  if (/^\p{Lu}/u.test(text) && !PRONOUNS.test(text)) return { key: `text:${text}`, name: text };
  return { key: "unresolved", name: "Speaker not resolved", unresolved: true };
}

export async function renderQuotes(target, { filters, params }) {
  const search = params.get("search") || "";
  const { rows, truncated, problem } = await searched(getAll("/quotes", {
    since: filters.since, until: filters.until, speaker: filters.actor, search,
  }, 3000), search);
  const speakers = new Map();
  for (const q of rows) {
    const s = speakerOf(q);
    if (!speakers.has(s.key)) speakers.set(s.key, { ...s, quotes: [] });
    speakers.get(s.key).quotes.push(q);
  }
  const ranked = [...speakers.values()].sort((a, b) => Boolean(a.unresolved) - Boolean(b.unresolved)
    || b.quotes.length - a.quotes.length || a.name.localeCompare(b.name));
  const chosen = params.get("speaker");
  const current = ranked.find((s) => s.key === chosen) || null;

  const list = el("ul", { class: "speaker-list" },
    el("li", {}, el("a", { href: hrefWith(params, null), class: current ? "" : "active" },
      el("span", {}, "All speakers"), el("span", { class: "count" }, rows.length))),
    ...ranked.map((s) => el("li", {},
      el("a", { href: hrefWith(params, s.key), class: `${current && current.key === s.key ? "active" : ""}${s.unresolved ? " unresolved" : ""}`, "data-speaker": s.name },
        el("span", {}, s.name), el("span", { class: "count" }, s.quotes.length)))));

  const searchForm = el("form", { class: "inline-search", onsubmit: (event) => {
    event.preventDefault();
    const value = new FormData(event.target).get("search").trim();
    const next = new URLSearchParams(params);
    if (value) next.set("search", value); else next.delete("search");
    next.delete("speaker");
    window.location.hash = `#/quotes?${next}`;
  } }, el("input", { type: "search", name: "search", value: search, placeholder: "Search quoted words", "aria-label": "Search quotes" }),
  el("button", { type: "submit" }, "Search"));

  const shown = current ? current.quotes : rows;
  const cards = shown.slice(0, 300).map(quoteCard);
  target.append(el("div", { class: "split" },
    card("Speakers", plural(ranked.length, "speaker"), list),
    card(current ? current.name : "All quotes", `${plural(shown.length, "quote")}${truncated ? " (first 3,000)" : ""}`,
      searchForm, problem || (cards.length ? el("div", { class: "quote-list" }, ...cards) : empty("No quotes match.")))));
}

function hrefWith(params, speaker) {
  const next = new URLSearchParams(params);
  if (speaker) next.set("speaker", speaker); else next.delete("speaker");
  const query = next.toString();
  return query ? `#/quotes?${query}` : "#/quotes";
}

export function quoteCard(q) {
  const who = q.speaker_names.length ? q.speaker_names.join(" & ") : q.speaker_text || "speaker not found";
  return el("figure", { class: `quote quote-${q.kind}` },
    el("blockquote", {}, q.text),
    el("figcaption", {},
      el("span", { class: "who" }, who),
      q.speaker_text && q.speaker_names.length ? el("span", { class: "muted" }, ` (“${q.speaker_text}”)`) : null,
      el("span", { class: "kind-chip" }, q.kind),
      q.cue ? el("span", { class: "muted" }, ` ${q.cue}`) : null,
      q.medium ? el("span", { class: "muted" }, ` · to ${q.medium}`) : null,
      el("span", { class: "meta" }, `${q.date || q.published || "undated"} · ${q.source || "unknown source"} · `,
        el("a", { href: articleHref(q.article_id, { quote: q.seq }) }, "in the article"))));
}

// Stories (after `dateline corpus update`): the list, and one story's timeline of merged
// events and statements, its proposals with their terms, and the actors' stances.

import { articleHref, card, el, empty, get, plural } from "./api.js";
import { swatch } from "./overview.js";

export async function renderStories(target) {
  const { items } = await get("/stories", { limit: 200 });
  if (!items.length) {
    target.append(card("Stories", null, empty("No stories yet: run `dateline corpus update` on this database.")));
    return;
  }
  target.append(card("Stories", plural(items.length, "story", "stories"), el("ul", { class: "article-list" },
    ...items.map((s) => el("li", { class: "article-item" },
      el("a", { href: `#/story/${encodeURIComponent(s.story_id)}`, class: "article-title" }, s.label),
      el("div", { class: "meta" }, [`${s.first || "?"} – ${s.last || "?"}`, plural(s.articles, "article"),
        s.outlets.join(", ")].filter(Boolean).join(" · ")),
      el("div", { class: "meta" }, [s.actors.length ? `Actors: ${s.actors.join(", ")}` : null,
        s.places.length ? `Places: ${s.places.join(", ")}` : null].filter(Boolean).join(" · ")))))));
}

export async function renderStory(target, id) {
  const story = await get(`/stories/${encodeURIComponent(id)}`);
  const names = await actorNames();
  const nameOf = (actorId) => names.get(actorId) || actorId;
  const members = new Map(story.articles.map((a) => [a.id, a]));
  // which report the evidence is from: its outlet and publication day
  const reportOf = (articleId) => {
    const a = members.get(articleId);
    return a ? el("span", { class: "meta report" }, [a.source || "unknown source", a.published || "undated"].join(" · ")) : null;
  };
  const rows = story.timeline.map((t) => el("tr", { class: `kind-${t.kind}` },
    el("td", { class: "nowrap" }, t.date || "undated"),
    el("td", {}, t.kind === "event" ? el("span", { class: "type-chip" }, swatch(t.what), t.what) : el("span", { class: "kind-chip" }, `${t.what} quote`)),
    el("td", {}, [t.sources.join(", "), t.targets.length ? `→ ${t.targets.join(", ")}` : ""].filter(Boolean).join(" ") || "—"),
    el("td", { class: "num" }, t.n_sources),
    el("td", { class: "evidence" }, t.article_id
      ? [el("a", { href: articleHref(t.article_id, t.kind === "statement" ? { quote: t.seq } : { ev: t.evidence }) }, t.text || ""),
         reportOf(t.article_id)]
      : t.text || "")));
  const timeline = rows.length ? el("div", { class: "table-wrap" }, el("table", { class: "rows" },
    el("thead", {}, el("tr", {}, ...["Date", "What", "Who", "Sources", "Evidence"].map((h) => el("th", {}, h)))),
    el("tbody", {}, ...rows))) : empty("Nothing dated in this story.");
  const neg = story.negotiation || { proposals: [], stances: [] };
  const ordered = [...neg.proposals].sort((a, b) => b.terms.length - a.terms.length
    || (b.endorsers.length + b.rejecters.length) - (a.endorsers.length + a.rejecters.length));
  const proposals = ordered.length ? el("div", { class: "proposals" }, ...ordered.map((p) => el("div", { class: "proposal" },
    el("h3", {}, p.name),
    el("div", { class: "meta" }, `seen ${p.first_seen || "?"} – ${p.last_seen || "?"}`),
    p.terms.length ? el("ul", { class: "terms" }, ...p.terms.map((t) => el("li", {}, t))) : el("p", { class: "muted no-terms" }, "No terms found."),
    el("dl", { class: "parties" },
      el("dt", {}, "Proposed by"), el("dd", {}, p.proposers.map(nameOf).join(", ") || "—"),
      el("dt", {}, "Backed by"), el("dd", {}, p.endorsers.map(nameOf).join(", ") || "—"),
      el("dt", {}, "Rejected by"), el("dd", {}, p.rejecters.map(nameOf).join(", ") || "—"))))) : empty("No proposals found.");
  const stances = neg.stances.length ? el("div", { class: "table-wrap" }, el("table", { class: "rows stances" },
    el("thead", {}, el("tr", {}, ...["Actor", "On", "Stance", "Blames", "Date", "Evidence"].map((h) => el("th", {}, h)))),
    el("tbody", {}, ...neg.stances.map((s) => el("tr", {},
      el("td", {}, nameOf(s.actor)), el("td", {}, s.on), el("td", {}, s.stance || "—"),
      el("td", {}, s.blames ? nameOf(s.blames) : "—"), el("td", { class: "nowrap" }, s.date || "—"),
      el("td", { class: "evidence" }, el("a", { href: articleHref(s.article_id, { ev: s.evidence_span }), class: "evidence-link" }, s.evidence || ""),
        reportOf(s.article_id))))))) : empty("No stances found.");
  target.append(
    el("header", { class: "story-head card" }, el("span", { class: "eyebrow" }, "Story"), el("h1", {}, story.label),
      el("div", { class: "meta" }, [plural(story.articles.length, "article"), story.outlets.join(", ")].filter(Boolean).join(" · ")),
      story.actors.length ? el("div", { class: "meta story-actors" }, `Actors: ${story.actors.join(", ")}`) : null,
      story.places.length ? el("div", { class: "meta story-places" }, `Places: ${story.places.join(", ")}`) : null),
    card("Timeline", "merged events (with their number of independent sources) and statements", timeline),
    card("Proposals and terms", plural(ordered.length, "proposal"), proposals),
    card("Stances", "each actor's latest, with whom it blames", stances),
    card("Articles", null, el("ul", { class: "article-list" }, ...story.articles.map((a) => el("li", { class: "article-item" },
      el("a", { href: articleHref(a.id), class: "article-title" }, a.title || `${(a.lead || a.id).slice(0, 120)}…`),
      el("div", { class: "meta" }, [a.published, a.source, a.duplicate_of ? `duplicate of ${a.duplicate_of}` : null].filter(Boolean).join(" · ")))))));
}

async function actorNames() {
  const { items } = await get("/actors", { limit: 500 });
  return new Map(items.map((a) => [a.id, a.name]));
}

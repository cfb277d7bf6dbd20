// One item: its tags with their evidence highlighted in place in the text, the FOC recommendations
// they touch, and its versions with the tags gained and lost between them.
(function () {
  "use strict";
  const { el, safeUrl } = window.RL;
  const KINDS = [["concern", "Concerns"], ["safeguard", "Safeguards"], ["topic", "Topics"]];

  // Evidence offsets point into the field it names (the text, or the title for a hit there); a
  // passage is only marked where the offsets really hold its words.
  function place(item, ev) {
    const field = ev.field === "title" ? "title" : "text";
    return (item[field] || "").substring(ev.start, ev.end) === ev.text ? field : null;
  }

  // The text as text nodes and <mark> elements, one mark per stretch covered by the same tags.
  function markedText(text, spans) {
    const cuts = new Set([0, text.length]);
    spans.forEach((s) => { cuts.add(s.start); cuts.add(s.end); });
    const points = [...cuts].sort((a, b) => a - b);
    const out = el("div", { class: "text", id: "text", tabindex: "-1" });
    for (let i = 0; i < points.length - 1; i++) {
      const from = points[i], to = points[i + 1];
      const covering = spans.filter((s) => s.start <= from && s.end >= to);
      const piece = text.substring(from, to);
      if (covering.length === 0) { out.append(piece); continue; }
      // An empty anchor per passage starting here, so that every "In the text" link has a target.
      covering.filter((s) => s.start === from).forEach((s) => out.append(el("span", { id: s.anchor })));
      out.append(el("mark", { "data-tags": [...new Set(covering.map((s) => s.tag))].join(" ") }, piece));
    }
    return out;
  }

  function select(main, tag) {
    main.querySelectorAll("button.tag").forEach((b) => b.setAttribute("aria-pressed", String(b.dataset.tag === tag)));
    main.querySelectorAll("#text mark").forEach((m) => {
      const tags = m.dataset.tags.split(" ");
      m.classList.toggle("selected", tag !== null && tags.includes(tag));
      m.classList.toggle("dim", tag !== null && !tags.includes(tag));
    });
    main.querySelectorAll(".passages").forEach((p) => { p.hidden = p.dataset.tag !== tag; });
  }

  async function load() {
    const main = document.getElementById("item");
    const id = decodeURIComponent(location.pathname.substring("/items/".length));
    const response = await fetch("/api/items/" + id.split("/").map(encodeURIComponent).join("/"));
    const item = await response.json();
    if (!response.ok) {
      main.replaceChildren(el("p", { class: "error" }, item.error || "Cannot load the item"));
      return;
    }
    document.title = "RightsLens — " + item.title;
    const dates = Object.entries(item.dates || {}).filter(([, v]) => v).map(([k, v]) => k + " " + v).join(" · ");
    const parts = [
      el("h1", {}, item.title),
      el("p", { class: "meta" }, [item.jurisdiction, item.type, item.status, item.language, dates].filter(Boolean).join(" · ")),
      el("p", { class: "meta" }, "RightsLens id ", el("code", { class: "item-id" }, item.id), " · version " + item.version),
    ];
    const verdict = el("p", { class: "verdict" });
    verdict.append(el("span", { class: "badge " + (item.rightsAffecting ? "risk" : "ok") },
      item.rightsAffecting ? "Rights-affecting" : "Not found rights-affecting"));
    verdict.append(" Cybersecurity " + (item.cybersecurity ? "law" : "not established") + " (score " + Number(item.cyberScore || 0).toFixed(2) + ")");
    if (item.taggerVersion) verdict.append(el("span", { class: "meta" }, " · rules " + item.taggerVersion));
    parts.push(verdict);
    const official = safeUrl(item.url);
    if (official) parts.push(el("p", {}, el("a", { href: official, rel: "noopener noreferrer" }, "Official source")));
    if (item.summary) parts.push(el("p", { class: "summary" }, item.summary));

    const spans = [];
    const tagSection = el("section", { "aria-labelledby": "tags-h" }, el("h2", { id: "tags-h" }, "Tags and their evidence"));
    if (item.tags.length === 0) {
      tagSection.append(el("p", {}, item.taggerVersion === "none" ? "Not tagged yet." : "No tags."));
    } else {
      tagSection.append(el("p", { class: "hint" }, "Choose a tag to see the passages behind it; all evidence is marked in the text below."));
    }
    const passages = [];
    for (const [kind, heading] of KINDS) {
      const tags = item.tags.filter((t) => t.kind === kind);
      if (tags.length === 0) continue;
      const row = el("div", { class: "tag-row" }, el("h3", {}, heading));
      for (const tag of tags) {
        row.append(el("button", { type: "button", class: "tag chip " + kind, "data-tag": tag.id, "aria-pressed": "false",
          title: "confidence " + tag.confidence.toFixed(2) }, tag.label + " · " + tag.confidence.toFixed(2)));
        const list = el("ol", {});
        tag.evidence.forEach((ev, i) => {
          const where = place(item, ev);
          const anchor = "ev-" + tag.id + "-" + i;
          if (where === "text") spans.push({ start: ev.start, end: ev.end, tag: tag.id, anchor });
          list.append(el("li", {},
            el("blockquote", {}, ev.text),
            el("p", { class: "meta" }, where === "text"
              ? el("a", { href: "#" + anchor }, "In the text at " + ev.start + "–" + ev.end)
              : (where === "title" ? "In the title" : "Passage not found in this version"), " · rule " + ev.rule)));
        });
        const box = el("div", { class: "passages", "data-tag": tag.id, hidden: "" },
          el("h4", {}, tag.label + " (" + (tag.recommendations || []).map((n) => "R" + n).join(", ") + ")"), list);
        passages.push(box);
      }
      tagSection.append(row);
    }
    passages.forEach((p) => tagSection.append(p));
    parts.push(tagSection);

    if ((item.recommendations || []).length > 0) {
      const list = el("ol", { class: "recommendations" });
      item.recommendations.forEach((r) => list.append(el("li", { value: String(r.number) },
        el("p", {}, r.text), el("p", { class: "meta" }, r.citation + " · tags: " + r.tags.join(", ")))));
      parts.push(el("section", { "aria-labelledby": "recs-h" },
        el("h2", { id: "recs-h" }, "FOC recommendations touched"), list));
    }

    const head = el("tr", {}, el("th", {}, "Version"), el("th", {}, "Fetched"), el("th", {}, "Rules"), el("th", {}, "Tags gained and lost"));
    const rows = item.versions.map((v) => {
      const change = el("td", {});
      if (!v.changes) change.append("first version");
      else {
        v.changes.added.forEach((t) => change.append(el("span", { class: "gained" }, "+" + t), " "));
        v.changes.removed.forEach((t) => change.append(el("span", { class: "lost" }, "−" + t), " "));
        if (v.changes.added.length + v.changes.removed.length === 0) change.append("no change in tags");
      }
      return el("tr", {}, el("td", {}, "v" + v.version), el("td", {}, v.fetchedAt || ""), el("td", {}, v.taggerVersion || ""), change);
    });
    parts.push(el("section", { "aria-labelledby": "versions-h" }, el("h2", { id: "versions-h" }, "Versions"),
      el("div", { class: "scroll" }, el("table", {}, el("thead", {}, head), el("tbody", {}, ...rows)))));

    if (item.text) parts.push(el("h2", {}, "Text"), markedText(item.text, spans));
    main.replaceChildren(...parts);

    main.addEventListener("click", (event) => {
      const button = event.target.closest("button.tag");
      if (!button) return;
      const chosen = button.getAttribute("aria-pressed") === "true" ? null : button.dataset.tag;
      select(main, chosen);
    });
  }
  load();
})();

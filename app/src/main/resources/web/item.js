// Renders one item; every string from the API is inserted as text.
(function () {
  "use strict";
  function el(name, attrs, ...children) {
    const node = document.createElement(name);
    Object.entries(attrs || {}).forEach(([k, v]) => node.setAttribute(k, v));
    children.forEach((c) => node.append(c));
    return node;
  }
  function safeUrl(url) {
    try { const u = new URL(url); return u.protocol === "http:" || u.protocol === "https:" ? u.href : null; }
    catch (e) { return null; }
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
      el("p", { class: "meta" }, [item.jurisdiction, item.type, item.status, dates].filter(Boolean).join(" · ")),
    ];
    const official = safeUrl(item.url);
    if (official) parts.push(el("p", {}, el("a", { href: official, rel: "noopener noreferrer" }, "Official source")));
    if (item.summary) parts.push(el("p", {}, item.summary));
    const tags = el("p", {});
    if (item.tags.length === 0) {
      tags.append(item.taggerVersion === "none" ? "Not tagged yet." : "No tags.");
    }
    item.tags.forEach((t) => tags.append(el("span", { class: "chip " + t.kind, title: t.label }, t.label)));
    parts.push(tags);
    const rows = item.versions.map((v) => el("tr", {},
      el("td", {}, "v" + v.version), el("td", {}, v.fetchedAt || ""),
      el("td", {}, v.changes ? "+" + v.changes.added.join(", +") + " −" + v.changes.removed.join(", −") : "first version")));
    parts.push(el("h2", {}, "Versions"), el("table", {}, ...rows));
    if (item.text) parts.push(el("h2", {}, "Text"), el("div", { class: "text" }, item.text));
    main.replaceChildren(...parts);
  }
  load();
})();

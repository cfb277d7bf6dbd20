// Every string from the API is inserted as text.
(function () {
  "use strict";
  function cell(text) { const td = document.createElement("td"); td.textContent = text == null ? "" : String(text); return td; }
  async function load() {
    const body = document.querySelector("#sources tbody");
    const response = await fetch("/api/sources");
    const sources = await response.json();
    body.replaceChildren();
    for (const s of sources) {
      const tr = document.createElement("tr");
      const name = cell(s.id + " (" + s.type + ")" + (s.enabled ? "" : " — disabled"));
      const status = cell(s.status + (s.consecutiveFailures ? " ×" + s.consecutiveFailures : ""));
      status.className = "status-" + s.status.toLowerCase();
      const runs = s.recentRuns.slice(-5).map((r) => r.succeeded ? r.published + "/" + r.found : "✗").join("  ");
      tr.append(name, status, cell(s.lastAttempt), cell(s.lastSuccess), cell(runs), cell(s.lastError));
      body.append(tr);
    }
  }
  load();
  setInterval(load, 30000);
})();

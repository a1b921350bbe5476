// Progressive enhancement for the front page: when new stories arrive, say so.
// Polls /api/changes with the page's newest activity mark; the page works without it.
(function () {
  var mark = document.querySelector("[data-latest]");
  if (!mark || !window.fetch) { return; }
  var latest = mark.getAttribute("data-latest");
  function poll() {
    fetch("/api/changes?cursor=" + encodeURIComponent(latest), {headers: {"Accept": "application/json"}})
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (data) {
        if (!data || !data.results.length) { return; }
        var banner = document.getElementById("live-banner");
        if (!banner) {
          banner = document.createElement("p");
          banner.id = "live-banner";
          banner.className = "live-banner";
          mark.parentNode.insertBefore(banner, mark.nextSibling);
        }
        var link = document.createElement("a");
        link.href = window.location.pathname + window.location.search;
        link.textContent = data.results.length + " stor" + (data.results.length === 1 ? "y" : "ies") +
          " with new reports — show them";
        banner.replaceChildren(link);
      })
      .catch(function () {});
  }
  window.setInterval(poll, 15000);
})();

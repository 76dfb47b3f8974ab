// Clicking a mention or an entity in the table highlights all the
// mentions of that entity in the same article; clicking again clears.
document.addEventListener("click", function (ev) {
  var t = ev.target.closest("[data-entity], [data-ref]");
  if (!t) { return; }
  var doc = t.closest("article") || document;
  var id = t.getAttribute("data-entity") || t.getAttribute("data-ref");
  var was = t.classList.contains("hl");
  doc.querySelectorAll(".hl").forEach(function (x) { x.classList.remove("hl"); });
  if (was || !id) { return; }
  var q = "[data-entity=\"" + CSS.escape(id) + "\"], [data-ref=\"" + CSS.escape(id) + "\"]";
  doc.querySelectorAll(q).forEach(function (x) { x.classList.add("hl"); });
});

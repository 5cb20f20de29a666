/* dsr-graph query page: YASGUI on this server's /sparql, with the query catalogue. No request
   leaves this origin: the endpoint is forced to ./sparql, and the autocompleters that ask other
   servers (LOV property/class completion) are left out. */
(function () {
  "use strict";

  var endpoint = new URL("sparql", document.baseURI).href;
  var catalogue = [];
  try {
    catalogue = JSON.parse(document.getElementById("dsr-catalogue").textContent) || [];
  } catch (err) {
    console.warn("dsr-graph: could not read the catalogue", err);
  }
  var prefixes = {};
  try {
    prefixes = JSON.parse(document.getElementById("dsr-prefixes").textContent) || {};
  } catch (err) {
    console.warn("dsr-graph: could not read the prefixes", err);
  }
  var byName = {};
  catalogue.forEach(function (entry) { byName[entry.name] = entry; });

  var defaultQuery =
    "PREFIX dsr: <https://w3id.org/dsr/ontology#>\n" +
    "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n\n" +
    "# Partnerships and the sources that state them; the catalogue on the left has more.\n" +
    "SELECT ?partnership ?label ?source WHERE {\n" +
    "  ?partnership a/rdfs:subClassOf* dsr:Partnership ; rdfs:label ?label .\n" +
    "  GRAPH ?source { ?partnership a ?kind }\n" +
    "}\nORDER BY ?label\nLIMIT 50\n";

  // Only the completers that work from the page itself (prefixes bundled, variables of the query).
  Yasgui.Yasqe.defaults.autocompleters = ["prefixes", "variables"];
  Yasgui.Yasqe.defaults.value = defaultQuery;
  Yasgui.Yasqe.defaults.prefixCcApi = null;

  var yasgui = new Yasgui(document.getElementById("yasgui"), {
    requestConfig: { endpoint: endpoint, method: "POST" },
    copyEndpointOnNewTab: true,
    endpointCatalogueOptions: {
      getData: function () { return [{ endpoint: endpoint }]; },
      keys: [],
    },
    persistenceId: "dsr-graph",
    yasr: { prefixes: prefixes },  // results show organisation:…, partnership:… instead of long IRIs
    tabName: "Query",
  });

  // Tabs kept in the browser from an earlier session may name another port or server.
  function pin(tab) {
    if (tab && tab.getEndpoint && tab.getEndpoint() !== endpoint) tab.setEndpoint(endpoint);
  }
  Object.keys(yasgui._tabs || {}).forEach(function (id) { pin(yasgui.getTab(id)); });
  yasgui.on("tabAdd", function (instance, id) { pin(instance.getTab(id)); });
  yasgui.on("tabSelect", function (instance, id) { pin(instance.getTab(id)); });
  yasgui.on("queryBefore", function (instance, tab) { pin(tab); });

  document.querySelectorAll("#catalogue button.load").forEach(function (button) {
    button.addEventListener("click", function () {
      var entry = byName[button.getAttribute("data-query")];
      var tab = yasgui.getTab();
      if (!entry || !tab) return;
      pin(tab);
      tab.setQuery(entry.text);
      tab.setName(entry.name);
      document.querySelectorAll("#catalogue li.entry").forEach(function (li) { li.classList.remove("current"); });
      button.closest("li.entry").classList.add("current");
      var yasqe = tab.getYasqe && tab.getYasqe();
      if (yasqe) yasqe.focus();
    });
  });
})();

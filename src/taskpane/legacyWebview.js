// Plain ES5 on purpose: this is the only script that must run in Internet Explorer 11 (Trident) and Edge
// Legacy (EdgeHTML), the webviews of Excel 2016, Excel 2019 and Microsoft 365 builds before Version 2102.
// The panel's own bundle is modern JavaScript that those webviews cannot even parse, so without this page
// the pane would stay blank. Microsoft's advice: detect them from the user agent and say what to upgrade
// (https://learn.microsoft.com/office/dev/add-ins/develop/support-ie-11).
(function () {
  var MESSAGES = {
    en: {
      title: "Client Rater needs a newer Excel",
      body:
        "This version of Excel shows add-ins with Internet Explorer or Edge Legacy, and Client Rater cannot run there. " +
        "Update to Excel for Microsoft 365 (Version 2102 or later) or Excel 2021 or later, or open the workbook in Excel on the web.",
    },
    nl: {
      title: "Client Rater heeft een nieuwere Excel nodig",
      body:
        "Deze versie van Excel toont invoegtoepassingen met Internet Explorer of Edge Legacy, en daarin werkt Client Rater niet. " +
        "Werk bij naar Excel voor Microsoft 365 (versie 2102 of later) of Excel 2021 of later, of open de werkmap in Excel voor het web.",
    },
    de: {
      title: "Client Rater braucht eine neuere Excel-Version",
      body:
        "Diese Excel-Version zeigt Add-Ins mit Internet Explorer oder Edge Legacy an, und darin läuft Client Rater nicht. " +
        "Aktualisieren Sie auf Excel für Microsoft 365 (Version 2102 oder höher) oder Excel 2021 oder höher, oder öffnen Sie die Arbeitsmappe in Excel für das Web.",
    },
    hu: {
      title: "A Client Raterhez újabb Excel kell",
      body:
        "Az Excel ezen verziója Internet Explorerrel vagy régi Edge-dzsel jeleníti meg a bővítményeket, ezekben a Client Rater nem fut. " +
        "Frissítsen a Microsoft 365-höz készült Excel 2102-es vagy újabb verziójára, vagy az Excel 2021-es vagy újabb kiadására, vagy nyissa meg a munkafüzetet a webes Excelben.",
    },
  };

  function isLegacyWebview(userAgent) {
    return userAgent.indexOf("Trident/") !== -1 || /\bEdge\/\d/.test(userAgent);
  }

  function languageOf(tag) {
    var code = String(tag || "").slice(0, 2).toLowerCase();
    return Object.prototype.hasOwnProperty.call(MESSAGES, code) ? code : "en";
  }

  function show(language) {
    var container = document.getElementById("container");
    if (!container) return;
    var text = MESSAGES[language];
    while (container.firstChild) container.removeChild(container.firstChild);
    var box = document.createElement("div");
    box.setAttribute("role", "alert");
    box.style.font = "14px 'Segoe UI', sans-serif";
    box.style.margin = "16px";
    var title = document.createElement("h1");
    title.style.fontSize = "18px";
    title.appendChild(document.createTextNode(text.title));
    var body = document.createElement("p");
    body.appendChild(document.createTextNode(text.body));
    box.appendChild(title);
    box.appendChild(body);
    container.appendChild(box);
    document.documentElement.lang = language;
  }

  if (!isLegacyWebview(navigator.userAgent)) return;
  show(languageOf(navigator.language || navigator.userLanguage));
  // Office's display language once office.js is ready (it may differ from the system's).
  if (window.Office && typeof window.Office.onReady === "function") {
    window.Office.onReady(function () {
      show(languageOf(window.Office.context && window.Office.context.displayLanguage));
    });
  }
})();

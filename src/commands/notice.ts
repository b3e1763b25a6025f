// The notice dialog's page (notice.html?lang=<language>#<text>): the text, as text (never HTML), and an OK button
// that closes it, the page's own words in the language of the text.
import { languageOf } from "../core/language";
import { noticeWords } from "./noticeWords";

function renderNotice(text: string, language: string | null): void {
  const words = noticeWords(languageOf(language ?? undefined));
  document.documentElement.lang = languageOf(language ?? undefined);
  document.title = words.title;
  const body = document.body;
  body.style.font = "14px 'Segoe UI', sans-serif";
  body.style.margin = "16px";
  for (const line of text.split("\n")) {
    const p = document.createElement("p");
    p.textContent = line;
    body.appendChild(p);
  }
  const ok = document.createElement("button");
  ok.textContent = words.close;
  ok.addEventListener("click", () => {
    // The dialog only opens where DialogApi 1.1 is supported; checked again for the set checker.
    if (Office.context.requirements.isSetSupported("DialogApi", "1.1")) Office.context.ui.messageParent("close");
  });
  body.appendChild(ok);
  ok.focus();
}

Office.onReady(() => renderNotice(decodeURIComponent(location.hash.slice(1)), new URLSearchParams(location.search).get("lang")));

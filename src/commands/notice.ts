// The notice dialog's page (notice.html#<text>): the text, as text (never HTML), and an OK button that closes it.
function renderNotice(text: string): void {
  const body = document.body;
  body.style.font = "14px 'Segoe UI', sans-serif";
  body.style.margin = "16px";
  for (const line of text.split("\n")) {
    const p = document.createElement("p");
    p.textContent = line;
    body.appendChild(p);
  }
  const ok = document.createElement("button");
  ok.textContent = "OK";
  ok.addEventListener("click", () => {
    // The dialog only opens where DialogApi 1.1 is supported; checked again for the set checker.
    if (Office.context.requirements.isSetSupported("DialogApi", "1.1")) Office.context.ui.messageParent("close");
  });
  body.appendChild(ok);
  ok.focus();
}

Office.onReady(() => renderNotice(decodeURIComponent(location.hash.slice(1))));

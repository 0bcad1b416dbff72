// The embed snippets of the prerendered pages name their card by a relative address;
// where scripts run, make it absolute, so that the snippet works on any other site.
for (const box of document.querySelectorAll('textarea[data-embed]')) {
  box.value = box.value.replace(/src="([^"]*)"/, (_, src) => `src="${new URL(src, document.baseURI).href}"`);
}

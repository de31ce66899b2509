/** Saves bytes as a file in the browser: Blob + object URL + a temporary <a download>. */
export function saveFile(data: ArrayBuffer, fileName: string, mime: string): void {
  const url = URL.createObjectURL(new Blob([data], { type: mime }));
  const a = document.createElement("a");
  a.href = url;
  a.download = fileName;
  a.rel = "noopener";
  a.style.display = "none";
  // Attached to the document (not the shadow root) so every browser honours the click.
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Revoking at once can cancel the download in some browsers; give it time.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

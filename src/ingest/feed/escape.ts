/** Plain text made safe to hand to an HTML parser (it will read back exactly this text). */
export function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

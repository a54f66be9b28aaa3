// Escaping for the two places corpus text meets markup at build time: HTML text and data inside a <script> element.

const HTML: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text or an attribute value as HTML: a document containing `<script>` shows as text. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => HTML[c]!);
}

/**
 * JSON to place inside `<script type="application/json">`: `<`, `>` and `&` as \u escapes, so no text can close
 * the element (`</script>`) or open a comment; U+2028/U+2029 escaped for older JavaScript parsers.
 */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** A script's source to inline: `</script` inside it (in a string or a regex) would end the element early. */
export function inlineScript(source: string): string {
  return source.replace(/<\/(script)/gi, '<\\/$1');
}

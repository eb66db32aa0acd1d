/**
 * The light form of a server-rendered widget, for newsletters, RSS readers and apps, which drop
 * `<template>`, `<style>` and custom elements: the shadow root's content alone, in a `<div>`,
 * without style sheets. It works on the renderer's own output only, whose texts and attribute
 * values are escaped, so that these patterns can never meet data.
 */

/** What is visually hidden stays for screen readers, by inline style, as email clients allow. */
const VISUALLY_HIDDEN =
  'position:absolute;width:1px;height:1px;margin:-1px;padding:0;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0';

export function plainHtml(name: string, markup: string, locale: string): string {
  const open = markup.indexOf('<template');
  const start = markup.indexOf('>', open) + 1;
  const end = markup.lastIndexOf('</template>');
  if (open < 0 || end < start) throw new Error(`${name}: the renderer returned no shadow root`);
  const content = markup
    .slice(start, end)
    .replace(/<style>[\s\S]*?<\/style>/g, '')
    .replace(/<slot><\/slot>/g, '')
    // An empty live region says nothing without the script. (The minified templates leave
    // single-word attribute values unquoted.)
    .replace(/<p class="?visually-hidden"? aria-live="?polite"?><\/p>/g, '')
    .replace(
      / class=(?:"visually-hidden"|visually-hidden(?=[\s>]))/g,
      ` class="visually-hidden" style="${VISUALLY_HIDDEN}"`,
    )
    .replace(/\n\s*\n/g, '\n')
    .trim();
  return `<div class="mission-widget ${name}" lang="${locale.replace(/[^a-zA-Z0-9-]/g, '')}">${content}</div>\n`;
}

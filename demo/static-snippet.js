/**
 * The static HTML embed: the command line that writes it, since the widgets' templates render
 * in Node (Lit's server renderer) and the builder stays a plain page.
 */

/** A shell word: single-quoted unless it is plainly safe. */
const shellWord = (text) => (/^[\w@%+=:,./-]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`);

/** `npx mission-widgets render …` for the chosen widget, attributes and format (`dsd` or `plain`). */
export function renderCommandText({ tag, attributes, format }) {
  const words = ['npx', 'mission-widgets', 'render', tag];
  const src = attributes.find(([name]) => name === 'src')?.[1];
  for (const [name, value] of attributes) {
    if (name !== 'src') words.push(value === '' ? name : `${name}=${value}`);
  }
  // The command reads a local copy of the data; the live widget keeps following the URL.
  if (src) words.push('--data', 'mission.json', '--src', src);
  if (format === 'plain') words.push('--format', 'plain');
  return `${words.map(shellWord).join(' ')} > ${tag}${format === 'plain' ? '.plain' : ''}.html\n`;
}

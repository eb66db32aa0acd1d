// The gallery page: lists the shots of demo/gallery/shots.json for the chosen engine. The pictures
// are drawn by test/components/gallery.test.ts; a shot not drawn yet says how to draw it.
const list = await (await fetch('gallery/shots.json')).json();
const main = document.getElementById('gallery');
const CAPTIONS = { white: 'white page', dark: 'dark page', cream: 'cream page' };
const LANGUAGES = { en: 'English', fr: 'French', ht: 'Haitian Creole', es: 'Spanish', sw: 'Swahili' };

const nameOf = (tag, shot) =>
  [tag, shot.state.replace(/\s+/g, '-'), shot.width, shot.host, shot.locale].join('-');

function markup(tag, shot) {
  const attributes = { ...list.widgets[tag], ...shot.attributes };
  const written = Object.entries(attributes)
    .filter(([, value]) => value !== undefined)
    .map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}="${value}"`))
    .join('');
  return `<${tag}${written} locale="${shot.locale}">`;
}

function figure(engine, tag, shot) {
  const item = document.createElement('li');
  const box = document.createElement('figure');
  const image = document.createElement('img');
  const caption = document.createElement('figcaption');
  const what = `${shot.state}, ${shot.width} px, ${CAPTIONS[shot.host]}, ${LANGUAGES[shot.locale]}`;
  image.src = `gallery/${engine}/${nameOf(tag, shot)}.png`;
  image.width = shot.width;
  image.loading = 'lazy';
  image.alt = `${tag} ${what}, as ${engine} draws it`;
  image.addEventListener('error', () => {
    const missing = document.createElement('p');
    missing.className = 'missing';
    missing.textContent = `Not drawn yet in ${engine}: run npm run gallery (or npm test).`;
    image.replaceWith(missing);
  });
  const code = document.createElement('code');
  code.textContent = markup(tag, shot);
  caption.append(`${what}: `, code);
  box.append(image, caption);
  item.append(box);
  return item;
}

function show(engine) {
  const sections = Object.keys(list.widgets).map((tag) => {
    const section = document.createElement('section');
    const heading = document.createElement('h2');
    const code = document.createElement('code');
    code.textContent = `<${tag}>`;
    heading.append(code);
    const shots = document.createElement('ul');
    shots.className = 'shots';
    for (const shot of list.shots.filter(({ only }) => !only || only === tag))
      shots.append(figure(engine, tag, shot));
    section.append(heading, shots);
    return section;
  });
  main.replaceChildren(...sections);
}

for (const input of document.querySelectorAll('input[name="engine"]'))
  input.addEventListener('change', () => input.checked && show(input.value));
show(document.querySelector('input[name="engine"]:checked').value);

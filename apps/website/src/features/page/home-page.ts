import { CUSTOMER_SERVICE_PHONE, CUSTOMER_SERVICE_TEL } from '../../../widget/src/constants.ts';
import type { AssetManifest } from '../../assets/manifest.ts';
import { escapeHtml } from './escape-html.ts';
import { logo, routeIcons, taskIcons, truckScene } from './illustrations.ts';

const tasks = [
  {
    icon: taskIcons.grofvuil,
    title: 'Grofvuil aanmelden',
    text: 'Meubels, matrassen of tuinafval? Vraag een ophaalafspraak aan.',
    chat: true,
  },
  {
    icon: taskIcons.calendar,
    title: 'Afvalkalender',
    text: 'Bekijk wanneer welke container aan de straat mag.',
    chat: false,
  },
  {
    icon: taskIcons.milieustraat,
    title: 'Milieustraten',
    text: 'Breng zelf afval weg naar een van onze milieustraten.',
    chat: false,
  },
  {
    icon: taskIcons.sorting,
    title: 'Afval scheiden',
    text: 'Wat hoort waar? Zo haalt u meer grondstoffen uit uw afval.',
    chat: false,
  },
];

const routes = [
  {
    icon: routeIcons.furniture,
    title: 'Huisraad',
    items: ['Banken, stoelen en tafels', 'Kasten en bedden (uit elkaar)', 'Vloerkleden en tapijt (opgerold)'],
  },
  {
    icon: routeIcons.appliance,
    title: 'IJzer, elektrische apparaten en matrassen',
    items: ['Wasmachines en koelkasten', 'Fietsen en ander metaal', 'Matrassen (droog aangeboden)'],
  },
  {
    icon: routeIcons.garden,
    title: 'Tuin- en snoeiafval',
    items: ['Takken, gebundeld', 'Snoeiafval van heg en struiken', 'Tuinafval dat niet in de groene kliko past'],
  },
];

/** Irado's demo home page with the chat widget: static HTML, no inline script, styles from one hashed file. */
export function homePage(manifest: AssetManifest): string {
  const asset = (name: string) => `/assets/${escapeHtml(name)}`;
  return `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Grofvuil laten ophalen | Irado</title>
<meta name="description" content="Irado haalt grofvuil op in Schiedam, Vlaardingen en Capelle aan den IJssel. Meld het aan via onze chat.">
<meta name="theme-color" content="#0f7ac0">
<link rel="icon" type="image/svg+xml" href="${asset(manifest.files.favicon)}">
<link rel="stylesheet" href="${asset(manifest.files.site)}">
</head>
<body>
<a class="skip-link" href="#inhoud">Naar de inhoud</a>
<header class="site-header">
  <div class="container header-inner">
    <a class="brand" href="/" aria-label="Irado, naar de startpagina">${logo}<span>irado</span></a>
    <nav aria-label="Hoofdmenu">
      <ul class="nav">
        <li><a href="#taken">Afval &amp; grondstoffen</a></li>
        <li><a href="#grofvuil" aria-current="page">Grofvuil</a></li>
        <li><a href="#taken">Milieustraten</a></li>
        <li><a href="#contact">Contact</a></li>
      </ul>
    </nav>
  </div>
</header>
<main id="inhoud">
  <section class="hero">
    <div class="container hero-inner">
      <div class="hero-text">
        <p class="eyebrow">Schiedam · Vlaardingen · Capelle aan den IJssel</p>
        <h1>Grofvuil laten ophalen? Regel het in een paar minuten.</h1>
        <p class="lead">Onze digitale assistent vertelt u wat er mee mag, controleert uw adres en zet de aanvraag
          direct voor u klaar. Dag en nacht, in het Nederlands, Engels, Turks of Arabisch.</p>
        <div class="hero-actions">
          <button type="button" class="button button-primary" data-irado-chat-open>Grofvuil aanmelden via de chat</button>
          <a class="button button-ghost" href="#grofvuil">Wat is grofvuil?</a>
        </div>
      </div>
      <div class="hero-art">${truckScene}</div>
    </div>
  </section>

  <section class="container tasks" id="taken" aria-labelledby="taken-titel">
    <h2 id="taken-titel" class="sr-only">Direct regelen</h2>
    <ul class="task-grid">
${tasks
  .map(
    (task) => `      <li class="task">
        <span class="task-icon">${task.icon}</span>
        <h3>${task.chat ? `<button type="button" class="task-link" data-irado-chat-open>${task.title}</button>` : `<a class="task-link" href="#taken">${task.title}</a>`}</h3>
        <p>${task.text}</p>
      </li>`,
  )
  .join('\n')}
    </ul>
  </section>

  <section class="band" id="grofvuil" aria-labelledby="stappen-titel">
    <div class="container">
      <h2 id="stappen-titel">Zo werkt grofvuil ophalen</h2>
      <ol class="steps">
        <li><h3>Aanmelden</h3><p>Start de chat rechtsonder en vertel wat u kwijt wilt. De assistent deelt het in per ophaalroute.</p></li>
        <li><h3>Bevestiging</h3><p>U krijgt direct een bevestiging per e-mail. De ophaaldatum hoort u van onze planning.</p></li>
        <li><h3>Buitenzetten</h3><p>Zet alles op de ophaaldag tussen 05:00 en 07:30 los aan de doorgaande weg voor uw woning.</p></li>
      </ol>
    </div>
  </section>

  <section class="container routes" aria-labelledby="routes-titel">
    <h2 id="routes-titel">Wat hoort bij welke ophaalroute?</h2>
    <p class="section-lead">Elke route heeft een eigen wagen en een eigen datum. Zet op de ophaaldag alleen de spullen
      van die route buiten.</p>
    <div class="route-grid">
${routes
  .map(
    (route) => `      <article class="route">
        <span class="route-icon">${route.icon}</span>
        <h3>${route.title}</h3>
        <ul>${route.items.map((item) => `<li>${item}</li>`).join('')}</ul>
      </article>`,
  )
  .join('\n')}
    </div>
    <aside class="callout" aria-label="Niet bij het grofvuil">
      <h3>Niet bij het grofvuil</h3>
      <p>Verf, batterijen en ander klein chemisch afval, bouw- en sloopafval en asbest nemen we niet mee. Breng het
        naar een milieustraat; de assistent vertelt u welke bij u in de buurt is.</p>
    </aside>
  </section>
</main>
<footer class="site-footer" id="contact">
  <div class="container footer-grid">
    <div>
      <p class="footer-brand">${logo}<span>irado</span></p>
      <p>Het afval- en grondstoffenbedrijf van Schiedam, Vlaardingen en Capelle aan den IJssel.</p>
    </div>
    <div>
      <h2>Contact</h2>
      <ul>
        <li>Klantenservice: <a href="tel:${CUSTOMER_SERVICE_TEL}">${CUSTOMER_SERVICE_PHONE}</a></li>
        <li>E-mail: <a href="mailto:info@irado.nl">info@irado.nl</a></li>
        <li><button type="button" class="footer-chat" data-irado-chat-open>Chat met onze assistent</button></li>
      </ul>
    </div>
    <div>
      <h2>Werkgebied</h2>
      <ul><li>Schiedam</li><li>Vlaardingen</li><li>Capelle aan den IJssel</li></ul>
    </div>
  </div>
  <p class="container footer-note">Demonstratiepagina van de grofvuil-chat. Illustraties zijn voor deze demo getekend.</p>
</footer>
<script src="${asset(manifest.files.widget)}" data-language="nl" data-primary-color="#0f7ac0" defer></script>
</body>
</html>
`;
}

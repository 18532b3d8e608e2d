/**
 * The page's drawings as inline SVG: drawn for this demo, no copyrighted artwork. Presentation attributes only (no
 * style attributes), so the Content-Security-Policy needs no 'unsafe-inline'.
 */
const icon = (paths: string, size = 28) =>
  `<svg aria-hidden="true" focusable="false" viewBox="0 0 32 32" width="${size}" height="${size}" fill="none" stroke="currentColor" stroke-width="2.2" stroke-linecap="round" stroke-linejoin="round">${paths}</svg>`;

export const logo = `<svg aria-hidden="true" focusable="false" viewBox="0 0 32 32" width="34" height="34"><circle cx="16" cy="16" r="16" fill="#ffffff"/><path d="M9 21a8 8 0 0 1 13.6-9.8" fill="none" stroke="#0f7ac0" stroke-width="3" stroke-linecap="round"/><path d="M23 11a8 8 0 0 1-13.6 9.8" fill="none" stroke="#5a9e2f" stroke-width="3" stroke-linecap="round"/><path d="m20.5 8.5 2.6 2.9-3.6 1" fill="none" stroke="#0f7ac0" stroke-width="2.4" stroke-linecap="round" stroke-linejoin="round"/></svg>`;

export const taskIcons = {
  grofvuil: icon('<path d="M5 17v-4a3 3 0 0 1 3-3h16a3 3 0 0 1 3 3v4"/><path d="M3 17h26v5H3zM6 22v3M26 22v3"/>'),
  calendar: icon('<rect x="5" y="7" width="22" height="20" rx="3"/><path d="M5 13h22M11 4v6M21 4v6M11 19h3M18 19h3"/>'),
  milieustraat: icon('<path d="M4 26h24M7 26V14l9-6 9 6v12"/><path d="M13 26v-7h6v7"/>'),
  sorting: icon('<path d="M8 10h16l-1.5 16h-13z"/><path d="M5 10h22M13 6h6M13 15v7M19 15v7"/>'),
};

export const routeIcons = {
  furniture: icon('<path d="M6 16v-5a3 3 0 0 1 3-3h14a3 3 0 0 1 3 3v5"/><path d="M4 16h24v6H4zM7 22v3M25 22v3"/>', 36),
  appliance: icon(
    '<rect x="7" y="4" width="18" height="24" rx="2"/><circle cx="16" cy="17" r="6"/><path d="M11 8h2"/>',
    36,
  ),
  garden: icon(
    '<path d="M16 28V14"/><path d="M16 18c-6 0-9-4-9-10 6 0 9 4 9 10zM16 14c0-5 3-8 9-8 0 5-3 8-9 8z"/>',
    36,
  ),
};

/** A refuse truck collecting a sofa and a mattress in front of a house. */
export const truckScene = `<svg role="img" aria-label="Een vrachtwagen van Irado haalt een bank en een matras op bij een woning" viewBox="0 0 480 320" width="480" height="320">
  <circle cx="380" cy="70" r="34" fill="#ffd45c"/>
  <path d="M190 70h70a16 16 0 0 0-16-16 22 22 0 0 0-40-4 14 14 0 0 0-14 20z" fill="#ffffff"/>
  <path d="M300 120h44a11 11 0 0 0-11-11 15 15 0 0 0-27-3 10 10 0 0 0-6 14z" fill="#ffffff" opacity=".85"/>
  <path d="M0 250h480v70H0z" fill="#5f6b78"/>
  <path d="M0 246h480v8H0z" fill="#c9d1da"/>
  <path d="M30 286h50M130 286h50M230 286h50M330 286h50M430 286h50" stroke="#ffffff" stroke-width="6" stroke-linecap="round"/>
  <path d="M26 130 96 78l70 52v116H26z" fill="#f0e6d8"/>
  <path d="M16 136 96 72l80 64" fill="none" stroke="#b4543a" stroke-width="14" stroke-linejoin="round"/>
  <rect x="80" y="190" width="34" height="56" rx="3" fill="#7a5232"/>
  <rect x="42" y="150" width="28" height="28" rx="2" fill="#9fd3f5" stroke="#ffffff" stroke-width="4"/>
  <rect x="124" y="150" width="28" height="28" rx="2" fill="#9fd3f5" stroke="#ffffff" stroke-width="4"/>
  <rect x="196" y="214" width="70" height="24" rx="8" fill="#4a7fc1"/>
  <rect x="190" y="200" width="16" height="38" rx="6" fill="#3d6ca8"/>
  <rect x="256" y="200" width="16" height="38" rx="6" fill="#3d6ca8"/>
  <rect x="200" y="196" width="62" height="22" rx="7" fill="#5b90d1"/>
  <rect x="180" y="236" width="96" height="10" rx="5" fill="#efe7d2" stroke="#d3c7a8" stroke-width="2"/>
  <rect x="288" y="150" width="126" height="88" rx="8" fill="#0f7ac0"/>
  <path d="M414 172h30l22 30v36h-52z" fill="#0c649e"/>
  <path d="M420 180h20l15 20h-35z" fill="#bfe3fa"/>
  <path d="M300 168h100" stroke="#ffffff" stroke-width="4" stroke-linecap="round" opacity=".6"/>
  <text x="306" y="212" fill="#ffffff" font-family="system-ui, sans-serif" font-size="26" font-weight="700">irado</text>
  <circle cx="322" cy="244" r="17" fill="#1f2937"/><circle cx="322" cy="244" r="7" fill="#c9d1da"/>
  <circle cx="432" cy="244" r="17" fill="#1f2937"/><circle cx="432" cy="244" r="7" fill="#c9d1da"/>
</svg>`;

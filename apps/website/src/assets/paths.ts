import { fileURLToPath } from 'node:url';

const at = (relative: string) => fileURLToPath(new URL(relative, import.meta.url));

/** The website app's folder (apps/website). */
export const APP_DIR = at('../../');
/** Built files: public/assets/ is served, public/manifest.json names the current build. */
export const PUBLIC_DIR = at('../../public/');
export const ASSETS_DIR = at('../../public/assets/');
export const MANIFEST_PATH = at('../../public/manifest.json');
/** Sources of the build. */
export const WIDGET_DIR = at('../../widget/');
export const SITE_DIR = at('../../site/');
/** The placement picture of the resident's confirmation mail, served as is at /media/afvalplaats.png. */
export const MEDIA_DIR = at('../../../../packages/mail/assets/');

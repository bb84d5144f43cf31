import { siteUrl } from './site-url';

/** The published address, fixed at build time by `vite.config.ts` (`ORBIT_SITE_URL`). */
export const SITE_URL: string = siteUrl(__ORBIT_SITE_URL__);

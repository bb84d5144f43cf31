// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {}
	/** `ORBIT_SITE_URL` as the build saw it (`vite.config.ts`); read it through `$lib/site/site`. */
	const __ORBIT_SITE_URL__: string | undefined;
}

export {};

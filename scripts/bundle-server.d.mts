export const SERVER_ASSETS: string[];
export function bundleServer(options: { root: string; entryPoint: string; outdir: string }): Promise<void>;

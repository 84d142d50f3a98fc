/** Where the bench serves what it builds; its builds are given this origin as SITE_URL. */
export const BENCH_PORT = 4331;
export const BENCH_SITE_URL = `http://127.0.0.1:${BENCH_PORT}`;

/** The engine worker's built script, as text (webpack.checker.config.js builds it first and aliases this name to it). */
declare module 'xingshen-checker-worker' {
  const source: string;
  export default source;
}

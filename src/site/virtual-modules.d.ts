/** The pages' plan, served by the build (src/io/pages-module.ts). */
declare module 'virtual:plumbline/pages' {
  const pagesPlan: () => unknown;
  export default pagesPlan;
}

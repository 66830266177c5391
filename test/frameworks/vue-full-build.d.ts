// Vue's full build (runtime and template compiler) has the types of `vue`: an app that compiles templates in the
// browser imports it (Vite's `vue: 'vue/dist/vue.esm-bundler.js'` alias does the same).
declare module 'vue/dist/vue.esm-bundler.js' {
  export * from 'vue';
}

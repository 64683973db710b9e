/**
 * Vue's template compiler options for this app: tags starting with `cognito-` are custom
 * elements, not Vue components. With Vite: `vue({ template: { compilerOptions } })`.
 */
export const compilerOptions = {
  isCustomElement: (tag: string): boolean => tag.startsWith('cognito-'),
};

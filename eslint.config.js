// ESLint with typescript-eslint's type-checked rules: they catch what the compiler lets through here
// (promises dropped in event handlers, `any` leaking out of untyped graph attributes, needless assertions).
// Formatting is Biome's (biome.json); `npm run lint` runs both.
import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["dist/**", "node_modules/**", "reports/**", "docs/**", "coverage/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  { files: ["**/*.js"], ...tseslint.configs.disableTypeChecked },
  {
    // The one-file HTML page's viewer: plain browser scripts, joined into one scope, each declaring one
    // function another part calls. tsc (checkJs) checks their names and types across the parts.
    files: ["src/app/html-viewer/*.js"],
    languageOptions: { sourceType: "script" },
    rules: {
      "no-undef": "off",
      "@typescript-eslint/no-unused-vars": ["error", { vars: "local", argsIgnorePattern: "^_" }],
    },
  },
);

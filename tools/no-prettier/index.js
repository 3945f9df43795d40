// Stands in for prettier, which package.json overrides away (see docs/decisions/0005-lighter-install.md).
throw new Error(
  'prettier er ikke installeret: projektet formaterer ikke kode med det, ' +
    'og typetjekket (astro check) bruger det ikke. ' +
    'Fjern "overrides" for prettier i package.json, hvis du vil formatere .astro-filer i din editor.',
);

// Stands in for sharp, which package.json overrides away (see docs/decisions/0005-lighter-install.md).
throw new Error(
  'sharp er ikke installeret: sitet bruger ingen rasterbilleder (astro.config.mjs: passthroughImageService). ' +
    'Fjern "overrides" for sharp i package.json, hvis sitet får billeder, der skal behandles.',
);

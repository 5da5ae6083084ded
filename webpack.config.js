/* Builds the add-in into dist/ (or webpack's --output-path): functions.js + functions.json (from
 * JSDoc), taskpane.html/js, help.html, icons and the manifest. One shared runtime: taskpane.html loads
 * both bundles. DSI_PUBLIC_URL=https://host/path/ builds for that base (manifest URLs, AppDomains,
 * helpUrls); without it the build is for https://localhost:3000/ (scripts/public-url.js). */
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const CustomFunctionsMetadataPlugin = require('custom-functions-metadata-plugin');
const { translate, TABLE } = require('./scripts/functions-da');
const { buildHelpPage, loadModel, CSS } = require('./scripts/help-page');
const { publicBase, manifestFor, rewriteHelpUrls } = require('./scripts/public-url');
const { version } = require('./package.json');

/* functions-da.json and help.html, derived from the functions.json that CustomFunctionsMetadataPlugin
 * emits; a translation table out of step with functions.json fails the build. */
class FunctionsLocalePlugin {
  constructor(base) {
    this.base = base;
  }

  apply(compiler) {
    const { Compilation, sources, WebpackError } = compiler.webpack;
    compiler.hooks.thisCompilation.tap('FunctionsLocalePlugin', (compilation) => {
      compilation.fileDependencies.add(TABLE);
      compilation.hooks.processAssets.tap({ name: 'FunctionsLocalePlugin', stage: Compilation.PROCESS_ASSETS_STAGE_SUMMARIZE }, () => {
        const asset = compilation.getAsset('functions.json');
        if (!asset) return; // the metadata plugin has reported its own error
        try {
          const metadata = rewriteHelpUrls(JSON.parse(asset.source.source().toString()), this.base);
          compilation.updateAsset('functions.json', new sources.RawSource(JSON.stringify(metadata, null, 4)));
          const fs = require('fs');
          const da = translate(metadata, JSON.parse(fs.readFileSync(TABLE, 'utf8')));
          const examples = JSON.parse(fs.readFileSync(path.join(__dirname, 'src/functions/examples.json'), 'utf8')).examples;
          compilation.emitAsset('functions-da.json', new sources.RawSource(JSON.stringify(da, null, 4)));
          compilation.emitAsset('help.html', new sources.RawSource(buildHelpPage(metadata, da, examples, loadModel())));
          compilation.emitAsset('help.css', new sources.RawSource(CSS));
        } catch (e) {
          compilation.errors.push(new WebpackError(e.message));
        }
      });
    });
  }
}

/* A build for a public base must not name the development server anywhere (a stray localhost URL
 * would make Excel fetch from the user's own machine). */
class NoLocalhostPlugin {
  apply(compiler) {
    const { Compilation, WebpackError } = compiler.webpack;
    compiler.hooks.thisCompilation.tap('NoLocalhostPlugin', (compilation) => {
      compilation.hooks.processAssets.tap({ name: 'NoLocalhostPlugin', stage: Compilation.PROCESS_ASSETS_STAGE_REPORT }, (assets) => {
        for (const [name, source] of Object.entries(assets)) {
          if (/localhost/i.test(source.source().toString('latin1'))) {
            compilation.errors.push(new WebpackError(`${name} names localhost, but this build is for DSI_PUBLIC_URL=${process.env.DSI_PUBLIC_URL}`));
          }
        }
      });
    });
  }
}

module.exports = (env, argv) => {
  const dev = argv.mode === 'development';
  const pub = publicBase(process.env.DSI_PUBLIC_URL);
  return {
    devtool: dev ? 'source-map' : false,
    entry: {
      functions: './src/functions/functions.ts',
      taskpane: './src/taskpane/taskpane.ts',
      mcworker: './src/taskpane/mcWorker.ts', // the Risk tab's Monte Carlo Web Worker (not injected in the page)
    },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: '[name].js',
      clean: true,
    },
    resolve: { extensions: ['.ts', '.js'] },
    module: {
      rules: [
        { test: /\.ts$/, exclude: /node_modules/, use: { loader: 'ts-loader', options: { configFile: 'tsconfig.json', onlyCompileBundledFiles: true, compilerOptions: { module: 'es2020', moduleResolution: 'bundler' } } } },
      ],
    },
    performance: { hints: false },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: 'functions.json', input: './src/functions/functions.ts' }),
      new FunctionsLocalePlugin(pub.base),
      ...(pub.dev ? [] : [new NoLocalhostPlugin()]),
      // Task pane page: both chunks (shared runtime). Its stylesheet is emitted beside it as
      // taskpane.css, so the page's Content-Security-Policy allows styles from 'self' only.
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['functions', 'taskpane'],
        scriptLoading: 'blocking',
        inject: 'body',
        templateParameters: (compilation) => {
          const cssFile = path.resolve(__dirname, 'src/taskpane/taskpane.css');
          compilation.fileDependencies.add(cssFile);
          if (!compilation.getAsset('taskpane.css')) {
            compilation.emitAsset('taskpane.css', new compilation.compiler.webpack.sources.RawSource(require('fs').readFileSync(cssFile, 'utf8')));
          }
          return {};
        },
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png', to: 'assets/[name][ext]' },
          { from: 'manifest.xml', to: 'manifest.xml', transform: (content) => manifestFor(content.toString(), pub, version) },
          // ES5: tells users of an old webview (Internet Explorer, old Edge) why the pane cannot start.
          { from: 'src/taskpane/startup-check.js', to: 'startup-check.js' },
        ],
      }),
    ],
  };
};

/* eslint-disable no-undef */
// Bundles the add-in (taskpane with the ribbon commands, the notice dialog) and the browser workbench, after Microsoft's
// "Excel Task Pane React TypeScript" template. `npm start` serves it on port 3000.

const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");

const urlDev = "https://localhost:3000";
// Where the production build will be hosted; the manifest's localhost URLs are rewritten to it.
const urlProd = (process.env.CLIENT_RATER_PROD_URL || "https://www.contoso.com/").replace(/\/+$/, ""); // CHANGE THIS TO YOUR PRODUCTION DEPLOYMENT LOCATION

const officeJs = "https://appsforoffice.microsoft.com";

/** The page policy: scripts only from us and Office's script host; the dev server's websocket only in development. */
function contentSecurityPolicy(dev) {
  const connect = dev ? "'self' ws: wss:" : "'self'";
  return [
    "default-src 'self'",
    `script-src 'self' ${officeJs}`,
    "worker-src 'self'",
    // Fluent UI (Griffel) inserts its CSS rules at run time.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src ${connect}`,
    `frame-src 'self' ${officeJs} https://*.officeapps.live.com https://*.office.com`,
    "object-src 'none'",
    "base-uri 'self'",
  ].join("; ");
}

/**
 * https with the office-addin-dev-certs certificates (needed to sideload into Excel); plain http when they
 * cannot be made (no CA store, no sudo), so the workbench still runs on a fresh machine.
 */
async function devServerTransport() {
  if (process.env.CLIENT_RATER_HTTP === "1") {
    console.log("[client-rater] CLIENT_RATER_HTTP=1: serving plain http://localhost:3000/");
    return { type: "http" };
  }
  try {
    const devCerts = require("office-addin-dev-certs");
    const timeout = new Promise((_, reject) => setTimeout(() => reject(new Error("timed out after 30 s")), 30000));
    const options = await Promise.race([devCerts.getHttpsServerOptions(), timeout]);
    console.log("[client-rater] serving https://localhost:3000/ with the office-addin-dev-certs certificates");
    return { type: "https", options: { ca: options.ca, key: options.key, cert: options.cert } };
  } catch (error) {
    console.log(
      `[client-rater] no developer certificates (${String((error && error.message) || error).split("\n")[0]}); ` +
        "serving plain http://localhost:3000/ (the workbench works; sideloading into Excel needs https)",
    );
    return { type: "http" };
  }
}

module.exports = async (env, options) => {
  const dev = options.mode === "development";
  const csp = contentSecurityPolicy(dev);
  const page = (name, template, chunks) =>
    new HtmlWebpackPlugin({ filename: `${name}.html`, template, chunks, csp, scriptLoading: "defer" });

  const config = {
    // Never "eval": the pages' CSP forbids it.
    devtool: "source-map",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      notice: "./src/commands/notice.ts",
      workbench: "./src/workbench/index.tsx",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      chunkFilename: "chunks/[name].[contenthash:8].js",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".html", ".js"],
      alias: {
        // The browser build of exceljs: self-contained, no Node polyfills needed.
        exceljs$: path.resolve(__dirname, "node_modules/exceljs/dist/exceljs.min.js"),
      },
    },
    module: {
      noParse: /exceljs\.min\.js$/,
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            // ES modules so that import() splits chunks and `new Worker(new URL(..., import.meta.url))` works.
            options: { transpileOnly: true, compilerOptions: { module: "esnext", sourceMap: true } },
          },
        },
        {
          test: /\.(png|jpg|jpeg|gif|ico)$/,
          type: "asset/resource",
          generator: { filename: "assets/[name][ext][query]" },
        },
      ],
    },
    performance: {
      // The workbench carries exceljs and the simulator on purpose; only the add-in pages are size-checked:
      // React + Fluent UI fit in the budget, exceljs (about 1 MB) would not.
      assetFilter: (file) => /^(taskpane|notice)\.js$/.test(file),
      maxAssetSize: 1100 * 1024,
      maxEntrypointSize: 1100 * 1024,
      hints: dev ? false : "warning",
    },
    plugins: [
      page("taskpane", "./src/taskpane/taskpane.html", ["taskpane"]),
      page("notice", "./src/commands/notice.html", ["notice"]),
      page("workbench", "./src/workbench/workbench.html", ["workbench"]),
      page("index", "./src/workbench/index.html", []),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*", to: "assets/[name][ext][query]" },
          { from: "src/workbench/workbench.css", to: "workbench.css" },
          { from: "src/taskpane/legacyWebview.js", to: "legacyWebview.js" },
          {
            // The workbench's ?officejs=1 loads Microsoft's Excel client library as a script, wrapped as
            // src/simulator/richApi/library.ts runs it (the page's CSP forbids compiling it with new Function).
            from: "node_modules/@microsoft/office-js/dist/excel-web-16.00.debug.js",
            to: "officejs/excel-web-16.00.debug.js",
            info: { minimized: true },
            transform(content) {
              return `self.clientRaterOfficeJsLibrary = function (window) { with (window) {\n${content}\n} };\n`;
            },
          },
          {
            from: "manifest*.xml",
            to: "[name][ext]",
            transform(content) {
              return dev ? content : content.toString().replace(new RegExp(urlDev, "g"), urlProd);
            },
          },
        ],
      }),
    ],
  };

  if (env && env.WEBPACK_SERVE) {
    config.devServer = {
      hot: false,
      headers: { "Access-Control-Allow-Origin": "*" },
      server: await devServerTransport(),
      port: process.env.npm_package_config_dev_server_port || 3000,
      static: false,
    };
  }
  return config;
};

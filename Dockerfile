# syntax=docker/dockerfile:1
# The Telework server (bot endpoint, tabs, Outlook add-in pages, API) as one container.
# Build:  docker build -t telework .
# Run:    docker run -p 3978:3978 -e DATABASE_URL=postgres://... telework   (details: docs/deployment.md)

ARG NODE_VERSION=22

# Build stage: every dependency, the TypeScript compiled to dist/ with the pages (npm run build).
FROM node:${NODE_VERSION}-bookworm-slim AS build
WORKDIR /app
# better-sqlite3 is a native addon, compiled here when no prebuilt binary matches.
RUN apt-get update \
  && apt-get install --yes --no-install-recommends python3 make g++ \
  && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
# The postinstall (npm start's bundle) finds no sources yet here, and skips.
COPY scripts/start-local.mjs scripts/bundle-server.mjs scripts/
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json vite.config.ts ./
COPY scripts/build.ts scripts/bundle-server.mjs scripts/bundle-server.d.mts scripts/
COPY core core
COPY adapters adapters
COPY local-m365 local-m365
COPY api api
COPY bot bot
COPY server server
COPY vendor vendor
# The tabs' and the add-in's pages and icons: built into dist/ with the server.
COPY web web
COPY teams-app teams-app
COPY addin-outlook addin-outlook
COPY manifest/addin-icons manifest/addin-icons
RUN npm run build

# Production dependencies only, in a stage of their own (the native addon is compiled here too).
FROM build AS production-dependencies
RUN npm ci --omit=dev --no-audit --no-fund

# Runtime stage: no compiler, no TypeScript, no development dependency; an unprivileged user who
# can write only the data folder.
FROM node:${NODE_VERSION}-bookworm-slim AS runtime
ENV NODE_ENV=production \
  MODE=production \
  HOST=0.0.0.0 \
  PORT=3978 \
  DATA_DIR=/app/data
WORKDIR /app
COPY --from=production-dependencies /app/package.json /app/package-lock.json ./
COPY --from=production-dependencies /app/node_modules node_modules
COPY --from=build /app/dist dist
RUN mkdir -p /app/data && chown node:node /app/data
USER node
EXPOSE 3978
VOLUME ["/app/data"]
# No curl in the slim image: Node's own fetch asks /healthz.
HEALTHCHECK --interval=30s --timeout=5s --start-period=10s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3978) + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "dist/server/start.js"]

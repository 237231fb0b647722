# syntax=docker/dockerfile:1
# The Telework server (bot endpoint, tabs, Outlook add-in pages, API) as one container.
# Build:  docker build -t telework .
# Run:    docker run -p 3978:3978 -e DATABASE_URL=postgres://... telework   (details: docs/deployment.md)

ARG NODE_VERSION=22

# Build stage: better-sqlite3 is a native addon, compiled here when no prebuilt binary matches.
FROM node:${NODE_VERSION}-bookworm-slim AS build
WORKDIR /app
RUN apt-get update \
  && apt-get install --yes --no-install-recommends python3 make g++ \
  && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
# Dev dependencies stay: the server runs its TypeScript through tsx, as `npm start` does.
# npm install, not npm ci: npm 11 leaves optional platform packages (Biome's) out of the lock file
# and then refuses it in npm ci. npm install still follows the lock file's versions.
RUN npm install --no-audit --no-fund
COPY . .

# Runtime stage: no compiler, an unprivileged user who can write only the data folder.
FROM node:${NODE_VERSION}-bookworm-slim AS runtime
ENV NODE_ENV=production \
  MODE=production \
  HOST=0.0.0.0 \
  PORT=3978 \
  DATA_DIR=/app/data
WORKDIR /app
COPY --from=build /app /app
RUN mkdir -p /app/data && chown node:node /app/data
USER node
EXPOSE 3978
VOLUME ["/app/data"]
# No curl in the slim image: Node's own fetch asks /healthz.
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3978) + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "--import", "tsx", "server/start.ts"]

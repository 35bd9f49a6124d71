# «Наставник»: the compiled bot on Node's current LTS (26, Active LTS since October 2026; 24 is in
# Maintenance LTS until April 2028 and works too: better-sqlite3 12 supports Node 20–26).
# Multi-stage: build (compilers for better-sqlite3, TypeScript) → a slim image running dist/ as
# a non-root user. The database lives in the volume /var/lib/nastavnik, apart from the shipped
# data/ (topics, plan and survey templates, the playground's demo) so an upgrade brings new ones.
FROM node:26-slim AS build
WORKDIR /app
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
RUN npm ci
COPY tsconfig.json tsconfig.build.json ./
COPY scripts ./scripts
COPY src ./src
RUN npm run build && npm prune --omit=dev

FROM node:26-slim
ENV NODE_ENV=production \
    DATABASE_PATH=/var/lib/nastavnik/nastavnik.db \
    PLAYGROUND=off \
    METRICS_HOST=127.0.0.1 \
    METRICS_PORT=9464
WORKDIR /app
# Survey charts are SVG rendered to PNG: they need a font with Cyrillic.
RUN apt-get update && apt-get install -y --no-install-recommends fonts-dejavu-core && rm -rf /var/lib/apt/lists/*
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY package.json ./
COPY locales ./locales
COPY data ./data
RUN mkdir -p /var/lib/nastavnik/backups && chown -R node:node /var/lib/nastavnik
USER node
VOLUME ["/var/lib/nastavnik"]
# Telegram webhook, VK Callback API, the playground (when PLAYGROUND=on): publish only what you use.
EXPOSE 8080 8081 3000
# /healthz answers 200 when the database takes writes, each messenger is connected and nothing is late
# (the endpoint stays on 127.0.0.1 inside the container; METRICS=off would leave this check failing).
HEALTHCHECK --interval=30s --timeout=5s --start-period=40s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.METRICS_PORT||9464)+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# node is PID 1 and stops gracefully on SIGTERM (docker stop): sends in flight finish, the lock is released.
CMD ["node", "dist/main.js"]

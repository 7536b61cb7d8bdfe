# The Claimbench app. docker-compose.yml runs it against a Postgres 17 container; on start it
# applies pending migrations, seeds the demo workspace on an empty database, and serves on :3000, with
# the background-job worker in a process of its own beside the web server (`npm run jobs:worker` alone).
FROM node:20-bookworm-slim

WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1 \
    CLAIMBENCH_HOST=0.0.0.0 \
    PORT=3000

COPY . .
RUN npm install --no-audit --no-fund \
 && npm run build \
 && chown -R node:node /app

USER node
EXPOSE 3000
CMD ["npm", "start"]

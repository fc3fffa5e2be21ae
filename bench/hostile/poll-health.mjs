/* global process, performance, setTimeout */
// Asks GET /healthz every few milliseconds from a process of its own, so the latencies it
// records are the server's, not those of a client sharing the server's (or the sender's)
// event loop. Plain JavaScript: started with `node` and nothing else.
//
// argv: URL INTERVAL_MS. stdin: one line "stop" ends the polling. stdout: one JSON line
// {"latencies": [ms, …], "failures": n} after the stop.
import { createInterface } from 'node:readline';
import http from 'node:http';

const [url, intervalText = '5'] = process.argv.slice(2);
const interval = Number(intervalText);
const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
const latencies = [];
let failures = 0;
let stopping = false;

function ask() {
  return new Promise((resolve) => {
    const started = performance.now();
    const request = http.get(`${url}/healthz`, { agent }, (response) => {
      response.resume();
      response.on('end', () => {
        if (response.statusCode === 200) latencies.push(performance.now() - started);
        else failures++;
        resolve();
      });
    });
    request.on('error', () => {
      failures++;
      resolve();
    });
  });
}

createInterface({ input: process.stdin }).on('line', (line) => {
  if (line.trim() === 'stop') stopping = true;
});
process.stdout.write('polling\n');
while (!stopping) {
  await ask();
  await new Promise((resolve) => setTimeout(resolve, interval));
}
agent.destroy();
process.stdout.write(`${JSON.stringify({ latencies, failures })}\n`);
process.exit(0);

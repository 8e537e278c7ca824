// The floor for the page benchmark: node:http answering with bytes held in memory.
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';

const pages = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const bodies = Object.fromEntries(Object.entries(pages).map(([path, html]) => [path, Buffer.from(html)]));
const server = createServer((req, res) => {
  const body = bodies[req.url] ?? bodies['/'];
  res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Length': body.length });
  res.end(body);
});
server.listen(0, '127.0.0.1', () => console.log(`PORT ${server.address().port}`));
process.on('SIGTERM', () => server.close(() => process.exit(0)));

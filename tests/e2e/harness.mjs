// Shared by the page tests: starts `isnad serve` on a free loopback port and
// Debian's chromium (headless, fresh profile, no network but loopback).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const e2eDir = path.dirname(fileURLToPath(import.meta.url));
export const repoDir = path.resolve(e2eDir, '..', '..');
export const artifactsDir = path.join(repoDir, 'tests', 'artifacts');

export async function startServer(binary, extraArgs = []) {
  const proc = spawn(binary, ['serve', '--host', '127.0.0.1', '--port', '0', ...extraArgs],
    { stdio: ['ignore', 'inherit', 'pipe'] });
  let stderr = '';
  const url = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('server did not start: ' + stderr)), 30000);
    proc.stderr.on('data', (d) => {
      stderr += d;
      const m = /listening on (http:\/\/127\.0\.0\.1:\d+\/)/.exec(stderr);
      if (m) { clearTimeout(timer); resolve(m[1]); }
    });
    proc.on('exit', (code) => { clearTimeout(timer); reject(new Error('server exited ' + code + ': ' + stderr)); });
  });
  proc.stderr.on('data', (d) => process.stderr.write(d));
  const exited = new Promise((resolve) => proc.on('exit', (code, signal) => resolve({ code, signal })));
  return {
    url,
    // Stops the server with SIGTERM; resolves to its exit status.
    async stop() {
      proc.kill('SIGTERM');
      return exited;
    },
  };
}

export async function startBrowser() {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'isnad-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1400, height: 1000 },
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const page = context.pages()[0] || await context.newPage();
  // Nothing leaves the loopback interface.
  await context.route(/^(?!http:\/\/127\.0\.0\.1[:/])/, (route) => route.abort());
  return {
    page,
    async close() {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

// Runs `body(check)`; check(name, fn) counts each named check. Exits 0 when
// all passed, 1 when one failed, `skipCode` when body returns 'skip'.
export async function run(name, body) {
  let passed = 0;
  let failed = 0;
  const check = async (what, fn) => {
    try {
      await fn();
      passed++;
      console.log('ok   ' + what);
    } catch (e) {
      failed++;
      console.log('FAIL ' + what + '\n     ' + String(e && e.stack || e).split('\n').slice(0, 6).join('\n     '));
    }
  };
  let outcome;
  try {
    outcome = await body(check);
  } catch (e) {
    failed++;
    console.log('FAIL ' + name + ': ' + (e && e.stack || e));
  }
  if (outcome === 'skip' && failed === 0) {
    console.log(`${name}: skipped (${passed} passed before skipping)`);
    process.exit(77);
  }
  console.log(`${name}: ${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}

/** HTML → PDF with Debian's Chromium through playwright-core, with every network request blocked. */
import { chromium, type Browser } from 'playwright-core';

export interface PdfPrinter {
  print(html: string): Promise<Buffer>;
  close(): Promise<void>;
}

export async function openPdfPrinter(executablePath = '/usr/bin/chromium'): Promise<PdfPrinter> {
  const browser: Browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-background-networking'] });
  return {
    async print(html) {
      const page = await browser.newPage();
      try {
        await page.route('**/*', (route) => (route.request().url().startsWith('data:') ? route.continue() : route.abort()));
        await page.setContent(html, { waitUntil: 'load', timeout: 30_000 });
        return await page.pdf({ format: 'A4', printBackground: true, margin: { top: '12mm', bottom: '12mm', left: '10mm', right: '10mm' } });
      } finally {
        await page.close();
      }
    },
    close: () => browser.close(),
  };
}

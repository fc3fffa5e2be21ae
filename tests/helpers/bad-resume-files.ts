/**
 * Every kind of resume file jobpilot must refuse, built in memory, with the status, code and
 * message a person should see. The HTTP and CLI tests both walk this list.
 */
import { buildResumeDocx, buildResumePdf, buildScannedPdf, sampleResumeLines } from '../resume/build-resume-documents.ts';

export interface BadResumeFile {
  /** What the case is, for test names. */
  name: string;
  filename: string;
  bytes: () => Promise<Uint8Array>;
  status: number;
  code: string;
  message: RegExp;
}

/** Just over 10 MB: within the upload's body limit, so the file's own size check answers. */
export const justOverTenMegabytes = 10 * 1024 * 1024 + 1;

export const badResumeFiles: readonly BadResumeFile[] = [
  {
    name: 'a corrupt PDF',
    filename: 'corrupt.pdf',
    bytes: async () => new TextEncoder().encode('%PDF-1.7\nthis is not a pdf body at all'),
    status: 422,
    code: 'RESUME_UNREADABLE',
    message: /not a readable PDF/,
  },
  {
    name: 'a truncated PDF',
    filename: 'truncated.pdf',
    bytes: async () => {
      const pdf = await buildResumePdf(sampleResumeLines);
      return pdf.subarray(0, Math.floor(pdf.length / 2));
    },
    status: 422,
    code: 'RESUME_UNREADABLE',
    message: /not a readable PDF.*damaged or truncated/,
  },
  {
    name: 'a truncated DOCX',
    filename: 'truncated.docx',
    bytes: async () => {
      const docx = await buildResumeDocx(sampleResumeLines);
      return docx.subarray(0, docx.length - 200);
    },
    status: 422,
    code: 'RESUME_UNREADABLE',
    message: /not a readable Word document/,
  },
  {
    name: 'a password-protected PDF',
    filename: 'locked.pdf',
    bytes: () => buildResumePdf(sampleResumeLines, { userPassword: 'secret' }),
    status: 422,
    code: 'RESUME_ENCRYPTED',
    message: /password-protected PDF.*Remove the password/,
  },
  {
    name: 'a scanned PDF with no text layer',
    filename: 'scan.pdf',
    bytes: () => buildScannedPdf(),
    status: 422,
    code: 'RESUME_NO_TEXT_LAYER',
    message: /no text layer: this looks like a scanned image; export a text PDF or paste the text/,
  },
  {
    name: 'an image (unknown format)',
    filename: 'cv.png',
    bytes: async () => new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
    status: 415,
    code: 'RESUME_UNSUPPORTED_FORMAT',
    message: /"cv\.png" is an image, which jobpilot cannot read/,
  },
  {
    name: 'a binary file of an unknown kind',
    filename: 'cv.bin',
    bytes: async () => new Uint8Array([0x00, 0x13, 0x37, 0x00, 0xff, 0x00, 0x42]),
    status: 415,
    code: 'RESUME_UNSUPPORTED_FORMAT',
    message: /binary file of an unknown kind/,
  },
  {
    name: 'a file over 10 MB',
    filename: 'huge.pdf',
    bytes: async () => new Uint8Array(justOverTenMegabytes),
    status: 413,
    code: 'RESUME_TOO_LARGE',
    message: /"huge\.pdf" is 10\.0 MB; resumes must be at most 10 MB/,
  },
];

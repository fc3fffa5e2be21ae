import { JobpilotError } from '../errors.ts';

/** A resume file as it arrived, before it is parsed. */
export interface ResumeUpload {
  bytes: Uint8Array;
  /** The file's name without any folder; made up from the content type when none was sent. */
  filename: string;
  label: string | undefined;
}

const extensionByType: Record<string, string> = {
  'application/pdf': 'pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'text/markdown': 'md',
  'text/x-markdown': 'md',
  'text/plain': 'txt',
  'application/json': 'json',
};

/**
 * The content types `POST /v1/resumes` takes (docs/protocol.md): a file's own type, the
 * generic binary type, or a multipart form with a `file` field. Anything else is 415.
 */
export const resumeUploadTypes: readonly string[] = [
  ...Object.keys(extensionByType),
  'application/octet-stream',
  'multipart/form-data',
];

const mediaType = (contentType: string | undefined) =>
  (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';

/** The last path segment, without control characters: a client's "C:\cv\jane.pdf" is "jane.pdf". */
function fileNameOf(name: string | undefined, contentType: string | undefined): string {
  // eslint-disable-next-line no-control-regex -- removing control characters is the point
  const cleaned = (name ?? '').split(/[\\/]/).pop()?.replace(/[\u0000-\u001f\u007f]/g, '').trim().slice(0, 255) ?? '';
  if (cleaned && cleaned !== '.' && cleaned !== '..') return cleaned;
  const extension = extensionByType[mediaType(contentType)];
  return extension ? `resume.${extension}` : 'resume';
}

/**
 * The file of a `POST /v1/resumes` request: the raw body (its name from `?filename=`), or the
 * `file` field of a multipart/form-data body (its name from the part, its label from a
 * `label` field). Multipart bodies are read with the platform's own parser (`Response.formData`),
 * which the 10 MB body limit keeps small enough to hold in memory.
 *
 * @throws JobpilotError `BAD_REQUEST` when there is no file or the multipart body is malformed.
 * @example
 * const upload = await readResumeUpload({ body, contentType: 'application/pdf', filename: 'cv.pdf' });
 */
export async function readResumeUpload(input: {
  body: unknown;
  contentType: string | undefined;
  filename?: string | undefined;
  label?: string | undefined;
}): Promise<ResumeUpload> {
  if (input.body instanceof Uint8Array && input.body.byteLength === 0 && input.filename) {
    throw new JobpilotError('RESUME_UNREADABLE', `"${input.filename}" is empty: there is nothing to read.`);
  }
  if (!(input.body instanceof Uint8Array) || input.body.byteLength === 0) {
    throw new JobpilotError(
      'BAD_REQUEST',
      'Send the resume file as the request body (with ?filename=cv.pdf) or as the "file" field of a multipart/form-data body.',
    );
  }
  if (mediaType(input.contentType) !== 'multipart/form-data') {
    // A plain Uint8Array, not the Buffer Fastify hands over: PDF.js refuses Node Buffers.
    const bytes = new Uint8Array(input.body.buffer, input.body.byteOffset, input.body.byteLength);
    return { bytes, filename: fileNameOf(input.filename, input.contentType), label: input.label };
  }
  let form: FormData;
  try {
    form = await new Response(input.body, { headers: { 'content-type': input.contentType ?? '' } }).formData();
  } catch (error) {
    throw new JobpilotError('BAD_REQUEST', 'The multipart/form-data body could not be read; check its boundary and parts.', { cause: error });
  }
  const file = form.get('file');
  if (!(file instanceof Blob)) {
    throw new JobpilotError('BAD_REQUEST', 'A multipart upload needs the resume file in a field named "file".');
  }
  const label = form.get('label');
  const partName = file instanceof File ? file.name : undefined;
  return {
    bytes: new Uint8Array(await file.arrayBuffer()),
    filename: fileNameOf(partName || input.filename, file.type || undefined),
    // An empty field is what a browser form sends when nothing was typed: no label.
    label: typeof label === 'string' && label.trim() ? label : input.label,
  };
}
